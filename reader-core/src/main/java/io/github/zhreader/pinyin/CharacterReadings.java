package io.github.zhreader.pinyin;

import io.github.zhreader.pinyin.notation.Syllables;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The readings of single characters as numbered syllables, most common first: 行 gives {@code xing2, hang2,
 * hang4, xing4, heng2}, 给 gives {@code gei3, ji3}.
 *
 * <p>pinyin4j supplies the candidates (its order is not by frequency: it puts 给 ji3 and 长 zhang3 first); the
 * order comes from the single-character lines of HanLP's pinyin table ({@code data/dictionary/pinyin/pinyin.txt}
 * in the HanLP jar, Apache-2.0), which list the common reading first. Readings only one source knows are kept,
 * HanLP's before pinyin4j's. Our own table ({@code character-readings.txt} beside this class) corrects the order
 * where modern usage differs (仆 pu2 before pu1, 翟 zhai2 before di2) and adds the readings a character takes in
 * transliterations of foreign names, as a surname, after a number, or as a word of a given part of speech. The
 * three are merged when reader-core is built ({@link ReadingsTable}).
 *
 * <p>Thread-safe; the tables load once, on first use, and each character's readings are kept once asked for.
 */
public final class CharacterReadings {

    /** Creates the look-up; the tables load on the first call. */
    public CharacterReadings() {}

    private static final class Holder {
        static final ReadingsTable TABLE = ReadingsTable.bundled();
        static final Map<Integer, CharacterNote> NOTES = CharacterNote.load(CharacterNote.TABLE);
        /** {@link #NOTES} for the Basic Multilingual Plane, indexed by the character: asked for every character. */
        static final CharacterNote[] BMP_NOTES = new CharacterNote[Character.MAX_VALUE + 1];

        static {
            NOTES.forEach((cp, note) -> {
                if (cp <= Character.MAX_VALUE) BMP_NOTES[cp] = note;
            });
        }
        /** {@link #readings(int)}'s answers for the Basic Multilingual Plane, kept as they are asked. */
        static final AtomicReferenceArray<List<String>> KNOWN = new AtomicReferenceArray<>(Character.MAX_VALUE + 1);
    }

    private static CharacterNote note(int codePoint) {
        return codePoint >= 0 && codePoint <= Character.MAX_VALUE
                ? Holder.BMP_NOTES[codePoint]
                : Holder.NOTES.get(codePoint);
    }

    /**
     * {@code false} when HanLP's pinyin table has no word whose {@link String#hashCode()} is {@code hash}; lets a
     * caller trying many spans of a sentence skip most without making substrings.
     */
    public boolean mayBeTableWord(int hash) {
        return Holder.TABLE.mayBeWord(hash);
    }

    /**
     * The reading of a word of two or more characters in HanLP's pinyin table (攒动 cuan2 dong4), for words the
     * dictionary lacks.
     */
    public Optional<List<String>> wordReading(String word) {
        return Holder.TABLE.word(word);
    }

    /** {@code true} when our table has a note on the character: an order, a surname or other reading. */
    public boolean hasNote(int codePoint) {
        return note(codePoint) != null;
    }

    /** {@code true} when our table orders the readings of the character (仆 pu2 before pu1). */
    public boolean hasOrder(int codePoint) {
        CharacterNote note = note(codePoint);
        return note != null && !note.order().isEmpty();
    }

    /** The reading a character takes when it spells out a foreign name (塞 sai4 in 塞尔维亚, 什 shi2 in 喀什). */
    public Optional<String> transliteration(int codePoint) {
        CharacterNote note = note(codePoint);
        return note == null ? Optional.empty() : Optional.ofNullable(note.transliteration());
    }

    /** The reading a character takes as a surname, where it differs from its common one (翟 zhai2, 单 shan4). */
    public Optional<String> surname(int codePoint) {
        CharacterNote note = note(codePoint);
        return note == null ? Optional.empty() : Optional.ofNullable(note.surname());
    }

    /** The reading a character takes right after a number (第八卷 juan4, 四十弄 long4). */
    public Optional<String> afterNumber(int codePoint) {
        CharacterNote note = note(codePoint);
        return note == null ? Optional.empty() : Optional.ofNullable(note.afterNumber());
    }

    /** The reading of a character used as a verb right before an aspect particle (数了 shu3, 系着 ji4), if listed. */
    public Optional<String> beforeAspect(int codePoint) {
        CharacterNote note = note(codePoint);
        return note == null ? Optional.empty() : Optional.ofNullable(note.beforeAspect());
    }

    /** The reading of a character naming a place or an old state before a unit or a title (蔚州 yu4, 燕王 yan1). */
    public Optional<String> inPlaceName(int codePoint) {
        CharacterNote note = note(codePoint);
        return note == null ? Optional.empty() : Optional.ofNullable(note.place());
    }

    /**
     * The reading of a character that is a word on its own with part-of-speech {@code tag} (PKU tags; the longest
     * listed prefix of the tag wins): 钉 as a verb is ding4, 卷 as a classifier juan4.
     */
    public Optional<String> asWord(int codePoint, String tag) {
        CharacterNote note = note(codePoint);
        if (note == null) return Optional.empty();
        for (int len = tag.length(); len >= 1; len--) {
            String reading = note.byTag().get(tag.substring(0, len));
            if (reading != null) return Optional.of(reading);
        }
        return Optional.empty();
    }

    /**
     * The syllable as the character's own tone writes it: a neutral-tone syllable in a word (识 shi5 in 认识) becomes
     * the character's reading with the same letters (shi2), unless the character has a neutral reading of its own
     * (了 le5, 的 de5). Other syllables come back unchanged.
     */
    public String citationTone(int codePoint, String syllable) {
        if (Syllables.tone(syllable) != 5) return syllable;
        String letters = Syllables.toneless(syllable);
        String toned = null;
        for (String reading : readings(codePoint)) {
            if (!Syllables.toneless(reading).equals(letters)) continue;
            if (Syllables.tone(reading) == 5) return syllable;
            if (toned == null) toned = reading;
        }
        return toned == null ? syllable : toned;
    }

    /**
     * The numbered readings of one code point, most common first; empty for characters neither source knows,
     * which include most of those outside the Basic Multilingual Plane.
     */
    public List<String> readings(int codePoint) {
        if (codePoint < 0 || codePoint > Character.MAX_VALUE) return Holder.TABLE.readings(codePoint);
        List<String> known = Holder.KNOWN.get(codePoint);
        if (known == null) {
            known = Holder.TABLE.readings(codePoint);
            Holder.KNOWN.set(codePoint, known);
        }
        return known;
    }
}
