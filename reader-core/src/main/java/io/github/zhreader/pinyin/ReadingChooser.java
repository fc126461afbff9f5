package io.github.zhreader.pinyin;

import io.github.zhreader.lexicon.CedictEntry;
import io.github.zhreader.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * Chooses the numbered syllables of a token, one small named rule at a time, and says which rule chose each
 * syllable. In order: the word's reading in the lexicon (a proper-noun reading only for names); for a word the
 * lexicon lacks, the readings of the dictionary words inside it and a surname's reading at the start of a personal
 * name; for a character standing alone, its part of speech (了 le5 as an aspect particle, 还 hai2 as an adverb, 钉
 * ding4 as a verb) and its classifier reading; then, from the sentence around it, a transliteration's reading (塞
 * sai4 beside 尔 or 维), a reading after numbers (八卷 juan4) and a function word's reading beside particular words
 * (还 huan2 before 了); and last the character's most common reading.
 *
 * <p>The choice runs in two phases, each a class of its own: {@link WordReadings} reads a word by itself, once
 * per word and tag, and {@link SentenceReadings} revises that reading token by token from the sentence.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReadingChooser {

    /** The syllable given to a Han character no source knows a reading for. */
    public static final String UNKNOWN = "?";

    /** The rules that choose readings, named for the debug view ({@code zhreader annotate --explain-pinyin}). */
    public enum Rule {
        /** The reading of a curated glossary entry. */
        GLOSSARY("glossary word"),
        /** The reading of the word in the dictionary. */
        DICTIONARY_WORD("dictionary word"),
        /** The one reading of the traditional form the text writes (隻 zhi1, where 只 is also zhi3). */
        WRITTEN_FORM("traditional form written"),
        /** The reading of a word the dictionary lacks, from HanLP's pinyin table. */
        READING_TABLE_WORD("word in HanLP's pinyin table"),
        /** The reading of a dictionary word inside a longer word the dictionary lacks. */
        WORD_PART("dictionary word inside an unknown word"),
        /** A particle, adverb or verb read by its part of speech (了 le5, 还 hai2, 钉 ding4). */
        PART_OF_SPEECH("part of speech"),
        /** A measure word's reading (一幢 zhuang4). */
        CLASSIFIER("classifier"),
        /** The first character of a personal name read as a surname (翟 zhai2). */
        SURNAME("surname"),
        /** A character spelling out a foreign name (塞 sai4 beside 尔, 维 or 亚). */
        TRANSLITERATION("transliteration"),
        /** A character naming a place or an old state before a unit or a title (蔚州 yu4, 燕王 yan1). */
        PLACE_NAME("name of a place or a state"),
        /** A character read by the words next to it (还 before 了 is huan2: 他还了钱). */
        NEIGHBOURS("neighbouring words"),
        /** A part of a separable word found with other words inside, read as in the word (上了他的当 dang4). */
        SEPARABLE_WORD("separable word"),
        /** A reduplicated form read as its base word (干干净净 as 干净 gan1 jing4). */
        REDUPLICATION("reduplicated word"),
        /** A directional complement after a verb, read and glossed as the dictionary's suffix (看起来 qi5 lai5). */
        COMPLEMENT("complement after a verb"),
        /** A character read by the grammar around it (得 before a verb is dei3: 我得去). */
        GRAMMAR("grammar of the neighbours"),
        /** The reading in a dictionary word across the segmenter's cut (攒 in 人头/攒/动 as in 攒动). */
        ACROSS_TOKENS("dictionary word across tokens"),
        /** A character read by the number before it (第八卷 juan4, 四十弄 long4). */
        AFTER_NUMBER("after a number"),
        /** The reading of the sense that the sense table chose for the sentence (予观夫 fu2 "this"). */
        SENSE("the sense the sentence calls for"),
        /** The character's most common reading. */
        COMMON("most common reading"),
        /** No table knows the character. */
        NONE("no reading known");

        private final String description;

        Rule(String description) {
            this.description = description;
        }

        /** A few words saying what the rule does, for the debug view. */
        public String description() {
            return description;
        }
    }

    /** One syllable and the rule that chose it. */
    public record Choice(String syllable, Rule rule) {
        // Written out: a record's generated methods link a method handle on first use, which showed in start-up.
        @Override
        public boolean equals(Object o) {
            return o instanceof Choice c && syllable.equals(c.syllable) && rule == c.rule;
        }

        @Override
        public int hashCode() {
            return syllable.hashCode() * 31 + rule.hashCode();
        }
    }

    /** The word lists of the reading rules, by section ({@code reading-context-words.txt}). */
    static final WordLists CONTEXT_WORDS = WordLists.load("reading-context-words.txt");

    /**
     * Characters that mostly spell out foreign names (尔 in 托尔金, 斯 in 希什曼斯): a polyphone beside one of them, and
     * not inside a dictionary word, takes its transliteration reading.
     */
    public static final String TRANSLITERATION_MARKS = CONTEXT_WORDS.characters("transliteration-marks");

    /** Whether a character mostly spells out foreign names (尔, 斯, 萨). */
    public static boolean isTransliterationMark(int cp) {
        return cp < 0x10000 && TRANSLITERATION_MARKS.indexOf(cp) >= 0;
    }

    private final WordReadings words;
    private final SentenceReadings inSentence;

    /** Chooses readings from {@code lexicon}, with {@code characters} for per-character readings. */
    public ReadingChooser(Lexicon lexicon, CharacterReadings characters) {
        this.words = new WordReadings(lexicon, characters);
        this.inSentence = new SentenceReadings(lexicon, characters, words);
    }

    /**
     * The syllables of a token of Han characters, one per character, lower-case and numbered.
     *
     * @param word    the token, made only of Han characters
     * @param tag     its part-of-speech tag, empty when unknown
     * @param entries its lexicon entries (possibly empty)
     */
    public List<String> choose(String word, String tag, List<CedictEntry> entries) {
        return explain(word, tag, entries).stream().map(Choice::syllable).toList();
    }

    /** As {@link #choose}, with the rule that chose each syllable; the sentence around the word is not consulted. */
    public List<Choice> explain(String word, String tag, List<CedictEntry> entries) {
        return words.explain(word, tag, entries);
    }

    /** Marks syllables as chosen by the traditional form the text writes. */
    public static List<Choice> fromWrittenForm(List<String> syllables) {
        return all(syllables, Rule.WRITTEN_FORM);
    }

    /** Marks glossary syllables as chosen by the glossary rule. */
    public static List<Choice> fromGlossary(List<String> syllables) {
        return all(syllables, Rule.GLOSSARY);
    }

    /**
     * Revises the choices of a token from the sentence around it: characters chosen only by their common, surname,
     * part-of-speech or classifier reading take their transliteration reading beside characters that spell out
     * foreign names, their after-a-number reading after a number, a function word's reading beside particular
     * words, or their reading in a dictionary word the segmenter cut across. Returns {@code chosen} itself when
     * nothing changes, which is the common case and allocates nothing.
     *
     * @param sentence the sentence, in simplified characters
     * @param start    where the token starts in {@code sentence}
     * @param end      where it ends
     * @param cuts     the offsets in {@code sentence} where its tokens start and end
     * @param tag      the token's part-of-speech tag
     * @param chosen   the token's choices from {@link #explain}
     */
    public List<Choice> inContext(String sentence, int start, int end, BitSet cuts, String tag, List<Choice> chosen) {
        return inContext(sentence, start, end, cuts, null, tag, chosen);
    }

    /**
     * As {@link #inContext(String, int, int, BitSet, String, List)}, with the tags of the sentence's tokens:
     * {@code tags[i]} is the tag of the token that starts at offset {@code i}, {@code null} where none starts; may be
     * {@code null}, and the rules that look at the neighbours' parts of speech then stay silent.
     */
    public List<Choice> inContext(
            String sentence, int start, int end, BitSet cuts, String[] tags, String tag, List<Choice> chosen) {
        return inSentence.inContext(sentence, start, end, cuts, tags, tag, chosen);
    }

    static List<Choice> all(List<String> syllables, Rule rule) {
        List<Choice> choices = new ArrayList<>(syllables.size());
        for (String s : syllables) choices.add(new Choice(s.toLowerCase(Locale.ROOT), rule));
        return List.copyOf(choices);
    }
}
