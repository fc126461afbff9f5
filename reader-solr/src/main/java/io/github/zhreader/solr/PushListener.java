package io.github.zhreader.solr;

/** Told how far a {@link SolrLibrary#push} has got; called from the pushing threads, one call at a time. */
@FunctionalInterface
public interface PushListener {

    /** Tells nothing. */
    PushListener SILENT = (done, total) -> {};

    /** {@code done} of the {@code total} sentences to push are in the collection (committed or not yet). */
    void progress(long done, long total);
}
