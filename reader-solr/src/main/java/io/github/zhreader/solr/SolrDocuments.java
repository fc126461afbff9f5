package io.github.zhreader.solr;

import io.github.zhreader.index.IndexedSentence;
import io.github.zhreader.index.LibraryDocument;
import org.apache.solr.common.SolrInputDocument;

/**
 * The Solr documents of a library document: one per sentence and, written after them, one record of the document
 * (its hash and sentence count) that says it is whole. Every entry of a document has an id with the document's id
 * as its routing prefix ({@code doc!3}, {@code doc!record}), so all of them live on one shard. Stateless.
 */
final class SolrDocuments {

    static final String SENTENCE = "sentence";
    static final String DOCUMENT = "document";

    private SolrDocuments() {}

    /** The id of sentence {@code number} of document {@code doc}. */
    static String sentenceId(String doc, int number) {
        return route(doc) + "!" + number;
    }

    /** The id of the record of document {@code doc}. */
    static String recordId(String doc) {
        return route(doc) + "!record";
    }

    /** The document's id as a routing prefix: the characters Solr's router reads ({@code ! / %}) escaped. */
    static String route(String doc) {
        return doc.replace("%", "%25").replace("!", "%21").replace("/", "%2F");
    }

    static SolrInputDocument sentence(IndexedSentence s, String hash) {
        SolrInputDocument d = new SolrInputDocument();
        d.setField("id", sentenceId(s.document(), s.sentence()));
        d.setField("type", SENTENCE);
        d.setField("doc", s.document());
        d.setField("title", s.title());
        d.setField("hash", hash);
        d.setField("sentence", s.sentence());
        d.setField("start", s.start());
        d.setField("end", s.end());
        d.setField("text", s.text());
        d.setField("words", s.words());
        d.setField("pinyin", s.pinyin());
        d.setField("pinyin_tones", s.tones());
        d.setField("phrases", s.phrases());
        d.setField("bigrams", s.simplified());
        d.setField("characters", s.simplified());
        d.setField("english", s.english());
        return d;
    }

    static SolrInputDocument record(LibraryDocument doc) {
        SolrInputDocument d = new SolrInputDocument();
        d.setField("id", recordId(doc.id()));
        d.setField("type", DOCUMENT);
        d.setField("doc", doc.id());
        d.setField("title", doc.title());
        d.setField("hash", doc.hash());
        d.setField("count", doc.sentences());
        d.setField("length", doc.length());
        return d;
    }
}
