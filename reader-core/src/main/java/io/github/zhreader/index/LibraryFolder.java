package io.github.zhreader.index;

import io.github.zhreader.ZhReaderException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * What can be read of a library folder without opening it for writing: its health, a document, and the words of
 * all its documents, while another process may be adding to it. Stateless.
 */
final class LibraryFolder {

    private LibraryFolder() {}

    /** See {@link SentenceLibrary#readDocument(Path, String)}. */
    static Optional<StoredDocument> readDocument(Path folder, String id) {
        return read(folder, Optional.empty(), (searcher, commit) -> {
            TopDocs top = searcher.search(LibrarySchema.documentRecord(id), 1);
            if (top.scoreDocs.length == 0) return Optional.empty();
            Document d = searcher.storedFields().document(top.scoreDocs[0].doc);
            return Optional.of(new StoredDocument(id, d.get(LibrarySchema.TITLE), d.get(LibrarySchema.TEXT)));
        });
    }

    /** See {@link SentenceLibrary#readVocabulary(Path)}. */
    static Map<String, Integer> readVocabulary(Path folder) {
        if (!Files.isDirectory(folder)) return new HashMap<>();
        Optional<String> latest = latestCommit(folder);
        if (latest.isEmpty()) return new HashMap<>();
        Path cache = vocabularyCache(folder);
        Optional<Map<String, Integer>> cached = readCache(cache, latest.get());
        if (cached.isPresent()) return cached.get();
        return read(folder, new HashMap<>(), (searcher, commit) -> {
            Map<String, Integer> words = new HashMap<>();
            var records = LibrarySchema.entries(LibrarySchema.DOCUMENT_ENTRY);
            int count = searcher.count(records);
            var stored = searcher.storedFields();
            if (count > 0) {
                for (ScoreDoc sd : searcher.search(records, count).scoreDocs) {
                    String lines = stored.document(sd.doc, Set.of(LibrarySchema.VOCABULARY))
                            .get(LibrarySchema.VOCABULARY);
                    if (lines != null)
                        LibrarySchema.vocabulary(lines).forEach((w, n) -> words.merge(w, n, Integer::sum));
                }
            }
            writeCache(cache, commit, words);
            return words;
        });
    }

    /** What is read from a library's latest commit ({@code commit}, its segments file's name). */
    private interface Reading<T> {
        T read(IndexSearcher searcher, String commit) throws IOException;
    }

    /**
     * Reads the library in {@code folder} without taking its write lock; {@code absent} when there is no library.
     *
     * @throws ZhReaderException when the index cannot be read
     */
    private static <T> T read(Path folder, T absent, Reading<T> reading) {
        if (!Files.isDirectory(folder)) return absent;
        try (Directory directory = FSDirectory.open(folder)) {
            if (!DirectoryReader.indexExists(directory)) return absent;
            try (DirectoryReader r = DirectoryReader.open(directory)) {
                return reading.read(new IndexSearcher(r), r.getIndexCommit().getSegmentsFileName());
            }
        } catch (IOException e) {
            throw new ZhReaderException(
                    "library " + folder + " cannot be read (" + e.getMessage() + "); see `zhreader library check`", e);
        }
    }

    /**
     * Where the words of the library in {@code folder} are kept between look-ups, so that a look-up reads a small
     * file instead of opening the index: {@code library-vocabulary.tsv} beside the folder, its first line naming
     * the commit it was made from, then a word, a tab and its count per line. A commit makes it stale, and the
     * next read makes it again.
     */
    static Path vocabularyCache(Path folder) {
        Path absolute = folder.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + "-vocabulary.tsv");
    }

    /** The file name of the index's latest commit ({@code segments_N}, N the highest), read from the folder. */
    private static Optional<String> latestCommit(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("segments_[0-9a-z]+"))
                    .max(Comparator.comparingLong(n -> Long.parseLong(n.substring(9), Character.MAX_RADIX)));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Map<String, Integer>> readCache(Path cache, String commit) {
        try (BufferedReader in = Files.newBufferedReader(cache, StandardCharsets.UTF_8)) {
            if (!commit.equals(in.readLine())) return Optional.empty();
            Map<String, Integer> words = new HashMap<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int tab = line.indexOf('\t');
                if (tab <= 0) return Optional.empty();
                words.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
            }
            return Optional.of(words);
        } catch (IOException | RuntimeException e) {
            // No cache yet, or one that cannot be read: the index is read instead.
            return Optional.empty();
        }
    }

    /** Writes the cache whole or not at all (a folder that cannot be written leaves it out). */
    private static void writeCache(Path cache, String commit, Map<String, Integer> words) {
        StringBuilder text = new StringBuilder(commit).append('\n');
        words.forEach((w, n) -> text.append(w).append('\t').append(n).append('\n'));
        try {
            Path temporary = Files.createTempFile(cache.getParent(), ".library-vocabulary", ".tmp");
            try {
                Files.writeString(temporary, text, StandardCharsets.UTF_8);
                Files.move(temporary, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Only slower next time.
        }
    }

    /** See {@link SentenceLibrary#check(Path)}. */
    static LibraryHealth check(Path folder) {
        if (!Files.isDirectory(folder)) return new LibraryHealth(LibraryHealth.State.ABSENT, folder, 0, 0, "");
        try (Directory directory = FSDirectory.open(folder);
                CheckIndex checker = new CheckIndex(directory)) {
            CheckIndex.Status status = checker.checkIndex();
            if (status.missingSegments) return new LibraryHealth(LibraryHealth.State.ABSENT, folder, 0, 0, "");
            if (!status.clean) {
                return new LibraryHealth(
                        LibraryHealth.State.DAMAGED,
                        folder,
                        0,
                        0,
                        status.totLoseDocCount + " entries cannot be read; the index needs repair");
            }
            try (DirectoryReader r = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(r);
                int documents = searcher.count(LibrarySchema.entries(LibrarySchema.DOCUMENT_ENTRY));
                int sentences = searcher.count(LibrarySchema.entries(LibrarySchema.SENTENCE_ENTRY));
                return new LibraryHealth(LibraryHealth.State.HEALTHY, folder, documents, sentences, "");
            }
        } catch (LockObtainFailedException e) {
            return new LibraryHealth(LibraryHealth.State.BUSY, folder, 0, 0, "");
        } catch (IOException e) {
            return new LibraryHealth(
                    LibraryHealth.State.DAMAGED, folder, 0, 0, "not a zhreader library: " + e.getMessage());
        }
    }
}
