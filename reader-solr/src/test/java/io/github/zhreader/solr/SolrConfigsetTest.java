package io.github.zhreader.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhreader.index.SearchPlan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolrConfigsetTest {

    private static String read(String name) throws IOException {
        try (InputStream in = SolrConfigset.open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Set<String> words(String file) throws IOException {
        Set<String> words = new TreeSet<>();
        for (String line : read(file).split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) words.add(line.strip());
        }
        return words;
    }

    @Test
    void theStopWordsAreThoseOfLucenesEnglishAnalyzer() throws IOException {
        CharArraySet lucene = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
        Set<String> ours = words("conf/stopwords_en.txt");
        assertEquals(lucene.size(), ours.size());
        for (String w : ours) assertTrue(lucene.contains(w), w);
    }

    @Test
    void theGapIsTheOneQueriesUse() throws IOException {
        assertEquals(Set.of(SolrQueries.GAP), words("conf/gaps.txt"));
    }

    @Test
    void theSchemaIsNamedForItsVersionAndHasEveryFieldAPlanSearches() throws IOException {
        String schema = read("conf/schema.xml");
        assertTrue(schema.contains("<schema name=\"" + SolrConfigset.NAME + "\""), "the schema's name");
        for (String field : SearchPlan.FIELDS) {
            assertTrue(schema.contains("<field name=\"" + field + "\""), field);
        }
        assertTrue(read("conf/solrconfig.xml").contains("ExactStatsCache"));
    }

    @Test
    void theConfigsetIsWrittenToAFolder(@TempDir Path dir) throws IOException {
        List<Path> written = SolrConfigset.write(dir);
        assertEquals(SolrConfigset.FILES.size(), written.size());
        assertEquals(read("conf/schema.xml"), Files.readString(dir.resolve("conf/schema.xml")));
    }
}
