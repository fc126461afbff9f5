package io.github.zhreader.pinyin;

import io.github.zhreader.lexicon.CedictEntry;
import io.github.zhreader.lexicon.Lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses the numbered syllables of a token: the word's reading in the lexicon when it has one (a proper-noun
 * reading only for names), then per-character readings, where part of speech settles the common particles and
 * adverbs (了 le5 as an aspect particle, 还 hai2 as an adverb) and pinyin4j's most common reading settles the rest.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReadingChooser {

    /** The syllable given to a Han character no source knows a reading for. */
    public static final String UNKNOWN = "?";

    /**
     * Readings decided by part of speech: key is the character and the first letters of the tag (PKU tag set, as
     * HanLP writes it), tried from the longest tag prefix to the shortest.
     */
    private static final Map<String, String> BY_TAG = Map.ofEntries(
            Map.entry("的/u", "de5"), Map.entry("了/u", "le5"), Map.entry("着/u", "zhe5"), Map.entry("著/u", "zhe5"),
            Map.entry("得/u", "de5"), Map.entry("地/u", "de5"), Map.entry("过/u", "guo5"),
            Map.entry("吧/y", "ba5"), Map.entry("呢/y", "ne5"), Map.entry("吗/y", "ma5"),
            Map.entry("啊/y", "a5"), Map.entry("么/y", "me5"), Map.entry("了/y", "le5"),
            Map.entry("还/d", "hai2"), Map.entry("还/v", "huan2"),
            Map.entry("得/v", "de2"), Map.entry("为/p", "wei4"), Map.entry("为/v", "wei2"),
            Map.entry("都/d", "dou1"), Map.entry("长/a", "chang2"), Map.entry("长/v", "zhang3"),
            Map.entry("长/n", "zhang3"), Map.entry("行/v", "xing2"), Map.entry("行/a", "xing2"),
            Map.entry("只/d", "zhi3"), Map.entry("只/q", "zhi1"), Map.entry("和/c", "he2"),
            Map.entry("和/p", "he2"), Map.entry("地/n", "di4"), Map.entry("着/v", "zhao2"),
            Map.entry("重/a", "zhong4"), Map.entry("重/d", "chong2"), Map.entry("好/a", "hao3"),
            Map.entry("好/v", "hao4"), Map.entry("好/d", "hao3"), Map.entry("要/v", "yao4"),
            Map.entry("要/d", "yao4"), Map.entry("少/a", "shao3"), Map.entry("中/f", "zhong1"),
            Map.entry("种/q", "zhong3"), Map.entry("种/v", "zhong4"), Map.entry("当/p", "dang1"),
            Map.entry("数/v", "shu3"), Map.entry("数/m", "shu4"), Map.entry("差/a", "cha4"),
            Map.entry("便/d", "bian4"), Map.entry("空/a", "kong1"), Map.entry("几/m", "ji3"),
            Map.entry("个/q", "ge4"), Map.entry("个/y", "ge5"), Map.entry("一/m", "yi1"));

    private final Lexicon lexicon;
    private final CharacterReadings characters;

    /** Chooses readings from {@code lexicon}, with {@code characters} for per-character readings. */
    public ReadingChooser(Lexicon lexicon, CharacterReadings characters) {
        this.lexicon = lexicon;
        this.characters = characters;
    }

    /**
     * The syllables of a token of Han characters, one per character, lower-case and numbered.
     *
     * @param word    the token, made only of Han characters
     * @param tag     its part-of-speech tag, empty when unknown
     * @param entries its lexicon entries (possibly empty)
     */
    public List<String> choose(String word, String tag, List<CedictEntry> entries) {
        int count = word.codePointCount(0, word.length());
        if (count == 1 && tag.startsWith("q")) return List.of(characterReading(word.codePointAt(0), tag));
        if (count > 1 || tagReading(word, tag) == null) {
            CedictEntry best = bestEntry(entries, count, isName(tag));
            if (best != null) return lowerCase(best.syllables());
        }
        if (count == 1) return List.of(characterReading(word.codePointAt(0), tag));
        return List.copyOf(unknownWord(word, tag));
    }

    /**
     * The syllables of a word the lexicon does not know: the readings of the longest lexicon words inside it
     * (越桔 in 臭越桔), a surname's reading for the first character of a Chinese personal name, and each other
     * character's most common reading.
     */
    private List<String> unknownWord(String word, String tag) {
        List<String> result = new ArrayList<>();
        boolean name = isName(tag);
        int i = 0;
        while (i < word.length()) {
            int end = lexicon.longestWordEnd(word, i, word.length(), w -> !lexicon.lookup(w).isEmpty());
            if (end > i + Character.charCount(word.codePointAt(i))) {
                String part = word.substring(i, end);
                CedictEntry best = bestEntry(lexicon.lookup(part), part.codePointCount(0, part.length()), name);
                if (best != null) {
                    result.addAll(lowerCase(best.syllables()));
                    i = end;
                    continue;
                }
            }
            int cp = word.codePointAt(i);
            Optional<String> surname = i == 0 && tag.startsWith("nr") && !tag.startsWith("nrf")
                    ? surnameReading(cp) : Optional.empty();
            result.add(surname.orElseGet(() -> characterReading(cp, "")));
            i += Character.charCount(cp);
        }
        return result;
    }

    /** The reading of a character as a surname, when the dictionary has it as one (翟 zhai2, 褚 chu3). */
    private Optional<String> surnameReading(int cp) {
        return lexicon.lookup(new String(Character.toChars(cp))).stream()
                .filter(e -> e.properNoun() && e.syllables().size() == 1
                        && e.definitions().stream().anyMatch(d -> d.startsWith("surname")))
                .map(e -> e.syllables().get(0).toLowerCase(Locale.ROOT))
                .findFirst();
    }

    /**
     * The entry whose reading fits best: one syllable per character, a proper-noun reading only when the token is
     * a name (or the word has no other), and among several readings the one made of the characters' most common
     * readings.
     */
    CedictEntry bestEntry(List<CedictEntry> entries, int syllableCount, boolean name) {
        CedictEntry best = null;
        int bestScore = Integer.MAX_VALUE;
        for (CedictEntry e : entries) {
            List<String> syllables = e.syllables();
            if (syllables.size() != syllableCount) continue;
            int score = e.properNoun() == name ? 0 : 1_000;
            score += commonness(e.simplified(), syllables);
            if (score < bestScore) {
                best = e;
                bestScore = score;
            }
        }
        return best;
    }

    /** The sum, over characters, of the rank of the syllable among pinyin4j's readings (0 for the first). */
    private int commonness(String word, List<String> syllables) {
        int score = 0;
        int i = 0;
        for (int offset = 0; offset < word.length() && i < syllables.size(); i++) {
            int cp = word.codePointAt(offset);
            offset += Character.charCount(cp);
            List<String> readings = characters.readings(cp);
            int rank = readings.indexOf(syllables.get(i).toLowerCase(Locale.ROOT));
            score += rank < 0 ? 20 : rank;
        }
        return score;
    }

    private String characterReading(int cp, String tag) {
        String character = new String(Character.toChars(cp));
        String byTag = tagReading(character, tag);
        if (byTag != null) return byTag;
        if (tag.startsWith("q")) {
            Optional<String> classifier = lexicon.lookup(character).stream()
                    .filter(e -> e.syllables().size() == 1
                            && e.definitions().stream().anyMatch(d -> d.startsWith("classifier")))
                    .map(e -> e.syllables().get(0).toLowerCase(Locale.ROOT))
                    .findFirst();
            if (classifier.isPresent()) return classifier.get();
        }
        List<String> readings = characters.readings(cp);
        if (!readings.isEmpty()) return readings.get(0);
        CedictEntry entry = bestEntry(lexicon.lookup(character), 1, false);
        return entry == null ? UNKNOWN : lowerCase(entry.syllables()).get(0);
    }

    private static String tagReading(String character, String tag) {
        for (int len = tag.length(); len >= 1; len--) {
            String reading = BY_TAG.get(character + "/" + tag.substring(0, len));
            if (reading != null) return reading;
        }
        return null;
    }

    /** {@code true} for the tags of personal, place and organisation names. */
    public static boolean isName(String tag) {
        return tag.startsWith("nr") || tag.startsWith("ns") || tag.startsWith("nt");
    }

    private static List<String> lowerCase(List<String> syllables) {
        return syllables.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }
}
