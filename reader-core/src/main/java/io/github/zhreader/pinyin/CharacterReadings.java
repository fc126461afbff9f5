package io.github.zhreader.pinyin;

import io.github.zhreader.ZhReaderException;
import net.sourceforge.pinyin4j.PinyinHelper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
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
 * transliterations of foreign names, as a surname, after a number, or as a word of a given part of speech. This is the
 * only class that uses pinyin4j.
 *
 * <p>Thread-safe; the tables load once, on first use. Each character's merged readings are kept once asked for:
 * pinyin4j answers from a {@code Hashtable}, whose lock threads annotating at the same time would queue on.
 */
public final class CharacterReadings {

    private static final String HANLP_TABLE = "/data/dictionary/pinyin/pinyin.txt";
    private static final String OUR_TABLE = "character-readings.txt";

    /** Creates the look-up; the tables load on the first call. */
    public CharacterReadings() {
    }

    private static final class Holder {
        static final Table TABLE = loadHanLpTable();
        static final Map<Integer, CharacterNote> NOTES = CharacterNote.load(OUR_TABLE);
        /** {@link #readings(int)}'s answers for the Basic Multilingual Plane, filled as they are asked. */
        static final AtomicReferenceArray<List<String>> KNOWN =
                new AtomicReferenceArray<>(Character.MAX_VALUE + 1);
    }

    /** What HanLP's table gives: each character's readings in order, and the readings of words. */
    private record Table(Map<Integer, List<String>> ordered, Map<String, List<String>> words, long[] wordHashes) {
    }

    /** Bits of the filter of word hashes: 2^19, about 17 per word, so few false hits. */
    private static final int FILTER_BITS = 1 << 19;

    /**
     * {@code false} when HanLP's pinyin table has no word whose {@link String#hashCode()} is {@code hash}; lets a
     * caller trying many spans of a sentence skip most without making substrings.
     */
    public boolean mayBeTableWord(int hash) {
        int bit = (hash ^ hash >>> 16) & (FILTER_BITS - 1);
        return (Holder.TABLE.wordHashes()[bit >>> 6] & 1L << bit) != 0;
    }

    /**
     * The reading of a word of two or more characters in HanLP's pinyin table (攒动 cuan2 dong4), for words the
     * dictionary lacks.
     */
    public Optional<List<String>> wordReading(String word) {
        return Optional.ofNullable(Holder.TABLE.words().get(word));
    }

    /** {@code true} when our table orders the readings of the character (仆 pu2 before pu1). */
    public boolean hasOrder(int codePoint) {
        CharacterNote note = Holder.NOTES.get(codePoint);
        return note != null && !note.order().isEmpty();
    }

    /** The reading a character takes when it spells out a foreign name (塞 sai4 in 塞尔维亚, 什 shi2 in 喀什). */
    public Optional<String> transliteration(int codePoint) {
        CharacterNote note = Holder.NOTES.get(codePoint);
        return note == null ? Optional.empty() : Optional.ofNullable(note.transliteration());
    }

    /** The reading a character takes as a surname, where it differs from its common one (翟 zhai2, 单 shan4). */
    public Optional<String> surname(int codePoint) {
        CharacterNote note = Holder.NOTES.get(codePoint);
        return note == null ? Optional.empty() : Optional.ofNullable(note.surname());
    }

    /** The reading a character takes right after a number (第八卷 juan4, 四十弄 long4). */
    public Optional<String> afterNumber(int codePoint) {
        CharacterNote note = Holder.NOTES.get(codePoint);
        return note == null ? Optional.empty() : Optional.ofNullable(note.afterNumber());
    }

    /**
     * The reading of a character that is a word on its own with part-of-speech {@code tag} (PKU tags; the longest
     * listed prefix of the tag wins): 钉 as a verb is ding4, 卷 as a classifier juan4.
     */
    public Optional<String> asWord(int codePoint, String tag) {
        CharacterNote note = Holder.NOTES.get(codePoint);
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
        if (codePoint < 0 || codePoint > Character.MAX_VALUE) return merge(codePoint);
        // Remembered per character: asking pinyin4j parses its readings anew on every call, from a Hashtable
        // whose lock threads annotating at the same time would queue on.
        List<String> known = Holder.KNOWN.get(codePoint);
        if (known == null) {
            known = merge(codePoint);
            Holder.KNOWN.set(codePoint, known);
        }
        return known;
    }

    private static List<String> merge(int codePoint) {
        List<String> ordered = Holder.TABLE.ordered().getOrDefault(codePoint, List.of());
        CharacterNote note = Holder.NOTES.get(codePoint);
        if (note != null) {
            List<String> first = new ArrayList<>(note.order());
            for (String r : ordered) {
                if (!first.contains(r)) first.add(r);
            }
            ordered = first;
        }
        String[] found = codePoint > Character.MAX_VALUE ? null : PinyinHelper.toHanyuPinyinStringArray((char) codePoint);
        if (found == null || found.length == 0) return ordered;
        List<String> result = new ArrayList<>(ordered);
        for (String reading : found) {
            String normalized = Syllables.normalize(reading);
            if (!result.contains(normalized)) result.add(normalized);
        }
        return List.copyOf(result);
    }

    private static Table loadHanLpTable() {
        InputStream in = CharacterReadings.class.getResourceAsStream(HANLP_TABLE);
        if (in == null) {
            throw new ZhReaderException("HanLP's pinyin table " + HANLP_TABLE + " is not on the class path; "
                    + "reader-core needs com.hankcs:hanlp:portable-1.8.6");
        }
        Map<Integer, List<String>> table = new HashMap<>(16_384);
        Map<String, List<String>> words = new HashMap<>(32_768);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int eq = line.indexOf('=');
                if (eq <= 0) continue;
                int length = line.codePointCount(0, eq);
                List<String> readings = new ArrayList<>();
                for (String r : line.substring(eq + 1).split(",")) {
                    if (!r.isBlank() && !r.equals("none5")) readings.add(Syllables.normalize(r));
                }
                if (readings.isEmpty()) continue;
                if (length == 1) {
                    table.put(line.codePointAt(0), List.copyOf(readings));
                } else if (readings.size() == length && readings.stream().allMatch(Syllables::isValid)) {
                    words.put(line.substring(0, eq), List.copyOf(readings));
                }
            }
        } catch (IOException e) {
            throw new ZhReaderException("cannot read HanLP's pinyin table " + HANLP_TABLE, e);
        }
        long[] hashes = new long[FILTER_BITS / 64];
        for (String w : words.keySet()) {
            int h = w.hashCode();
            int bit = (h ^ h >>> 16) & (FILTER_BITS - 1);
            hashes[bit >>> 6] |= 1L << bit;
        }
        return new Table(table, words, hashes);
    }
}
