package io.github.zhreader.solr;

import io.github.zhreader.ZhReaderException;
import io.github.zhreader.index.IndexedSentence;
import io.github.zhreader.index.LibraryDocument;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.UpdateRequest;

/**
 * One push: removes documents, then sends each changed document (its old entries deleted, then its sentences and
 * its record in one update request), on several threads, and commits every {@link #COMMIT_EVERY} sentences and at the
 * end. A commit waits for the requests in flight and holds back new ones, so it never makes part of a document
 * visible. Used once, by one thread.
 */
final class SolrPush {

    /** How many sentences are sent between two commits. */
    static final int COMMIT_EVERY = 50_000;

    private final SolrTarget target;
    private final SolrClient client;
    private final int threads;
    private final PushListener listener;
    /** Held shared by a request in flight, and exclusively by a commit. */
    private final ReadWriteLock sending = new ReentrantReadWriteLock();

    private final AtomicReference<ZhReaderException> failure = new AtomicReference<>();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong sinceCommit = new AtomicLong();
    private final AtomicInteger pushed = new AtomicInteger();

    SolrPush(SolrTarget target, SolrClient client, int threads, PushListener listener) {
        this.target = target;
        this.client = client;
        this.threads = threads;
        this.listener = listener;
    }

    /**
     * Removes the documents {@code removed}, then pushes {@code changed}; {@code seen} says which of them the
     * collection has some entry of, to be deleted first.
     */
    void run(
            List<String> removed,
            List<LibraryDocument> changed,
            Predicate<String> seen,
            SolrLibrary.Sentences sentences) {
        if (!removed.isEmpty()) {
            UpdateRequest remove = new UpdateRequest();
            for (String id : removed) remove.deleteByQuery(byDocument(id));
            send(remove, "cannot remove " + removed.size() + " documents");
        }
        long total = changed.stream().mapToLong(LibraryDocument::sentences).sum();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "zhreader-push");
            t.setDaemon(true);
            return t;
        });
        // A few documents ahead of the threads, not the whole library, are annotated and held at once.
        Semaphore ahead = new Semaphore(threads * 2);
        try {
            for (LibraryDocument doc : changed) {
                if (failure.get() != null) break;
                ahead.acquireUninterruptibly();
                pool.execute(() -> {
                    try {
                        if (failure.get() == null) pushOne(doc, seen.test(doc.id()), sentences, total);
                    } catch (ZhReaderException e) {
                        failure.compareAndSet(null, e);
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, SolrFailures.of(target, "cannot push " + doc.id(), e));
                    } finally {
                        ahead.release();
                    }
                });
            }
        } finally {
            pool.shutdown();
            awaitQuietly(pool);
        }
        ZhReaderException failed = failure.get();
        if (failed != null) {
            // What was sent whole is kept: the next push finds it there and does the rest.
            try {
                commit();
            } catch (ZhReaderException ignored) {
                // the first failure is the one to report
            }
            throw new ZhReaderException(
                    failed.getMessage() + "; " + pushed.get() + " of " + changed.size()
                            + " documents were pushed, nothing of the local library changed; run the push again to"
                            + " finish",
                    failed);
        }
        if (!removed.isEmpty() || !changed.isEmpty()) commit();
    }

    private void pushOne(LibraryDocument doc, boolean seen, SolrLibrary.Sentences sentences, long total) {
        List<IndexedSentence> made = sentences.of(doc.id());
        UpdateRequest request = new UpdateRequest();
        for (IndexedSentence s : made) request.add(SolrDocuments.sentence(s, doc.hash()));
        // The record, last: the document is whole once it is there.
        request.add(SolrDocuments.record(doc));
        sending.readLock().lock();
        try {
            // Its old entries first, record and all, in a request of their own: one request writes its
            // additions before its deletions.
            if (seen) send(new UpdateRequest().deleteByQuery(byDocument(doc.id())), "cannot replace " + doc.id());
            send(request, "cannot push document " + doc.id());
        } finally {
            sending.readLock().unlock();
        }
        pushed.incrementAndGet();
        listener.progress(done.addAndGet(made.size()), total);
        if (sinceCommit.addAndGet(made.size()) >= COMMIT_EVERY) {
            sinceCommit.set(0);
            commit();
        }
    }

    private void commit() {
        sending.writeLock().lock();
        try {
            client.commit(true, true);
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw SolrFailures.of(target, "cannot commit to collection " + target.collection(), e);
        } finally {
            sending.writeLock().unlock();
        }
    }

    private void send(UpdateRequest request, String doing) {
        try {
            request.process(client);
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw SolrFailures.of(target, doing, e);
        }
    }

    /** The delete-by-query of every entry of document {@code id}. */
    static String byDocument(String id) {
        return "{!term f=doc}" + id;
    }

    private static void awaitQuietly(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.HOURS)) break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }
}
