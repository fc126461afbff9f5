package io.github.zhreader.solr;

import io.github.zhreader.ZhReaderException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * zhreader's Solr configset: {@code conf/schema.xml} (named {@value #NAME}; every field analysed at index time
 * as the embedded library analyses it), {@code conf/solrconfig.xml} (exact collection-wide statistics, commits
 * only when zhreader asks), and the word lists they name. An operator uploads it with {@code bin/solr zk upconfig}
 * and makes collections from it.
 */
public final class SolrConfigset {

    /** The schema's name, which says the configset's version; a collection with another one is refused. */
    public static final String NAME = "zhreader-1";

    /** The configset's files, relative to its folder. */
    public static final List<String> FILES =
            List.of("conf/schema.xml", "conf/solrconfig.xml", "conf/stopwords_en.txt", "conf/gaps.txt");

    private SolrConfigset() {}

    /**
     * Writes the configset into {@code folder} (created if needed), replacing files of the same names.
     *
     * @return the files written
     * @throws ZhReaderException when a file cannot be written
     */
    public static List<Path> write(Path folder) {
        List<Path> written = new ArrayList<>();
        for (String name : FILES) {
            Path file = folder.resolve(name);
            try (InputStream in = open(name)) {
                Files.createDirectories(file.getParent());
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new ZhReaderException("cannot write " + file + " (" + e.getMessage() + ")", e);
            }
            written.add(file);
        }
        return written;
    }

    /** One file of the configset, from the jar. */
    static InputStream open(String name) {
        InputStream in = SolrConfigset.class.getResourceAsStream("configset/" + name);
        if (in == null) throw new ZhReaderException("configset file " + name + " is missing from the reader-solr jar");
        return in;
    }
}
