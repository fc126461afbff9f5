package io.github.zhreader.index;

import io.github.zhreader.ZhReaderException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
        if (!Files.isDirectory(folder)) return Optional.empty();
        try (Directory directory = FSDirectory.open(folder)) {
            if (!DirectoryReader.indexExists(directory)) return Optional.empty();
            try (DirectoryReader r = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(r);
                TopDocs top = searcher.search(LibrarySchema.documentRecord(id), 1);
                if (top.scoreDocs.length == 0) return Optional.empty();
                Document d = searcher.storedFields().document(top.scoreDocs[0].doc);
                return Optional.of(new StoredDocument(id, d.get(LibrarySchema.TITLE), d.get(LibrarySchema.TEXT)));
            }
        } catch (IOException e) {
            throw new ZhReaderException(
                    "library " + folder + " cannot be read (" + e.getMessage() + "); see `zhreader library check`", e);
        }
    }

    /** See {@link SentenceLibrary#readVocabulary(Path)}. */
    static Map<String, Integer> readVocabulary(Path folder) {
        Map<String, Integer> words = new HashMap<>();
        if (!Files.isDirectory(folder)) return words;
        try (Directory directory = FSDirectory.open(folder)) {
            if (!DirectoryReader.indexExists(directory)) return words;
            try (DirectoryReader r = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(r);
                var records = LibrarySchema.entries(LibrarySchema.DOCUMENT_ENTRY);
                int count = searcher.count(records);
                if (count == 0) return words;
                var stored = searcher.storedFields();
                for (ScoreDoc sd : searcher.search(records, count).scoreDocs) {
                    String lines = stored.document(sd.doc, Set.of(LibrarySchema.VOCABULARY))
                            .get(LibrarySchema.VOCABULARY);
                    if (lines != null)
                        LibrarySchema.vocabulary(lines).forEach((w, n) -> words.merge(w, n, Integer::sum));
                }
                return words;
            }
        } catch (IOException e) {
            throw new ZhReaderException(
                    "library " + folder + " cannot be read (" + e.getMessage() + "); see `zhreader library check`", e);
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
