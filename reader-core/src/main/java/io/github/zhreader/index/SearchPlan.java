package io.github.zhreader.index;

import io.github.zhreader.ChineseReader;
import io.github.zhreader.QueryKind;
import io.github.zhreader.Span;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.search.Query;

/**
 * A sentence search parsed once: what the user typed, the kind it was read as, the {@link QueryPlan} that matches
 * sentences, and the highlighting of a sentence found. {@link SentenceLibrary#search} runs it on the embedded index;
 * another backend runs the same plan on the same fields (its documents made from {@link IndexedSentence}s), sorts
 * ties by document and sentence as {@link #ORDER} says, and highlights with {@link #highlights}, so that it finds the
 * same hits in the same order with the same highlights.
 *
 * <p>Immutable and thread-safe.
 */
public final class SearchPlan {

    /** Every field a plan may search, with the analysis the package's description gives each. */
    public static final List<String> FIELDS = List.of(
            Analyzers.WORDS,
            Analyzers.BIGRAMS,
            Analyzers.CHARACTERS,
            Analyzers.PINYIN,
            Analyzers.PINYIN_TONES,
            Analyzers.ENGLISH,
            Analyzers.PHRASES);

    /**
     * The order of hits: score, highest first; then document id (in the order of its UTF-8 bytes) and sentence
     * number, both increasing.
     */
    public static final String ORDER = "score desc, document asc, sentence asc";

    private final ChineseReader reader;
    private final String query;
    private final QueryKind.Parsed parsed;
    private final QueryPlan match;

    private SearchPlan(ChineseReader reader, String query, QueryKind.Parsed parsed, QueryPlan match) {
        this.reader = reader;
        this.query = query;
        this.parsed = parsed;
        this.match = match;
    }

    /**
     * Parses {@code query} as {@link SentenceLibrary#search(String, int, int, String)} describes it; {@code reader}
     * segments and folds its Chinese, and later highlights the sentences found.
     */
    public static SearchPlan of(ChineseReader reader, String query) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(query, "query");
        QueryKind.Parsed parsed = QueryKind.parse(query);
        return new SearchPlan(reader, query, parsed, new LibraryQueries(reader).match(parsed.kind(), parsed.text()));
    }

    /** The query as the user wrote it. */
    public String query() {
        return query;
    }

    /** What the query was read as. */
    public QueryKind kind() {
        return parsed.kind();
    }

    /** The plan a sentence must match; its score is the hit's. */
    public QueryPlan match() {
        return match;
    }

    /** What matched the query in {@code sentence}: spans in order, neither empty nor overlapping nor touching. */
    public List<Span> highlights(String sentence) {
        return Highlighter.highlight(reader, sentence, parsed.kind(), parsed.text());
    }

    /** The plan as a Lucene query. */
    Query toLucene() {
        return LuceneQueries.of(match);
    }

    @Override
    public String toString() {
        return parsed.kind().id() + ":" + parsed.text() + " -> " + toLucene();
    }
}
