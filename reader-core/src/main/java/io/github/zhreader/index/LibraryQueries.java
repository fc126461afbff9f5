package io.github.zhreader.index;

import io.github.zhreader.ChineseReader;
import io.github.zhreader.QueryKind;
import io.github.zhreader.TokenType;
import io.github.zhreader.pinyin.notation.PinyinInput;
import io.github.zhreader.pinyin.notation.Syllables;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns what a user searches for into a Lucene query on the sentences' fields ({@link LibrarySchema}): Chinese as
 * substrings with whole words ranked first, pinyin as a phrase of syllables with or without tones, English as
 * stemmed words and quoted phrases. Thread-safe.
 */
final class LibraryQueries {

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

    private final ChineseReader reader;

    /** Queries whose Chinese is segmented and folded to simplified characters by {@code reader}. */
    LibraryQueries(ChineseReader reader) {
        this.reader = reader;
    }

    /** The query that matches the sentences with {@code text}, read as {@code kind}. */
    Query match(QueryKind kind, String text) {
        return switch (kind) {
            case CHINESE -> chinese(text);
            case PINYIN -> pinyin(text);
            case ENGLISH -> english(text);
        };
    }

    private Query chinese(String q) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        List<String> terms = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(q);
        while (quoted.find()) terms.add(quoted.group(1).strip());
        for (String part : QUOTED.matcher(q).replaceAll(" ").split("\\s+")) {
            if (!part.isBlank()) terms.add(part);
        }
        if (terms.isEmpty()) return new MatchNoDocsQuery();
        for (String written : terms) {
            // Folded to simplified characters as the index is: 總統 and 总统 find each other.
            String term = reader.toSimplified(written);
            Query substring = term.codePointCount(0, term.length()) == 1
                    ? new QueryBuilder(Analyzers.characters()).createBooleanQuery(Analyzers.CHARACTERS, term)
                    : new QueryBuilder(Analyzers.bigrams()).createPhraseQuery(Analyzers.BIGRAMS, term);
            if (substring == null) continue;
            // The term occurs as written, or as a phrase with words inside (薅羊毛 in 薅了羊毛).
            Query occurs = new BooleanQuery.Builder()
                    .add(substring, Occur.SHOULD)
                    .add(new TermQuery(new Term(Analyzers.PHRASES, term.toLowerCase(Locale.ROOT))), Occur.SHOULD)
                    .build();
            BooleanQuery.Builder one = new BooleanQuery.Builder().add(occurs, Occur.MUST);
            List<String> words = reader.annotate(term)
                    .tokens()
                    .filter(t -> t.type() != TokenType.PUNCTUATION)
                    .map(t -> t.text().toLowerCase(Locale.ROOT))
                    .toList();
            if (!words.isEmpty()) {
                one.add(
                        new BoostQuery(new PhraseQuery(Analyzers.WORDS, words.toArray(new String[0])), 4f),
                        Occur.SHOULD);
            }
            all.add(one.build(), Occur.MUST);
        }
        return all.build();
    }

    private static Query pinyin(String q) {
        Optional<String> compact = PinyinInput.compact(q.replace("\"", ""));
        Optional<List<String>> syllables = compact.flatMap(PinyinInput::split);
        if (syllables.isEmpty()) return new MatchNoDocsQuery();
        boolean tones = PinyinInput.hasTones(compact.get());
        List<String> terms = syllables.get().stream()
                .map(s -> tones ? (Character.isDigit(s.charAt(s.length() - 1)) ? s : s + "5") : Syllables.toneless(s))
                .toList();
        return new PhraseQuery(tones ? Analyzers.PINYIN_TONES : Analyzers.PINYIN, terms.toArray(new String[0]));
    }

    private static Query english(String q) {
        QueryBuilder builder = new QueryBuilder(new EnglishAnalyzer());
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        Matcher quoted = QUOTED.matcher(q);
        boolean any = false;
        while (quoted.find()) {
            Query phrase = builder.createPhraseQuery(Analyzers.ENGLISH, quoted.group(1));
            if (phrase != null) {
                all.add(phrase, Occur.MUST);
                any = true;
            }
        }
        String rest = QUOTED.matcher(q).replaceAll(" ").strip();
        if (!rest.isEmpty()) {
            Query words = builder.createBooleanQuery(Analyzers.ENGLISH, rest, Occur.MUST);
            if (words != null) {
                all.add(words, Occur.MUST);
                Query phrase = builder.createPhraseQuery(Analyzers.ENGLISH, rest);
                if (phrase != null) all.add(new BoostQuery(phrase, 2f), Occur.SHOULD);
                any = true;
            }
        }
        return any ? all.build() : new MatchNoDocsQuery();
    }
}
