package io.github.zhreader.index;

import io.github.zhreader.ZhReaderException;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;

/**
 * The Lucene side of a library: its directory, the one writer, and the searchers that see each commit at once.
 * Callers that write hold {@link #lock} from the change to its commit, so that each commit holds whole changes.
 * Thread-safe as Lucene's writer and searcher manager are.
 */
final class LibraryWriter implements AutoCloseable {

    /** Held while a change is written and committed. */
    final Object lock = new Object();
    /** The library's name in messages: its folder, or "memory". */
    final String name;

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    LibraryWriter(Directory directory, String name) throws IOException {
        this.directory = directory;
        this.name = name;
        IndexWriterConfig config = new IndexWriterConfig(Analyzers.perField())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64)
                .setCommitOnClose(true);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, null);
    }

    /** Replaces the entries of the document that {@code id} names with {@code entries}. */
    void replace(Term id, List<Document> entries) throws IOException {
        writer.updateDocuments(id, entries);
    }

    /** Deletes the entries of the documents named. */
    void delete(Term... ids) throws IOException {
        writer.deleteDocuments(ids);
    }

    /** Adds the segments of another index (a batch's part, written in memory). */
    void addIndexes(Directory segment) throws IOException {
        writer.addIndexes(segment);
    }

    /** Commits what was written, and lets the next searches see it. */
    void commit() throws IOException {
        writer.commit();
        searchers.maybeRefresh();
    }

    /** Drops what was written since the last commit; the commit point on disk is untouched either way. */
    void rollBackQuietly() {
        try {
            writer.rollback();
        } catch (IOException | RuntimeException ignored) {
            // the commit point on disk is untouched either way
        }
    }

    /** Work with a current searcher. */
    interface SearchWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    /** Runs {@code work} with the newest searcher; a failure is a {@link ZhReaderException} naming the library. */
    <T> T withSearcher(SearchWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.run(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new ZhReaderException("library " + name + ": cannot be searched (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new ZhReaderException("library " + name + ": cannot be closed cleanly (" + e.getMessage() + ")", e);
        }
    }
}
