package io.github.zhreader.lexicon;

import io.github.zhreader.pinyin.notation.PinyinInput;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Finds dictionary entries by pinyin or by English, scanning the dictionary once per query (a few tens of
 * milliseconds for CC-CEDICT), which suits an interactive look-up; nothing is indexed in memory.
 *
 * <p>Immutable and thread-safe.
 */
public final class DictionarySearch {

    private final CedictDictionary dictionary;

    /** Searches {@code dictionary}. */
    public DictionarySearch(CedictDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /**
     * Entries whose whole reading matches the pinyin query, with or without tones and spaces ({@code yinhang},
     * {@code yin2 hang2}, {@code yínháng}); common words before names, then shorter headwords first.
     * Empty when the query is not pinyin.
     */
    public List<CedictEntry> byPinyin(String query, int limit) {
        Optional<Predicate<List<String>>> matches = PinyinInput.readingMatcher(query);
        if (matches.isEmpty()) return List.of();
        return dictionary
                .entries()
                .filter(e -> matches.get().test(e.syllables()))
                .sorted(Comparator.comparing(CedictEntry::properNoun)
                        .thenComparingInt(e -> e.simplified().length()))
                .limit(limit)
                .toList();
    }

    /**
     * Entries with a sense that contains the English query as whole words, ignoring case: a sense that is exactly
     * the query ranks first ("bank", "to bank"), then senses that start with it, then shorter senses.
     */
    public List<CedictEntry> byEnglish(String query, int limit) {
        String q = query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) return List.of();
        Pattern word = wholeWords(q);
        List<Scored> found = new ArrayList<>();
        dictionary.entries().forEach(e -> {
            int best = Integer.MAX_VALUE;
            for (String sense : e.definitions()) {
                if (!word.matcher(sense).find()) continue;
                String s = sense.toLowerCase(Locale.ROOT)
                        .replaceAll("\\s*\\([^)]*\\)\\s*", " ")
                        .strip();
                if (s.startsWith("to ")) s = s.substring(3);
                int score = s.equals(q) ? 0 : s.startsWith(q) ? 1_000 : 2_000;
                best = Math.min(best, score + sense.length());
            }
            if (best != Integer.MAX_VALUE) found.add(new Scored(e, best + (e.properNoun() ? 5_000 : 0)));
        });
        found.sort(Comparator.comparingInt(Scored::score));
        return found.stream().limit(limit).map(Scored::entry).toList();
    }

    /** A pattern that finds {@code words} as whole words, ignoring case. */
    public static Pattern wholeWords(String words) {
        return Pattern.compile(
                "(?<![\\p{L}\\p{N}])" + Pattern.quote(words.strip()) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private record Scored(CedictEntry entry, int score) {}
}
