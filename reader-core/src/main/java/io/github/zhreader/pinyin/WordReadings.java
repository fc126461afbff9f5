package io.github.zhreader.pinyin;

import io.github.zhreader.ZhReaderException;
import io.github.zhreader.lexicon.CedictEntry;
import io.github.zhreader.lexicon.Lexicon;
import io.github.zhreader.pinyin.ReadingChooser.Choice;
import io.github.zhreader.pinyin.ReadingChooser.Rule;
import io.github.zhreader.segment.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The word phase of the reading choice: the syllables a word gets from itself alone (its dictionary entries, its
 * part of speech, the reading table, its characters' common readings), before {@link SentenceReadings} looks at
 * the sentence around it. Rules: see {@link ReadingChooser}. Thread-safe.
 */
final class WordReadings {

    /** Characters that a personal name's second character is almost never: 曾在 is "once at", not a name. */
    static final String NOT_IN_NAMES = ReadingChooser.CONTEXT_WORDS.characters("not-in-names");

    private final Lexicon lexicon;
    private final CharacterReadings characters;

    WordReadings(Lexicon lexicon, CharacterReadings characters) {
        this.lexicon = lexicon;
        this.characters = characters;
    }

    /** See {@link ReadingChooser#explain}. */
    List<Choice> explain(String word, String tag, List<CedictEntry> entries) {
        int count = word.codePointCount(0, word.length());
        if (count == 1) return List.of(characterReading(word.codePointAt(0), tag, entries));
        // A time word may be a dynasty (明朝 Ming2 chao2), which the dictionary lists as a proper noun.
        CedictEntry best = bestEntry(entries, count, Tags.isTime(tag) ? null : Tags.isName(tag), tag);
        if (best != null) return ReadingChooser.all(best.syllables(), Rule.DICTIONARY_WORD);
        Optional<List<String>> table = characters.wordReading(word);
        if (table.isPresent()) return ReadingChooser.all(table.get(), Rule.READING_TABLE_WORD);
        return List.copyOf(unknownWord(word, tag));
    }

    /**
     * Readings of function words decided by part of speech: key is the character and the first letters of the tag
     * (PKU tag set, as HanLP writes it), tried from the longest tag prefix to the shortest. Content characters read
     * by part of speech are in the character table.
     */
    private static final Map<String, String> BY_TAG = loadReadingsByTag("readings-by-tag.txt");

    /**
     * Words whose everyday sense is the dictionary's neutral-tone reading (东西 dōngxi "thing", not dōngxī "east and
     * west"); other words with both prefer the full tones (精神 jīngshén, 过去 guòqù).
     */
    private static final Set<String> NEUTRAL_TONE_WORDS = loadWords("neutral-tone-words.txt");

    /**
     * The syllables of a word the lexicon does not know: the readings of the longest lexicon words inside it
     * (越桔 in 臭越桔), a surname's reading for the first character of a Chinese personal name, and each other
     * character's most common reading.
     */
    private List<Choice> unknownWord(String word, String tag) {
        List<Choice> result = new ArrayList<>();
        boolean name = Tags.isName(tag);
        int i = 0;
        while (i < word.length()) {
            int end = lexicon.longestWordEnd(
                    word, i, word.length(), w -> !lexicon.lookup(w).isEmpty());
            if (end > i + Character.charCount(word.codePointAt(i))) {
                String part = word.substring(i, end);
                CedictEntry best = bestEntry(lexicon.lookup(part), part.codePointCount(0, part.length()), name);
                if (best != null) {
                    result.addAll(ReadingChooser.all(best.syllables(), Rule.WORD_PART));
                    i = end;
                    continue;
                }
            }
            int cp = word.codePointAt(i);
            Optional<String> surname = i == 0 && isPersonalName(word, tag) ? surnameReading(cp) : Optional.empty();
            // The last character after a dictionary word reads as a suffix where it has a suffix reading (贡献率 lv4).
            boolean suffix = surname.isEmpty()
                    && i > 0
                    && i + Character.charCount(cp) == word.length()
                    && !name
                    && !result.isEmpty()
                    && result.get(result.size() - 1).rule() == Rule.WORD_PART;
            // 地 closing an adverb the segmenter wrote as one word (远远地, 轻轻地) is the particle.
            Optional<String> asSuffix = !suffix
                    ? Optional.empty()
                    : cp == '地' && (Tags.isStateWord(tag) || Tags.isAdverb(tag))
                            ? Optional.of("de5")
                            : characters.asWord(cp, "k");
            // A given name's characters take their reading in names (杨侗 tong2); the last character of a noun,
            // its head, its reading as a noun (石缝 feng4, 包子铺 pu4).
            boolean last = i + Character.charCount(cp) == word.length();
            Optional<String> byRole = i > 0 && isPersonalName(word, tag)
                    ? characters.asWord(cp, "nr")
                    : last && i > 0 && !name && Tags.isNoun(tag) ? characters.asWord(cp, "n") : Optional.empty();
            result.add(surname.map(s -> new Choice(s, Rule.SURNAME))
                    .or(() -> asSuffix.map(s -> new Choice(s, Rule.WORD_PART)))
                    .or(() -> byRole.map(s -> new Choice(s, Rule.PART_OF_SPEECH)))
                    .orElseGet(() -> commonReading(cp)));
            i += Character.charCount(cp);
        }
        return result;
    }

    /** {@code true} for a Chinese personal name whose second character could be part of a name (not 曾在). */
    private static boolean isPersonalName(String word, String tag) {
        if (!Tags.isPersonName(tag) || Tags.isTransliteratedName(tag)) return false;
        int second = word.offsetByCodePoints(0, 1);
        return second >= word.length() || NOT_IN_NAMES.indexOf(word.codePointAt(second)) < 0;
    }

    /**
     * The reading of a character as a surname: our table's, else the dictionary's surname entry (翟 zhai2, 褚 chu3).
     */
    private Optional<String> surnameReading(int cp) {
        return characters
                .surname(cp)
                .or(() -> lexicon.lookup(new String(Character.toChars(cp))).stream()
                        .filter(e -> e.properNoun()
                                && e.syllables().size() == 1
                                && e.definitions().stream().anyMatch(d -> d.startsWith("surname")))
                        .map(e -> e.syllables().get(0).toLowerCase(Locale.ROOT))
                        .findFirst());
    }

    /**
     * The entry whose reading fits best: one syllable per character, a proper-noun reading only when the token is
     * a name (or the word has no other; {@code name} {@code null} takes either alike), and among several readings the
     * one made of the characters' most common readings.
     */
    CedictEntry bestEntry(List<CedictEntry> entries, int syllableCount, Boolean name) {
        return bestEntry(entries, syllableCount, name, null);
    }

    /** As {@link #bestEntry(List, int, Boolean)}, for a word of several characters with this tag (or null). */
    CedictEntry bestEntry(List<CedictEntry> entries, int syllableCount, Boolean name, String tag) {
        CedictEntry best = null;
        int bestScore = Integer.MAX_VALUE;
        // Of several readings of one word, the one HanLP's pinyin table gives the word is its everyday one (空地
        // kong4 di4 "open ground", not kong1 di4 "air-to-surface"; 同行 tong2 hang2 "peer").
        // A reading whose senses do not fit the part of speech comes after one whose do (结果 as a noun is jie2 guo3
        // "result", not jie1 guo3 "to bear fruit").
        List<String> table = List.of();
        String first = null;
        boolean several = false;
        for (CedictEntry e : entries) {
            if (syllableCount < 2) break;
            if (e.syllables().size() != syllableCount) continue;
            if (first == null) {
                first = e.syllables().toString();
            } else if (!first.equals(e.syllables().toString())) {
                table = characters.wordReading(e.simplified()).orElse(List.of());
                several = true;
                break;
            }
        }
        for (CedictEntry e : entries) {
            List<String> syllables = e.syllables();
            if (syllables.size() != syllableCount) continue;
            int score = name == null || e.properNoun() == name ? 0 : 1_000;
            score += commonness(e.simplified(), syllables);
            if (sameSyllables(table, syllables)) score -= WORD_TABLE_BONUS;
            if (several && tag != null && !fitsPartOfSpeech(e, tag)) score += MISFIT;
            if (several && namesOtherReading(e, entries)) score -= ALSO_PRONOUNCED_BONUS;
            if (NEUTRAL_TONE_WORDS.contains(e.simplified())
                    && syllables.stream().anyMatch(x -> x.endsWith("5"))) {
                score -= 100;
            }
            if (score < bestScore) {
                best = e;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * Whether an entry notes that its senses are "also pr." as another entry of the word reads: the dictionary names
     * its own reading the usual one (大都 da4 dou1 "for the most part, also pr. [da4 du1]").
     */
    private static boolean namesOtherReading(CedictEntry e, List<CedictEntry> entries) {
        for (String d : e.definitions()) {
            if (!d.startsWith("also pr. [")) continue;
            int close = d.indexOf(']');
            if (close < 0) continue;
            String other = d.substring("also pr. [".length(), close).toLowerCase(Locale.ROOT);
            for (CedictEntry f : entries) {
                if (f != e
                        && String.join(" ", f.syllables())
                                .toLowerCase(Locale.ROOT)
                                .equals(other)) return true;
            }
        }
        return false;
    }

    /** How much an entry that names another entry's reading as "also pr." counts over that entry. */
    static final int ALSO_PRONOUNCED_BONUS = 40;

    /** How much a reading whose senses do not fit the word's part of speech counts against it. */
    static final int MISFIT = 40;

    /**
     * Whether an entry's senses fit a part of speech: a noun's or an adjective's entry has a sense that is not a
     * verb's ("to …"; 好吃 as an adjective is hao3 chi1 "tasty", not hao4 chi1 "to be fond of eating"), a verb's entry
     * a verb's sense; any entry fits other tags.
     */
    private static boolean fitsPartOfSpeech(CedictEntry e, String tag) {
        boolean noun = Tags.isNoun(tag) && !Tags.isName(tag) || Tags.isAdjective(tag);
        boolean verb = Tags.isVerb(tag) && !Tags.isVerbalNoun(tag);
        if (!noun && !verb) return true;
        for (String d : e.definitions()) {
            if (CedictEntry.withoutLabels(d).startsWith("to ") == verb) return true;
        }
        return false;
    }

    /** How much a reading HanLP's pinyin table gives the word counts over the characters' usual readings. */
    static final int WORD_TABLE_BONUS = 30;

    /** Whether two lists of numbered syllables are the same, ignoring case (a name's capital). */
    private static boolean sameSyllables(List<String> a, List<String> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (!a.get(i).equalsIgnoreCase(b.get(i))) return false;
        return true;
    }

    /** The sum, over characters, of the rank of the syllable among the character's readings (0 for the first). */
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

    /**
     * A character that is a word on its own: by part of speech, as a classifier, as a name the dictionary knows, or
     * by its most common reading: our table's when it orders the character's readings, else the most common of the
     * dictionary's readings of it (which leaves out readings only names have).
     */
    private Choice characterReading(int cp, String tag, List<CedictEntry> entries) {
        String byTag = tagReading(new String(Character.toChars(cp)), tag);
        if (byTag != null) return new Choice(byTag, Rule.PART_OF_SPEECH);
        // A measure word's reading waits for the number before it (inContext): the tagger also calls q many
        // characters of names and compounds it could not place (补阙, 新宿).
        Optional<String> asWord =
                tag.isEmpty() || Tags.isClassifier(tag) ? Optional.empty() : characters.asWord(cp, tag);
        if (asWord.isPresent()) return new Choice(asWord.get(), Rule.PART_OF_SPEECH);
        CedictEntry best = bestEntry(entries, 1, Tags.isName(tag));
        if (best == null || (characters.hasOrder(cp) && !(best.properNoun() && Tags.isName(tag))))
            return commonReading(cp);
        String syllable = best.syllables().get(0).toLowerCase(Locale.ROOT);
        return new Choice(syllable, best.properNoun() && Tags.isName(tag) ? Rule.DICTIONARY_WORD : Rule.COMMON);
    }

    /** The character's most common reading, else the dictionary's reading of it, else {@link #ReadingChooser.UNKNOWN}. */
    Choice commonReading(int cp) {
        List<String> readings = characters.readings(cp);
        if (!readings.isEmpty()) return new Choice(readings.get(0), Rule.COMMON);
        CedictEntry entry = bestEntry(lexicon.lookup(new String(Character.toChars(cp))), 1, false);
        return entry == null
                ? new Choice(ReadingChooser.UNKNOWN, Rule.NONE)
                : new Choice(entry.syllables().get(0).toLowerCase(Locale.ROOT), Rule.COMMON);
    }

    private static String tagReading(String character, String tag) {
        for (int len = tag.length(); len >= 1; len--) {
            String reading = BY_TAG.get(character + "/" + tag.substring(0, len));
            if (reading != null) return reading;
        }
        return null;
    }

    /** Reads {@code CHARACTER<TAB>TAG<TAB>READING} lines into a map keyed {@code CHARACTER/TAG}. */
    private static Map<String, String> loadReadingsByTag(String name) {
        Map<String, String> byTag = new java.util.HashMap<>();
        for (String line : WordLists.lines(name, false)) {
            String[] f = line.split("\t");
            if (f.length != 3) throw new ZhReaderException(name + ": not CHARACTER<TAB>TAG<TAB>READING: " + line);
            byTag.put(f[0] + "/" + f[1], f[2]);
        }
        return Map.copyOf(byTag);
    }

    private static Set<String> loadWords(String name) {
        return Set.copyOf(WordLists.lines(name, false));
    }
}
