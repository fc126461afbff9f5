package io.github.zhreader.index;

import io.github.zhreader.ChineseReader;
import io.github.zhreader.QueryKind;
import io.github.zhreader.TokenType;
import io.github.zhreader.pinyin.notation.PinyinInput;
import io.github.zhreader.pinyin.notation.Syllables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Turns what a user searches for into a {@link QueryPlan} on the sentences' fields ({@link LibrarySchema}): Chinese
 * as substrings with whole words ranked first, pinyin as a phrase of syllables with or without tones, English as
 * stemmed words and quoted phrases. Each part of the query is analysed here, once, by the analyzer of the field it
 * searches, so the plan holds the very terms the index holds. Thread-safe.
 */
final class LibraryQueries {

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
    private static final Analyzer ENGLISH = new EnglishAnalyzer();
    private static final Analyzer BIGRAMS = Analyzers.bigrams();
    private static final Analyzer CHARACTERS = Analyzers.characters();
    private static final Analyzer WHITESPACE = Analyzers.whitespace();

    private final ChineseReader reader;

    /** Queries whose Chinese is segmented and folded to simplified characters by {@code reader}. */
    LibraryQueries(ChineseReader reader) {
        this.reader = reader;
    }

    /** The plan that matches the sentences with {@code text}, read as {@code kind}. */
    QueryPlan match(QueryKind kind, String text) {
        return switch (kind) {
            case CHINESE -> chinese(text);
            case PINYIN -> pinyin(text);
            case ENGLISH -> english(text);
        };
    }

    private QueryPlan chinese(String q) {
        List<String> terms = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(q);
        while (quoted.find()) terms.add(quoted.group(1).strip());
        for (String part : QUOTED.matcher(q).replaceAll(" ").split("\\s+")) {
            if (!part.isBlank()) terms.add(part);
        }
        List<QueryPlan> all = new ArrayList<>();
        for (String written : terms) {
            // Folded to simplified characters as the index is: 總統 and 总统 find each other.
            String term = reader.toSimplified(written);
            Optional<QueryPlan> substring = term.codePointCount(0, term.length()) == 1
                    ? anyTerm(CHARACTERS, Analyzers.CHARACTERS, term)
                    : phrase(BIGRAMS, Analyzers.BIGRAMS, term);
            if (substring.isEmpty()) continue;
            // The term occurs as written, or as a phrase with words inside (薅羊毛 in 薅了羊毛).
            QueryPlan occurs = new QueryPlan.Bool(
                    List.of(),
                    List.of(substring.get(), new QueryPlan.Term(Analyzers.PHRASES, term.toLowerCase(Locale.ROOT))));
            List<String> words = reader.annotate(term)
                    .tokens()
                    .filter(t -> t.type() != TokenType.PUNCTUATION)
                    .map(t -> t.text().toLowerCase(Locale.ROOT))
                    .toList();
            // Sentences where the segmenter found the same words rank first.
            List<QueryPlan> whole = phrase(WHITESPACE, Analyzers.WORDS, String.join(" ", words))
                    .<QueryPlan>map(p -> new QueryPlan.Boost(p, 4f))
                    .stream()
                    .toList();
            all.add(new QueryPlan.Bool(List.of(occurs), whole));
        }
        return all.isEmpty() ? new QueryPlan.Nothing() : new QueryPlan.Bool(all, List.of());
    }

    private static QueryPlan pinyin(String q) {
        Optional<String> compact = PinyinInput.compact(q.replace("\"", ""));
        Optional<List<String>> syllables = compact.flatMap(PinyinInput::split);
        if (syllables.isEmpty() || syllables.get().isEmpty()) return new QueryPlan.Nothing();
        boolean tones = PinyinInput.hasTones(compact.get());
        List<String> terms = syllables.get().stream()
                .map(s -> tones ? (Character.isDigit(s.charAt(s.length() - 1)) ? s : s + "5") : Syllables.toneless(s))
                .toList();
        String field = tones ? Analyzers.PINYIN_TONES : Analyzers.PINYIN;
        if (terms.size() == 1) return new QueryPlan.Term(field, terms.get(0));
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) positions.add(i);
        return new QueryPlan.Phrase(field, terms, positions);
    }

    private static QueryPlan english(String q) {
        List<QueryPlan> must = new ArrayList<>();
        List<QueryPlan> should = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(q);
        while (quoted.find())
            phrase(ENGLISH, Analyzers.ENGLISH, quoted.group(1)).ifPresent(must::add);
        String rest = QUOTED.matcher(q).replaceAll(" ").strip();
        Optional<QueryPlan> words = everyTerm(ENGLISH, Analyzers.ENGLISH, rest);
        if (words.isPresent()) {
            must.add(words.get());
            // The words in the order written rank first.
            phrase(ENGLISH, Analyzers.ENGLISH, rest).ifPresent(p -> should.add(new QueryPlan.Boost(p, 2f)));
        }
        return must.isEmpty() ? new QueryPlan.Nothing() : new QueryPlan.Bool(must, should);
    }

    /** The terms of {@code text} as a phrase (one term alone, if only one); empty when it has none. */
    private static Optional<QueryPlan> phrase(Analyzer analyzer, String field, String text) {
        Analysed a = analyse(analyzer, field, text);
        if (a.terms.isEmpty()) return Optional.empty();
        if (a.terms.size() == 1) return Optional.of(new QueryPlan.Term(field, a.terms.get(0)));
        return Optional.of(new QueryPlan.Phrase(field, a.terms, a.positions));
    }

    /** Every term of {@code text} required (one term alone, if only one); empty when it has none. */
    private static Optional<QueryPlan> everyTerm(Analyzer analyzer, String field, String text) {
        return terms(analyzer, field, text, true);
    }

    /** Any term of {@code text} (one term alone, if only one); empty when it has none. */
    private static Optional<QueryPlan> anyTerm(Analyzer analyzer, String field, String text) {
        return terms(analyzer, field, text, false);
    }

    private static Optional<QueryPlan> terms(Analyzer analyzer, String field, String text, boolean every) {
        Analysed a = analyse(analyzer, field, text);
        if (a.terms.isEmpty()) return Optional.empty();
        if (a.terms.size() == 1) return Optional.of(new QueryPlan.Term(field, a.terms.get(0)));
        List<QueryPlan> clauses = a.terms.stream()
                .<QueryPlan>map(t -> new QueryPlan.Term(field, t))
                .toList();
        return Optional.of(every ? new QueryPlan.Bool(clauses, List.of()) : new QueryPlan.Bool(List.of(), clauses));
    }

    /** The terms an analyzer makes of a text, and their positions. */
    private record Analysed(List<String> terms, List<Integer> positions) {}

    private static Analysed analyse(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                // No analyzer of the library stacks two terms at one position; if one ever did, the later term
                // would take the next position rather than make a phrase that cannot match.
                position += Math.max(1, increment.getPositionIncrement());
                terms.add(term.toString());
                positions.add(position);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Analysed(terms, positions);
    }
}
