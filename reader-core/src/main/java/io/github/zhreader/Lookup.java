package io.github.zhreader;

import io.github.zhreader.lexicon.CedictEntry;
import io.github.zhreader.lexicon.DictionarySearch;
import io.github.zhreader.lexicon.GlossaryEntry;
import io.github.zhreader.lexicon.Lexicon;
import io.github.zhreader.pinyin.notation.PinyinInput;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Dictionary look-up by headword, pinyin or English ({@link ChineseReader#lookup(String, int)}): the glossaries'
 * entries first, then CC-CEDICT's. Thread-safe.
 */
final class Lookup {

    private final Lexicon lexicon;
    private final DictionarySearch search;

    Lookup(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.search = new DictionarySearch(lexicon.cedict());
    }

    List<Gloss> lookup(String query, int limit) {
        QueryKind.Parsed parsed = QueryKind.parse(query);
        String term = parsed.text();
        List<Gloss> result = new ArrayList<>();
        // Without a prefix, a query not written in characters is tried as pinyin, then as English when no word
        // reads so: look-up goes by what the dictionary has (an English word may spell syllables: "men").
        QueryKind kind = parsed.forced() || parsed.kind() == QueryKind.CHINESE ? parsed.kind() : QueryKind.PINYIN;
        List<CedictEntry> entries = switch (kind) {
            case CHINESE -> {
                lexicon.glossaryEntry(term).ifPresent(e -> result.add(e.toGloss()));
                yield lexicon.lookup(term);
            }
            case PINYIN -> {
                List<Gloss> curatedByPinyin = glossaryByPinyin(term);
                List<CedictEntry> byPinyin = search.byPinyin(term, limit);
                if (parsed.forced() || !curatedByPinyin.isEmpty() || !byPinyin.isEmpty()) {
                    result.addAll(curatedByPinyin);
                    yield byPinyin;
                }
                result.addAll(glossaryByEnglish(term));
                yield search.byEnglish(term, limit);
            }
            case ENGLISH -> {
                result.addAll(glossaryByEnglish(term));
                yield search.byEnglish(term, limit);
            }
        };
        entries.stream().map(lexicon::gloss).forEach(result::add);
        return result.stream().limit(limit).toList();
    }

    /** Glossary entries whose whole reading matches a pinyin query, with or without tones. */
    private List<Gloss> glossaryByPinyin(String query) {
        return PinyinInput.readingMatcher(query)
                .map(matches -> glossaryEntries()
                        .filter(e -> matches.test(e.syllables()))
                        .map(GlossaryEntry::toGloss)
                        .toList())
                .orElse(List.of());
    }

    /** Glossary entries whose meanings or literal meaning contain the English query as whole words. */
    private List<Gloss> glossaryByEnglish(String query) {
        Pattern words = DictionarySearch.wholeWords(query);
        return glossaryEntries()
                .filter(e ->
                        e.meanings().stream().anyMatch(m -> words.matcher(m).find())
                                || words.matcher(e.literal()).find())
                .map(GlossaryEntry::toGloss)
                .toList();
    }

    /** Every glossary entry once, the first glossary's first where several explain a word. */
    private Stream<GlossaryEntry> glossaryEntries() {
        Set<String> seen = new HashSet<>();
        return lexicon.glossaries().stream().flatMap(g -> g.entries().stream()).filter(e -> seen.add(e.simplified()));
    }
}
