package io.github.zhreader.solr;

import java.time.Duration;

/**
 * What a {@link SolrLibrary#push} did.
 *
 * @param pushed    documents sent (new, changed, or not whole in the collection)
 * @param sentences their sentences
 * @param removed   documents removed from the collection because the library no longer has them
 * @param unchanged documents already there as they are in the library
 * @param took      how long it took
 */
public record PushReport(int pushed, long sentences, int removed, int unchanged, Duration took) {}
