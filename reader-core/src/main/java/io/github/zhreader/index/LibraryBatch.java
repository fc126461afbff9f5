package io.github.zhreader.index;

import io.github.zhreader.ZhReaderException;
import io.github.zhreader.index.SentenceLibrary.Added;
import io.github.zhreader.index.SentenceLibrary.Listener;
import io.github.zhreader.index.SentenceLibrary.Prepared;
import io.github.zhreader.index.SentenceLibrary.Source;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * Adds many documents to a {@link SentenceLibrary} ({@link SentenceLibrary#batch}), much faster than one
 * {@link SentenceLibrary#add(String, String, String)} at a time: each of those
 * commits, which writes a small segment to disk and syncs it, while a batch commits once at {@link #close}
 * (or {@link #commit}, and by itself once a minute). The library is the one that adding the documents one by
 * one, in the order given, would make: a document replaces the one with its id, a text already in the library
 * or earlier in the batch is reported as a duplicate, and a document's sentences are in the index in order.
 *
 * <p>With several threads, consecutive documents are taken in parts of about 200,000 characters; each part is
 * annotated and indexed into a segment of its own in memory on one of the batch's threads, and the calling
 * thread adds the parts' segments to the library in order, as they are ready.
 *
 * <p>What is not committed is not in the library: if the process dies, the library is as it was at the last
 * commit. If annotating a document fails, the documents before it are committed and the exception is thrown
 * from {@code add}, {@code commit} or {@code close}; the batch then takes no more. If the library cannot be
 * written, nothing since the last commit is kept and the library must be opened again.
 *
 * <p>Not thread-safe: one thread adds. Searches on other threads see the documents once they are committed; an
 * {@code add} or {@code remove} on another thread meanwhile commits the documents the batch has indexed.
 */
public final class LibraryBatch implements AutoCloseable {
    private final Listener listener;
    private final int threads;
    private final java.util.concurrent.ExecutorService pool;
    private final java.util.ArrayDeque<java.util.concurrent.Future<Part>> pending = new java.util.ArrayDeque<>();
    private List<Source> part = new ArrayList<>();
    private long partChars;
    /** The documents indexed since the last commit, by the hash of their text, earliest first. */
    private final java.util.Map<String, java.util.LinkedHashSet<String>> uncommittedByHash = new java.util.HashMap<>();
    /** The hash of each document indexed since the last commit. */
    private final java.util.Map<String, String> uncommittedHashes = new java.util.HashMap<>();

    private long lastCommit = System.nanoTime();
    private RuntimeException failure;
    private boolean closed;

    /** How often a batch commits while it runs, so that an interrupted batch loses at most this much work. */
    private static final long BATCH_COMMIT_NANOS = 60_000_000_000L;
    /** With several threads, documents are annotated and indexed in parts of about this many UTF-16 units. */
    private static final long PART_CHARS = 200_000;

    private final SentenceLibrary library;
    private final LibraryWriter store;

    LibraryBatch(SentenceLibrary library, LibraryWriter store, int threads, Listener listener) {
        this.library = library;
        this.store = store;
        this.threads = threads;
        this.listener = listener;
        this.pool = threads == 1
                ? null
                : java.util.concurrent.Executors.newFixedThreadPool(threads, task -> {
                    Thread t = new Thread(task, "zhreader-library-batch");
                    t.setDaemon(true);
                    return t;
                });
    }

    /** Adds a document without progress reports; see {@link #add(Source)}. */
    public void add(String id, String title, String text) {
        add(new Source(id, title, text));
    }

    /**
     * Adds a document. With one thread it is annotated and indexed before this returns; with several, it is
     * queued, up to two parts per thread are annotated ahead, and this call adds the earlier parts to the
     * library as they are ready.
     *
     * @throws RuntimeException what annotating an earlier document threw, once the documents before that one
     *                          are committed
     */
    public void add(Source source) {
        Objects.requireNonNull(source, "source");
        open();
        if (pool == null) {
            Prepared prepared;
            try {
                prepared = library.prepare(source.id(), source.title(), source.text(), source.progress());
            } catch (RuntimeException e) {
                fail(e);
                return;
            }
            synchronized (store.lock) {
                try {
                    store.replace(LibrarySchema.document(prepared.id()), prepared.entries());
                } catch (IOException | RuntimeException e) {
                    throw cannotWrite("add " + prepared.id(), e);
                }
                indexed(List.of(prepared));
            }
        } else {
            part.add(source);
            partChars += source.text().length();
            if (partChars >= PART_CHARS) submitPart();
        }
        if (System.nanoTime() - lastCommit > BATCH_COMMIT_NANOS) commitIndexed();
    }

    /** Indexes every document added so far and commits them. */
    public void commit() {
        open();
        submitPart();
        while (!pending.isEmpty()) addNext();
        commitIndexed();
    }

    /** Commits the documents added, unless the batch failed, and stops its threads. */
    @Override
    public void close() {
        if (closed) return;
        try {
            if (failure == null) commit();
        } finally {
            closed = true;
            if (pool != null) pool.shutdownNow();
        }
    }

    private void open() {
        if (failure != null) throw failure;
        if (closed) throw new IllegalStateException("the batch is closed");
    }

    private void submitPart() {
        if (part.isEmpty()) return;
        List<Source> sources = part;
        part = new ArrayList<>();
        partChars = 0;
        pending.add(pool.submit(() -> Part.of(library, sources)));
        while (pending.size() > 2 * threads) addNext();
    }

    /** Adds the oldest part's segment to the library. */
    private void addNext() {
        Part next;
        try {
            next = pending.poll().get();
        } catch (java.util.concurrent.ExecutionException e) {
            fail(
                    e.getCause() instanceof RuntimeException r
                            ? r
                            : new ZhReaderException(
                                    "library " + store.name + ": cannot add a document (" + e.getCause() + ")",
                                    e.getCause()));
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(new ZhReaderException("library " + store.name + ": adding was interrupted", e));
            return;
        }
        synchronized (store.lock) {
            try {
                if (!next.documents.isEmpty()) {
                    // Earlier versions of the part's documents go; the part's own are added after.
                    Term[] ids = next.documents.stream()
                            .map(d -> LibrarySchema.document(d.id()))
                            .toArray(Term[]::new);
                    store.delete(ids);
                    store.addIndexes(next.segment);
                }
            } catch (IOException | RuntimeException e) {
                throw cannotWrite(
                        "add "
                                + next.documents.stream()
                                        .map(Prepared::id)
                                        .collect(java.util.stream.Collectors.joining(", ")),
                        e);
            }
            indexed(next.documents);
        }
        if (next.failure != null) fail(next.failure);
    }

    /** Finds each document's duplicate, in order, tells the listener, and remembers the documents. */
    private void indexed(List<Prepared> documents) {
        for (Prepared document : documents) {
            Optional<String> duplicate = duplicateOf(document);
            String before = uncommittedHashes.put(document.id(), document.hash());
            if (before != null) uncommittedByHash.get(before).remove(document.id());
            uncommittedByHash
                    .computeIfAbsent(document.hash(), h -> new java.util.LinkedHashSet<>())
                    .add(document.id());
            listener.added(document.id(), new Added(document.sentences(), duplicate));
        }
    }

    /** Commits what was indexed before the failing document, and fails the batch. */
    private void fail(RuntimeException cause) {
        failure = cause;
        for (java.util.concurrent.Future<Part> f : pending) f.cancel(true);
        pending.clear();
        part.clear();
        try {
            commitIndexed();
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
        throw cause;
    }

    private ZhReaderException cannotWrite(String what, Exception e) {
        failure = new ZhReaderException(
                "library " + store.name + ": cannot " + what + " (" + e.getMessage()
                        + "); the library is as it was at its last commit",
                e);
        store.rollBackQuietly();
        return (ZhReaderException) failure;
    }

    /** Another document with the same text: committed and not replaced since, or indexed earlier in the batch. */
    private Optional<String> duplicateOf(Prepared document) {
        Optional<String> committed = store.withSearcher(searcher -> {
            TopDocs top = searcher.search(new TermQuery(new Term(LibrarySchema.HASH, document.hash())), 100);
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc sd : top.scoreDocs) {
                String other = stored.document(sd.doc, java.util.Set.of(LibrarySchema.DOC))
                        .get(LibrarySchema.DOC);
                if (!other.equals(document.id()) && !uncommittedHashes.containsKey(other)) return Optional.of(other);
            }
            return Optional.empty();
        });
        if (committed.isPresent()) return committed;
        return uncommittedByHash.getOrDefault(document.hash(), new java.util.LinkedHashSet<>()).stream()
                .filter(other -> !other.equals(document.id()))
                .findFirst();
    }

    private void commitIndexed() {
        synchronized (store.lock) {
            try {
                store.commit();
            } catch (IOException | RuntimeException e) {
                throw cannotWrite("commit", e);
            }
            uncommittedByHash.clear();
            uncommittedHashes.clear();
            lastCommit = System.nanoTime();
        }
    }

    /**
     * Consecutive documents of a batch annotated and indexed into a segment in memory, ready to be added to the
     * library: the documents (without their entries) in order, and what stopped the part early, if anything.
     */
    private record Part(Directory segment, List<Prepared> documents, RuntimeException failure) {

        static Part of(SentenceLibrary library, List<Source> sources) throws IOException {
            Directory segment = new ByteBuffersDirectory();
            List<Prepared> documents = new ArrayList<>();
            IndexWriterConfig config = new IndexWriterConfig(Analyzers.perField())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(1024)
                    .setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE)
                    .setUseCompoundFile(false)
                    .setCommitOnClose(true);
            RuntimeException failure = null;
            try (IndexWriter part = new IndexWriter(segment, config)) {
                for (Source s : sources) {
                    Prepared p;
                    try {
                        p = library.prepare(s.id(), s.title(), s.text(), s.progress());
                    } catch (RuntimeException e) {
                        failure = e;
                        break;
                    }
                    part.updateDocuments(LibrarySchema.document(p.id()), p.entries());
                    documents.add(p.withoutEntries());
                }
            }
            return new Part(segment, documents, failure);
        }
    }
}
