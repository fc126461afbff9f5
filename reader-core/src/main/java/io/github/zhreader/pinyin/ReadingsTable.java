package io.github.zhreader.pinyin;

import io.github.zhreader.ZhReaderException;
import io.github.zhreader.pinyin.notation.Syllables;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.CRC32;
import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * Every character's readings, most common first, and the readings of the words of HanLP's pinyin table, merged from
 * their three sources once, when reader-core is built, into {@code readings.bin} beside this class: loading that is
 * a few bulk reads, where merging the sources (parsing HanLP's 460 KB table and pinyin4j's) was a tenth of a
 * command's start-up.
 *
 * <p>The merge: HanLP's table ({@code data/dictionary/pinyin/pinyin.txt} in the HanLP jar, Apache-2.0) gives the
 * order, as its single-character lines list the common reading first; our table ({@code character-readings.txt})
 * puts its own order before it where modern usage differs; pinyin4j adds the readings neither knows. Words of two
 * or more characters come from HanLP's table when each character has one valid syllable.
 *
 * <p>The file: the magic number and version, then the syllables (each once), then each code point's readings as
 * syllable numbers, then the words, sorted, as one block of characters with their offsets and their readings, and a
 * filter of their hashes; a CRC-32 of all of it ends it. Without the file (a build that skipped the step) the table
 * is merged from the sources when first needed.
 */
final class ReadingsTable {

    static final String RESOURCE = "readings.bin";
    private static final String HANLP_TABLE = "/data/dictionary/pinyin/pinyin.txt";
    private static final int MAGIC = 0x5a485059; // "ZHPY"
    private static final int VERSION = 1;
    /** Bits of the filter of word hashes: 2^19, about 17 per word, so few false hits. */
    private static final int FILTER_BITS = 1 << 19;

    private final String[] syllables;
    /** Code points with readings, ascending; their readings are {@code ids[first[i]] .. ids[first[i + 1]]}. */
    private final int[] codePoints;

    private final int[] first;
    private final short[] ids;
    /** The words, sorted, one after another; word i is {@code wordChars[wordStart[i] .. wordStart[i + 1]]}. */
    private final char[] wordChars;

    private final int[] wordStart;
    /** Word i's syllables are {@code wordIds[wordIdStart[i] .. wordIdStart[i + 1]]}. */
    private final int[] wordIdStart;

    private final short[] wordIds;
    private final long[] filter;

    private ReadingsTable(
            String[] syllables,
            int[] codePoints,
            int[] first,
            short[] ids,
            char[] wordChars,
            int[] wordStart,
            int[] wordIdStart,
            short[] wordIds,
            long[] filter) {
        this.syllables = syllables;
        this.codePoints = codePoints;
        this.first = first;
        this.ids = ids;
        this.wordChars = wordChars;
        this.wordStart = wordStart;
        this.wordIdStart = wordIdStart;
        this.wordIds = wordIds;
        this.filter = filter;
    }

    /** The table built with reader-core, or, when the build left it out, the table merged from the sources. */
    static ReadingsTable bundled() {
        try (InputStream in = ReadingsTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) return fromSources();
            return read(in.readAllBytes());
        } catch (IOException e) {
            throw new ZhReaderException(
                    "cannot read the character readings " + RESOURCE + " (" + e.getMessage() + ")", e);
        }
    }

    /** The numbered readings of a code point, most common first; empty when no source knows it. */
    List<String> readings(int codePoint) {
        int i = Arrays.binarySearch(codePoints, codePoint);
        if (i < 0) return List.of();
        return decode(ids, first[i], first[i + 1]);
    }

    /** The code points that have readings, ascending. */
    int[] codePoints() {
        return codePoints.clone();
    }

    /** {@code false} when no word of the table has {@code hash} as its {@link String#hashCode()}. */
    boolean mayBeWord(int hash) {
        int bit = (hash ^ hash >>> 16) & (FILTER_BITS - 1);
        return (filter[bit >>> 6] & 1L << bit) != 0;
    }

    /** The reading of a word of two or more characters, one syllable per character. */
    Optional<List<String>> word(String word) {
        int low = 0;
        int high = wordStart.length - 2;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = compare(mid, word);
            if (c < 0) low = mid + 1;
            else if (c > 0) high = mid - 1;
            else return Optional.of(decode(wordIds, wordIdStart[mid], wordIdStart[mid + 1]));
        }
        return Optional.empty();
    }

    /** How many words the table has. */
    int words() {
        return wordStart.length - 1;
    }

    /** Word {@code i}, in sorted order. */
    String wordAt(int i) {
        return new String(wordChars, wordStart[i], wordStart[i + 1] - wordStart[i]);
    }

    private int compare(int i, String word) {
        int from = wordStart[i];
        int length = wordStart[i + 1] - from;
        int n = Math.min(length, word.length());
        for (int k = 0; k < n; k++) {
            int d = wordChars[from + k] - word.charAt(k);
            if (d != 0) return d;
        }
        return length - word.length();
    }

    private List<String> decode(short[] from, int start, int end) {
        String[] out = new String[end - start];
        for (int k = start; k < end; k++) out[k - start] = syllables[from[k]];
        return List.of(out);
    }

    // ---- merging the sources (at build time, or when the built table is missing) ----

    /** Merges HanLP's table, ours and pinyin4j's. */
    static ReadingsTable fromSources() {
        Map<Integer, List<String>> hanlp = new HashMap<>(16_384);
        Map<String, List<String>> words = new TreeMap<>();
        readHanLpTable(hanlp, words);
        Map<Integer, CharacterNote> notes = CharacterNote.load(CharacterNote.TABLE);
        TreeMap<Integer, List<String>> merged = new TreeMap<>();
        java.util.Set<Integer> all = new java.util.TreeSet<>(hanlp.keySet());
        all.addAll(notes.keySet());
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String[] found = PinyinHelper.toHanyuPinyinStringArray((char) c);
            if (found != null && found.length > 0) all.add(c);
        }
        for (int cp : all) {
            List<String> readings = merge(cp, hanlp, notes);
            if (!readings.isEmpty()) merged.put(cp, readings);
        }
        return build(merged, words);
    }

    private static List<String> merge(
            int codePoint, Map<Integer, List<String>> hanlp, Map<Integer, CharacterNote> notes) {
        List<String> ordered = hanlp.getOrDefault(codePoint, List.of());
        CharacterNote note = notes.get(codePoint);
        if (note != null) {
            List<String> first = new ArrayList<>(note.order());
            for (String r : ordered) {
                if (!first.contains(r)) first.add(r);
            }
            ordered = first;
        }
        String[] found =
                codePoint > Character.MAX_VALUE ? null : PinyinHelper.toHanyuPinyinStringArray((char) codePoint);
        List<String> result = new ArrayList<>(ordered);
        if (found != null) {
            for (String reading : found) {
                String normalized = Syllables.normalize(reading);
                if (!result.contains(normalized)) result.add(normalized);
            }
        }
        return List.copyOf(result);
    }

    private static void readHanLpTable(Map<Integer, List<String>> table, Map<String, List<String>> words) {
        InputStream in = ReadingsTable.class.getResourceAsStream(HANLP_TABLE);
        if (in == null) {
            throw new ZhReaderException("HanLP's pinyin table " + HANLP_TABLE + " is not on the class path; "
                    + "reader-core needs com.hankcs:hanlp:portable-1.8.6");
        }
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
    }

    private static ReadingsTable build(TreeMap<Integer, List<String>> readings, Map<String, List<String>> words) {
        Map<String, Short> numbers = new LinkedHashMap<>();
        int[] codePoints = new int[readings.size()];
        int[] first = new int[readings.size() + 1];
        List<Short> ids = new ArrayList<>();
        int i = 0;
        for (Map.Entry<Integer, List<String>> e : readings.entrySet()) {
            codePoints[i] = e.getKey();
            first[i] = ids.size();
            for (String s : e.getValue()) ids.add(number(numbers, s));
            i++;
        }
        first[i] = ids.size();
        StringBuilder chars = new StringBuilder();
        int[] wordStart = new int[words.size() + 1];
        int[] wordIdStart = new int[words.size() + 1];
        short[] wordIds = new short[words.values().stream().mapToInt(List::size).sum()];
        long[] filter = new long[FILTER_BITS / 64];
        int w = 0;
        int at = 0;
        for (Map.Entry<String, List<String>> e : words.entrySet()) {
            wordStart[w++] = chars.length();
            wordIdStart[w - 1] = at;
            for (String syllable : e.getValue()) wordIds[at++] = number(numbers, syllable);
            chars.append(e.getKey());
            int h = e.getKey().hashCode();
            int bit = (h ^ h >>> 16) & (FILTER_BITS - 1);
            filter[bit >>> 6] |= 1L << bit;
        }
        wordStart[w] = chars.length();
        wordIdStart[w] = at;
        short[] idArray = new short[ids.size()];
        for (int k = 0; k < idArray.length; k++) idArray[k] = ids.get(k);
        char[] wordChars = new char[chars.length()];
        chars.getChars(0, chars.length(), wordChars, 0);
        return new ReadingsTable(
                numbers.keySet().toArray(new String[0]),
                codePoints,
                first,
                idArray,
                wordChars,
                wordStart,
                wordIdStart,
                wordIds,
                filter);
    }

    private static short number(Map<String, Short> numbers, String syllable) {
        Short n = numbers.get(syllable);
        if (n == null) {
            if (numbers.size() == Short.MAX_VALUE) throw new IllegalStateException("too many syllables");
            n = (short) numbers.size();
            numbers.put(syllable, n);
        }
        return n;
    }

    // ---- the file ----

    /** Writes the table in the format {@link #read(byte[])} reads. */
    void write(OutputStream out) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(bytes);
        data.writeInt(MAGIC);
        data.writeInt(VERSION);
        data.writeInt(syllables.length);
        for (String s : syllables) data.writeUTF(s);
        writeInts(data, codePoints);
        writeInts(data, first);
        writeShorts(data, ids);
        data.writeInt(wordChars.length);
        for (char c : wordChars) data.writeChar(c);
        writeInts(data, wordStart);
        writeInts(data, wordIdStart);
        writeShorts(data, wordIds);
        data.writeInt(filter.length);
        for (long l : filter) data.writeLong(l);
        data.flush();
        CRC32 crc = new CRC32();
        crc.update(bytes.toByteArray());
        data.writeLong(crc.getValue());
        data.flush();
        bytes.writeTo(out);
    }

    /** How many distinct syllables the table uses. */
    int syllableCount() {
        return syllables.length;
    }

    /** Reads a table; a damaged or foreign file is a {@link ZhReaderException}. */
    static ReadingsTable read(byte[] bytes) {
        try {
            if (bytes.length < 16) throw new IllegalArgumentException("too short");
            CRC32 crc = new CRC32();
            crc.update(bytes, 0, bytes.length - 8);
            ByteBuffer in = ByteBuffer.wrap(bytes);
            if (in.getLong(bytes.length - 8) != crc.getValue()) throw new IllegalArgumentException("checksum mismatch");
            if (in.getInt() != MAGIC) throw new IllegalArgumentException("not a readings table");
            int version = in.getInt();
            if (version != VERSION) throw new IllegalArgumentException("version " + version + ", expected " + VERSION);
            String[] syllables = new String[in.getInt()];
            for (int i = 0; i < syllables.length; i++) {
                byte[] utf = new byte[in.getShort() & 0xffff];
                in.get(utf);
                syllables[i] = new String(utf, StandardCharsets.UTF_8);
            }
            int[] codePoints = readInts(in);
            int[] first = readInts(in);
            short[] ids = readShorts(in);
            char[] wordChars = new char[in.getInt()];
            in.asCharBuffer().get(wordChars);
            in.position(in.position() + 2 * wordChars.length);
            int[] wordStart = readInts(in);
            int[] wordIdStart = readInts(in);
            short[] wordIds = readShorts(in);
            long[] filter = new long[in.getInt()];
            in.asLongBuffer().get(filter);
            in.position(in.position() + 8 * filter.length);
            if (in.remaining() != 8
                    || first.length != codePoints.length + 1
                    || wordIdStart.length != wordStart.length
                    || filter.length != FILTER_BITS / 64) {
                throw new IllegalArgumentException("inconsistent lengths");
            }
            return new ReadingsTable(
                    syllables, codePoints, first, ids, wordChars, wordStart, wordIdStart, wordIds, filter);
        } catch (RuntimeException e) {
            throw new ZhReaderException(
                    "the character readings " + RESOURCE + " are damaged (" + e.getMessage() + "); rebuild reader-core",
                    e);
        }
    }

    private static void writeInts(DataOutputStream out, int[] values) throws IOException {
        out.writeInt(values.length);
        for (int v : values) out.writeInt(v);
    }

    private static void writeShorts(DataOutputStream out, short[] values) throws IOException {
        out.writeInt(values.length);
        for (short v : values) out.writeShort(v);
    }

    private static int[] readInts(ByteBuffer in) {
        int[] values = new int[in.getInt()];
        in.asIntBuffer().get(values);
        in.position(in.position() + 4 * values.length);
        return values;
    }

    private static short[] readShorts(ByteBuffer in) {
        short[] values = new short[in.getInt()];
        in.asShortBuffer().get(values);
        in.position(in.position() + 2 * values.length);
        return values;
    }
}
