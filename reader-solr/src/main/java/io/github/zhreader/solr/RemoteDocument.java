package io.github.zhreader.solr;

/**
 * A document as a SolrCloud collection holds it.
 *
 * @param id        its id
 * @param title     its title, empty when it has no record
 * @param hash      the SHA-256 of its text when it was pushed, empty when it has no record
 * @param sentences how many sentences its record says it has, -1 when it has no record
 * @param indexed   how many of its sentences the collection holds
 */
public record RemoteDocument(String id, String title, String hash, int sentences, long indexed) {

    /** Whether its push completed: the record was written and every sentence is there. */
    public boolean whole() {
        return sentences >= 0 && indexed == sentences;
    }
}
