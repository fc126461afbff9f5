package io.github.zhreader.index;

import io.github.zhreader.Gloss;
import io.github.zhreader.Sentence;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The library's Lucene documents: the fields of a sentence and of a document's record (the package's description
 * lists them), how each is made, and the queries that pick out a kind of entry or one document. Stateless.
 */
final class LibrarySchema {

    static final String TYPE = "type";
    static final String DOC = "doc";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String NUMBER = "sentence";
    static final String START = "start";
    static final String END = "end";
    static final String HASH = "hash";
    static final String COUNT = "count";
    static final String LENGTH = "length";
    /**
     * Stored only. On a sentence, its vocabulary ({@link SentenceForms#vocabulary()}); on a document's record, each
     * distinct word of its vocabulary and how often it is used, a line {@code word TAB count} each, in order of first
     * use. Libraries written before have neither.
     */
    static final String VOCABULARY = "vocabulary";
    /** When the document was added, in milliseconds since 1970, on its record (absent in libraries before). */
    static final String ADDED = "added";
    /**
     * The document id and sentence number again, as doc values, to sort hits of equal score as
     * {@link SearchPlan#ORDER} says (libraries written before have neither; their ties stay in index order).
     */
    static final String DOC_ORDER = "doc_order";

    static final String NUMBER_ORDER = "sentence_order";

    /** The order of hits, {@link SearchPlan#ORDER}. */
    static final Sort HIT_ORDER = new Sort(
            SortField.FIELD_SCORE,
            new SortField(DOC_ORDER, SortField.Type.STRING),
            new SortField(NUMBER_ORDER, SortField.Type.INT));

    /** The values of {@link #TYPE}. */
    static final String SENTENCE_ENTRY = "sentence";

    static final String DOCUMENT_ENTRY = "document";

    private LibrarySchema() {}

    /**
     * The record of a document: its id, title, whole text and the hash of its text; its sentence count and length
     * are added with {@link #counted} once the sentences are made.
     */
    static Document documentRecord(String id, String title, String text, String hash) {
        Document record = new Document();
        record.add(new StringField(TYPE, DOCUMENT_ENTRY, Field.Store.NO));
        record.add(new StringField(DOC, id, Field.Store.YES));
        record.add(new StoredField(TITLE, title));
        record.add(new StoredField(TEXT, text));
        record.add(new StringField(HASH, hash, Field.Store.YES));
        return record;
    }

    /**
     * Adds a document's sentence count, length, vocabulary (word to count, in order of first use) and the time it is
     * added to its record.
     */
    static void counted(Document record, int sentences, int length, Map<String, Integer> vocabulary, long added) {
        record.add(new StoredField(COUNT, sentences));
        record.add(new StoredField(LENGTH, length));
        StringBuilder lines = new StringBuilder();
        vocabulary.forEach(
                (word, count) -> lines.append(word).append('\t').append(count).append('\n'));
        record.add(new StoredField(VOCABULARY, lines.toString()));
        record.add(new StoredField(ADDED, added));
    }

    /** The words of a sentence's vocabulary field. */
    static List<String> words(String vocabulary) {
        return vocabulary.isEmpty() ? List.of() : List.of(vocabulary.split(" "));
    }

    /** The vocabulary of a document's record, as {@link #counted} writes it. */
    static Map<String, Integer> vocabulary(String lines) {
        Map<String, Integer> words = new LinkedHashMap<>();
        for (String line : lines.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) words.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
        }
        return words;
    }

    /**
     * The entry of one sentence; {@code simplified} is its text in simplified characters and {@code forms} its
     * analysed forms, {@code offset} and {@code firstSentence} place it in the whole document.
     */
    static Document sentence(
            String id,
            String title,
            Sentence s,
            String simplified,
            int offset,
            int firstSentence,
            SentenceForms forms) {
        Document d = new Document();
        d.add(new StringField(TYPE, SENTENCE_ENTRY, Field.Store.NO));
        d.add(new StringField(DOC, id, Field.Store.YES));
        d.add(new StoredField(TITLE, title));
        d.add(new IntPoint(NUMBER, s.index() + firstSentence));
        d.add(new StoredField(NUMBER, s.index() + firstSentence));
        d.add(new SortedDocValuesField(DOC_ORDER, new BytesRef(id)));
        d.add(new NumericDocValuesField(NUMBER_ORDER, s.index() + firstSentence));
        d.add(new StoredField(START, s.start() + offset));
        d.add(new StoredField(END, s.end() + offset));
        d.add(new StoredField(TEXT, s.text()));
        // The analysed forms are indexed, not stored: an export makes them again from the document's text. The
        // vocabulary alone is stored, for the learner's figures and sentence mining.
        d.add(new StoredField(VOCABULARY, forms.vocabulary()));
        d.add(new TextField(Analyzers.PHRASES, forms.phrases(), Field.Store.NO));
        d.add(new TextField(Analyzers.WORDS, forms.words(), Field.Store.NO));
        // Chinese is indexed in simplified characters (a query is folded the same way), so 总统 finds 總統.
        d.add(new TextField(Analyzers.BIGRAMS, simplified, Field.Store.NO));
        d.add(new TextField(Analyzers.CHARACTERS, simplified, Field.Store.NO));
        d.add(new TextField(Analyzers.PINYIN, forms.pinyin(), Field.Store.NO));
        d.add(new TextField(Analyzers.PINYIN_TONES, forms.tones(), Field.Store.NO));
        List<GlossTerms.Piece> english = new ArrayList<>(forms.glosses().size());
        for (Gloss g : forms.glosses()) english.add(GlossTerms.of(g));
        d.add(new TextField(Analyzers.ENGLISH, GlossTerms.stream(english)));
        return d;
    }

    /** Every entry of one kind: {@link #SENTENCE_ENTRY} or {@link #DOCUMENT_ENTRY}. */
    static Query entries(String type) {
        return new TermQuery(new Term(TYPE, type));
    }

    /** The record of document {@code id}. */
    static Query documentRecord(String id) {
        return new BooleanQuery.Builder()
                .add(entries(DOCUMENT_ENTRY), Occur.FILTER)
                .add(new TermQuery(new Term(DOC, id)), Occur.FILTER)
                .build();
    }

    /** Every entry of document {@code id}, its record and its sentences. */
    static Term document(String id) {
        return new Term(DOC, id);
    }

    /** The hash that finds a document's duplicates: SHA-256 of its text, in hexadecimal. */
    static String hash(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
