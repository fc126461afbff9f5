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

/**
 * The readings of single characters as numbered syllables, most common first: 行 gives {@code xing2, hang2,
 * hang4, xing4, heng2}, 给 gives {@code gei3, ji3}.
 *
 * <p>pinyin4j supplies the candidates (its order is not by frequency: it puts 给 ji3 and 长 zhang3 first); the
 * order comes from the single-character lines of HanLP's pinyin table ({@code data/dictionary/pinyin/pinyin.txt}
 * in the HanLP jar, Apache-2.0), which list the common reading first. Readings only one source knows are kept,
 * HanLP's before pinyin4j's. This is the only class that uses pinyin4j.
 *
 * <p>Immutable and thread-safe; both tables load once, on first use.
 */
public final class CharacterReadings {

    private static final String HANLP_TABLE = "/data/dictionary/pinyin/pinyin.txt";

    /** Creates the look-up; the tables load on the first call. */
    public CharacterReadings() {
    }

    private static final class Holder {
        static final Table TABLE = loadHanLpTable();
        /** {@link #readings(int)}'s answers for the Basic Multilingual Plane, filled as they are asked. */
        static final java.util.concurrent.atomic.AtomicReferenceArray<List<String>> KNOWN =
                new java.util.concurrent.atomic.AtomicReferenceArray<>(Character.MAX_VALUE + 1);
    }

    /** What HanLP's table gives: each character's readings in order. */
    private record Table(Map<Integer, List<String>> ordered) {
    }

    /**
     * The numbered readings of one code point, most common first; empty for characters neither source knows,
     * which include most of those outside the Basic Multilingual Plane.
     */
    public List<String> readings(int codePoint) {
        if (codePoint < 0 || codePoint > Character.MAX_VALUE) return readingsOf(codePoint);
        // Remembered per character: asking pinyin4j parses its readings anew on every call.
        List<String> known = Holder.KNOWN.get(codePoint);
        if (known == null) {
            known = readingsOf(codePoint);
            Holder.KNOWN.set(codePoint, known);
        }
        return known;
    }

    private List<String> readingsOf(int codePoint) {
        List<String> ordered = Holder.TABLE.ordered().getOrDefault(codePoint, List.of());
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
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int eq = line.indexOf('=');
                if (eq <= 0 || line.codePointCount(0, eq) != 1) continue;
                List<String> readings = new ArrayList<>();
                for (String r : line.substring(eq + 1).split(",")) {
                    if (!r.isBlank() && !r.equals("none5")) readings.add(Syllables.normalize(r));
                }
                if (!readings.isEmpty()) table.put(line.codePointAt(0), List.copyOf(readings));
            }
        } catch (IOException e) {
            throw new ZhReaderException("cannot read HanLP's pinyin table " + HANLP_TABLE, e);
        }
        return new Table(table);
    }
}
