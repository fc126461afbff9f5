package io.github.zhreader.lexicon;

import io.github.zhreader.ZhReaderException;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;

/**
 * The CC-CEDICT dictionary in memory: look up a word by its simplified or traditional form.
 * <pre>{@code
 * CedictDictionary cedict = CedictDictionary.bundled();
 * for (CedictEntry entry : cedict.lookup("银行")) {
 *     System.out.println(entry.pinyin() + " " + entry.definitions());   // yin2 hang2 [bank]
 * }
 * }</pre>
 *
 * <p>Loading is a few bulk reads into arrays, in the format described in {@link CedictCompiler}; entries are decoded
 * from their UTF-8 text only when looked up, so each look-up returns new {@link CedictEntry} objects.
 *
 * <p>Immutable after loading and thread-safe: one instance serves all threads.
 */
public final class CedictDictionary {

    /** The classpath resource that the build writes and {@link #bundled()} reads. */
    static final String RESOURCE = "/io/github/zhreader/lexicon/cedict.bin";

    static final byte[] MAGIC = "ZHCEDICT".getBytes(StandardCharsets.US_ASCII);
    static final int FORMAT_VERSION = 2;

    /** Flags in the low bits of a key; the entry id is above them. */
    private static final int SHARED = 1;

    private static final int TRADITIONAL = 2;

    /** Caps on the counts read from a file, so that corrupt data fails cleanly instead of allocating gigabytes. */
    private static final int MAX_COUNT = 1 << 24;

    private static final int MAX_BLOB = 1 << 30;

    private static volatile CedictDictionary bundledInstance;

    private final Map<String, String> metadata;
    private final int maxWordLength;
    private final int[] entryOffsets;
    private final int[] keys;
    private final int[] sharedKeys;
    private final int[] sharedStarts;
    private final int[] postings;
    private final long[] filter;
    private final byte[] blob;
    private final int[] keyStarts;
    /**
     * An open-addressing table of the headwords by {@link String#hashCode()}: each slot holds a key's hash in its
     * high half and the key plus one in its low half (zero for an empty slot), probed linearly. One or two probes
     * answer whether a string is a headword, where a binary search compares about eighteen headwords.
     */
    private final long[] slots;

    private CedictDictionary(
            Map<String, String> metadata,
            int maxWordLength,
            int[] entryOffsets,
            int[] keys,
            int[] sharedKeys,
            int[] sharedStarts,
            int[] postings,
            long[] filter,
            byte[] blob) {
        this.metadata = metadata;
        this.maxWordLength = maxWordLength;
        this.entryOffsets = entryOffsets;
        this.keys = keys;
        this.sharedKeys = sharedKeys;
        this.sharedStarts = sharedStarts;
        this.postings = postings;
        this.filter = filter;
        this.blob = blob;
        // Where each key's headword starts, worked out once: a traditional headword follows its entry's simplified
        // one, and finding it means scanning for the line feed, on every comparison of every look-up otherwise.
        int[] starts = new int[keys.length];
        for (int k = 0; k < keys.length; k++) {
            int start = entryOffsets[keys[k] >>> 2];
            starts[k] = (keys[k] & TRADITIONAL) == 0 ? start : indexOf('\n', start, blob.length) + 1;
        }
        this.keyStarts = starts;
        this.slots = new long[Integer.highestOneBit(Math.max(1, keys.length) * 2) * 2];
        for (int k = 0; k < keys.length; k++) {
            int hash = hashAt(starts[k]);
            int slot = spread(hash) & slots.length - 1;
            while (slots[slot] != 0) slot = slot + 1 & slots.length - 1;
            slots[slot] = (long) hash << 32 | (k + 1);
        }
    }

    /** The {@link String#hashCode()} of the headword at {@code start}, which ends at a line feed, read from UTF-8. */
    private int hashAt(int start) {
        int h = 0;
        for (int i = start; blob[i] != '\n'; ) {
            int cp = codePointAt(i);
            i += utf8Length(blob[i]);
            if (cp >= 0x10000) {
                h = 31 * h + Character.highSurrogate(cp);
                h = 31 * h + Character.lowSurrogate(cp);
            } else {
                h = 31 * h + cp;
            }
        }
        return h;
    }

    /** The code point whose UTF-8 form starts at {@code blob[i]}; the blob holds valid UTF-8. */
    private int codePointAt(int i) {
        int b = blob[i] & 0xFF;
        if (b < 0x80) {
            return b;
        } else if (b < 0xE0) {
            return (b & 0x1F) << 6 | blob[i + 1] & 0x3F;
        } else if (b < 0xF0) {
            return (b & 0x0F) << 12 | (blob[i + 1] & 0x3F) << 6 | blob[i + 2] & 0x3F;
        }
        return (b & 0x07) << 18 | (blob[i + 1] & 0x3F) << 12 | (blob[i + 2] & 0x3F) << 6 | blob[i + 3] & 0x3F;
    }

    /** The length of the UTF-8 sequence that starts with {@code first}. */
    private static int utf8Length(byte first) {
        int b = first & 0xFF;
        return b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    }

    private static int spread(int hash) {
        return (hash ^ hash >>> 16) * 0x85EBCA6B;
    }

    /**
     * Returns the dictionary built into this jar ({@code /io/github/zhreader/lexicon/cedict.bin}), loading it on the
     * first call. Later calls return the same instance. If loading fails, the exception is thrown and the next call
     * tries again.
     *
     * @return the bundled CC-CEDICT
     * @throws ZhReaderException if the resource is missing (reader-core was built without its dictionary) or unusable
     */
    public static CedictDictionary bundled() {
        CedictDictionary dictionary = bundledInstance;
        if (dictionary == null) {
            synchronized (CedictDictionary.class) {
                dictionary = bundledInstance;
                if (dictionary == null) {
                    dictionary = loadResource();
                    bundledInstance = dictionary;
                }
            }
        }
        return dictionary;
    }

    private static CedictDictionary loadResource() {
        InputStream in = CedictDictionary.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new ZhReaderException("the CC-CEDICT dictionary " + RESOURCE + " was not built into this jar;"
                    + " build reader-core with `./mvnw install` (needs npm)"
                    + " or `./mvnw install -Dcedict.file=/path/to/cedict_ts.u8`");
        }
        try (in) {
            return load(in);
        } catch (IOException e) {
            throw new ZhReaderException("could not read the CC-CEDICT dictionary " + RESOURCE + ": " + e, e);
        } catch (ZhReaderException e) {
            throw new ZhReaderException(e.getMessage() + " (resource " + RESOURCE + "; rebuild reader-core)", e);
        }
    }

    /**
     * Reads a dictionary written by {@link CedictCompiler}. The stream is read to its end but not closed.
     *
     * @param in the binary dictionary
     * @return the loaded dictionary
     * @throws ZhReaderException if the data is not a dictionary, has another format version, is truncated or corrupt,
     *     or cannot be read; the message says which
     */
    public static CedictDictionary load(InputStream in) {
        Objects.requireNonNull(in, "in");
        CRC32 crc = new CRC32();
        DataInputStream data = new DataInputStream(new CheckedInputStream(new BufferedInputStream(in, 1 << 16), crc));
        String part = "the header";
        try {
            byte[] magic = new byte[MAGIC.length];
            data.readFully(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new ZhReaderException("not a zhreader CC-CEDICT dictionary (wrong magic bytes)");
            }
            int version = data.readInt();
            if (version != FORMAT_VERSION) {
                throw new ZhReaderException("the CC-CEDICT dictionary has format version " + version
                        + " but this zhreader reads version " + FORMAT_VERSION + "; rebuild it");
            }
            part = "the metadata";
            int metadataCount = count(data.readInt(), MAX_COUNT, "metadata count");
            Map<String, String> metadata = new TreeMap<>();
            for (int i = 0; i < metadataCount; i++) {
                metadata.put(readString(data), readString(data));
            }
            part = "the table sizes";
            int entryCount = count(data.readInt(), MAX_COUNT, "entry count");
            int keyCount = count(data.readInt(), MAX_COUNT, "key count");
            int sharedKeyCount = count(data.readInt(), MAX_COUNT, "shared key count");
            int postingCount = count(data.readInt(), MAX_COUNT, "posting count");
            int blobLength = count(data.readInt(), MAX_BLOB, "entry text length");
            int maxWordLength = count(data.readInt(), MAX_COUNT, "maximum word length");
            int filterWords = count(data.readInt(), MAX_COUNT, "filter length");
            if (Integer.bitCount(filterWords) != 1) {
                throw corrupt("filter length " + filterWords + " is not a power of two");
            }
            part = "the entry offsets";
            int[] entryOffsets = readInts(data, entryCount + 1);
            part = "the key table";
            int[] keys = readInts(data, keyCount);
            int[] sharedKeys = readInts(data, sharedKeyCount);
            int[] sharedStarts = readInts(data, sharedKeyCount + 1);
            int[] postings = readInts(data, postingCount);
            part = "the headword filter";
            long[] filter = readLongs(data, filterWords);
            part = "the entry text";
            byte[] blob = new byte[blobLength];
            data.readFully(blob);
            part = "the checksum";
            int computed = (int) crc.getValue();
            int stored = data.readInt();
            if (computed != stored) {
                throw corrupt("checksum mismatch");
            }
            if (data.read() >= 0) {
                throw corrupt("unexpected bytes after the checksum");
            }
            checkStructure(entryOffsets, keys, sharedKeys, sharedStarts, postings, blobLength);
            return new CedictDictionary(
                    Collections.unmodifiableMap(metadata),
                    maxWordLength,
                    entryOffsets,
                    keys,
                    sharedKeys,
                    sharedStarts,
                    postings,
                    filter,
                    blob);
        } catch (EOFException e) {
            throw new ZhReaderException("the CC-CEDICT dictionary is truncated (it ends in " + part + ")", e);
        } catch (IOException e) {
            throw new ZhReaderException("could not read the CC-CEDICT dictionary: " + e, e);
        }
    }

    /**
     * Returns the entries whose simplified or traditional headword is exactly {@code word}, in dictionary file order.
     * {@code lookup("银行")} and {@code lookup("銀行")} give the same entry.
     *
     * @param word the word to look up
     * @return the entries, or an empty list when the word is not a headword (including the empty string)
     */
    public List<CedictEntry> lookup(String word) {
        int key = find(word);
        if (key < 0) {
            return List.of();
        }
        if ((keys[key] & SHARED) == 0) {
            return List.of(entry(keys[key] >>> 2));
        }
        int shared = Arrays.binarySearch(sharedKeys, key);
        CedictEntry[] entries = new CedictEntry[sharedStarts[shared + 1] - sharedStarts[shared]];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = entry(postings[sharedStarts[shared] + i]);
        }
        return List.of(entries);
    }

    /**
     * Tells whether {@code word} is a simplified or traditional headword, without decoding any entry.
     *
     * @param word the word to look up
     * @return {@code true} if {@link #lookup(String)} would return entries
     */
    public boolean contains(String word) {
        return find(word) >= 0;
    }

    /**
     * Tells whether {@code text[start, end)} is a simplified or traditional headword, without making the string.
     *
     * @param text  the text
     * @param start where the span starts
     * @param end   where it ends (exclusive)
     * @param hash  the span's {@link String#hashCode()}, as {@link Lexicon#hash(CharSequence, int, int)} gives it
     * @return {@code true} if {@link #lookup(String)} would return entries for the span
     */
    public boolean contains(CharSequence text, int start, int end, int hash) {
        return find(text, start, end, hash) >= 0;
    }

    /**
     * Tells whether some headword may have {@code hash} as its {@link String#hashCode()}: {@code false} means that
     * no simplified or traditional headword has it, {@code true} that one may (about 6% of other strings pass too),
     * and {@link #contains(String)} will tell. For callers that try many spans of a text: the hash of a span grows
     * one char at a time ({@code 31 * hash + c}), so most spans that are not words are skipped without being made.
     *
     * @param hash the {@link String#hashCode()} of a word
     * @return {@code false} if no headword has this hash
     */
    public boolean mayContain(int hash) {
        int bit = filterBit(hash, filter.length);
        return (filter[bit >>> 6] & 1L << bit) != 0;
    }

    /**
     * Returns {@code false} when no headword of two or more characters begins with {@code a} then {@code b}, so a
     * caller trying the spans that start at one place can skip them all; {@code true} when one may.
     *
     * @param a the first character
     * @param b the second character
     * @return whether a headword may begin with the two
     */
    public boolean mayStartWith(char a, char b) {
        long[] pairs = starts;
        if (pairs == null) starts = pairs = pairStarts();
        int bit = pairBit(a, b, PAIR_BITS);
        return (pairs[bit >>> 6] & 1L << bit) != 0;
    }

    /** The first two characters of every headword, hashed as {@link #pairBit}; made when first asked for. */
    private volatile long[] starts;

    private static final int PAIR_BITS = 1 << 18;

    /** The bit of the pair {@code a}, {@code b} in a filter of {@code bits} bits (a power of two). */
    static int pairBit(char a, char b, int bits) {
        int h = a * 31 + b;
        return (h ^ h >>> 13) & (bits - 1);
    }

    private long[] pairStarts() {
        long[] pairs = new long[PAIR_BITS / 64];
        char[] two = new char[2];
        for (int key = 0; key < keys.length; key++) {
            if (firstTwoChars(keyStart(key), two)) {
                int bit = pairBit(two[0], two[1], PAIR_BITS);
                pairs[bit >>> 6] |= 1L << bit;
            }
        }
        return pairs;
    }

    /**
     * Decodes the first two UTF-16 chars of the headword at {@code start} into {@code two}, straight from its UTF-8
     * bytes; {@code false} when it is shorter.
     */
    private boolean firstTwoChars(int start, char[] two) {
        int at = start;
        int n = 0;
        while (n < 2) {
            if (blob[at] == '\n') return false;
            int cp = codePointAt(at);
            at += utf8Length(blob[at]);
            if (Character.isSupplementaryCodePoint(cp)) {
                two[n++] = Character.highSurrogate(cp);
                if (n < 2) two[n++] = Character.lowSurrogate(cp);
            } else {
                two[n++] = (char) cp;
            }
        }
        return true;
    }

    /** The filter bit of a headword with this hash, in a filter of {@code words} longs (a power of two). */
    static int filterBit(int hash, int words) {
        return (hash ^ hash >>> 15) * 0x9E3779B9 >>> 6 & words * 64 - 1;
    }

    /**
     * Returns the number of entries.
     *
     * @return the entry count, 125,049 for the CC-CEDICT release bundled by default
     */
    public int size() {
        return entryOffsets.length - 1;
    }

    /**
     * Returns the number of distinct headwords, simplified and traditional together.
     *
     * @return the number of distinct strings {@link #lookup(String)} finds
     */
    public int keyCount() {
        return keys.length;
    }

    /**
     * Returns the length of the longest headword in UTF-16 chars, the most a dictionary-driven segmenter needs to
     * look ahead.
     *
     * @return the longest headword's {@link String#length()}
     */
    public int maxWordLength() {
        return maxWordLength;
    }

    /**
     * Returns what the dictionary was built from. {@code source} (CC-CEDICT) and {@code entries} are always present;
     * {@code date}, {@code license}, {@code publisher} and the other {@code #!} header fields of the source are
     * present when it had them; {@code build.source} says which file or package it was built from.
     *
     * @return an unmodifiable map, sorted by key
     */
    public Map<String, String> metadata() {
        return metadata;
    }

    /**
     * Returns every distinct headword, simplified and traditional, sorted by code point. Each string is decoded when
     * the stream reaches it.
     *
     * @return the headwords, each once
     */
    public Stream<String> headwords() {
        return IntStream.range(0, keyCount()).mapToObj(key -> {
            int start = keyStart(key);
            return text(start, indexOf('\n', start, blob.length));
        });
    }

    /**
     * Returns every entry in dictionary file order, decoding each when the stream reaches it.
     *
     * @return the entries
     */
    public Stream<CedictEntry> entries() {
        return IntStream.range(0, size()).mapToObj(this::entry);
    }

    /**
     * Describes the dictionary, for example {@code CedictDictionary[CC-CEDICT 2026-09-10T07:14:51Z, 125049 entries]}.
     *
     * @return a one-line description
     */
    @Override
    public String toString() {
        return "CedictDictionary[" + metadata.get("source") + " " + metadata.getOrDefault("date", "undated") + ", "
                + size() + " entries]";
    }

    /**
     * Returns the simplified and traditional headwords that begin with {@code prefix}, in the order of their UTF-8
     * bytes, each once; found by binary search, so a short prefix costs only the headwords it has.
     *
     * @param prefix the beginning of the headwords wanted; the empty string gives every headword
     * @return the headwords
     */
    public List<String> headwordsStartingWith(String prefix) {
        byte[] key = utf8(Objects.requireNonNull(prefix, "prefix"));
        if (key == null) {
            return List.of();
        }
        int low = 0;
        int high = keys.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (compareKey(keyStart(mid), key) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        List<String> result = new java.util.ArrayList<>();
        for (int k = low; k < keys.length && startsWith(keyStart(k), key); k++) {
            int start = keyStart(k);
            result.add(text(start, indexOf('\n', start, blob.length)));
        }
        return result;
    }

    /** Whether the headword at {@code start} begins with the bytes of {@code prefix}. */
    private boolean startsWith(int start, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (blob[start + i] == '\n' || blob[start + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private int find(String word) {
        return find(Objects.requireNonNull(word, "word"), 0, word.length(), word.hashCode());
    }

    /** The key whose headword is {@code text[start, end)}, or -1. */
    private int find(CharSequence text, int start, int end, int hash) {
        if (start >= end) {
            return -1;
        }
        for (int slot = spread(hash) & slots.length - 1; slots[slot] != 0; slot = slot + 1 & slots.length - 1) {
            if ((int) (slots[slot] >>> 32) == hash) {
                int key = (int) slots[slot] - 1;
                if (headwordEquals(keyStart(key), text, start, end)) {
                    return key;
                }
            }
        }
        return -1;
    }

    /** Whether the headword at {@code at}, which ends at a line feed, is {@code text[start, end)}. */
    private boolean headwordEquals(int at, CharSequence text, int start, int end) {
        int i = at;
        int j = start;
        while (blob[i] != '\n') {
            if (j >= end) {
                return false;
            }
            int cp = codePointAt(i);
            i += utf8Length(blob[i]);
            if (cp >= 0x10000) {
                if (j + 1 >= end
                        || text.charAt(j) != Character.highSurrogate(cp)
                        || text.charAt(j + 1) != Character.lowSurrogate(cp)) {
                    return false;
                }
                j += 2;
            } else if (text.charAt(j++) != cp) {
                return false;
            }
        }
        return j == end;
    }

    /** Where key {@code k}'s headword starts in the blob: its entry's simplified or traditional field. */
    private int keyStart(int key) {
        return keyStarts[key];
    }

    /** Compares the headword at {@code start}, which ends at a line feed, with {@code word} by unsigned bytes. */
    private int compareKey(int start, byte[] word) {
        for (int i = 0; ; i++) {
            boolean keyEnded = blob[start + i] == '\n';
            boolean wordEnded = i == word.length;
            if (keyEnded || wordEnded) {
                return keyEnded == wordEnded ? 0 : keyEnded ? -1 : 1;
            }
            int order = Byte.toUnsignedInt(blob[start + i]) - Byte.toUnsignedInt(word[i]);
            if (order != 0) {
                return order;
            }
        }
    }

    /** Decodes entry {@code id}: simplified LF traditional LF pinyin LF senses joined by '/'. */
    private CedictEntry entry(int id) {
        int start = entryOffsets[id];
        int end = entryOffsets[id + 1];
        int afterSimplified = indexOf('\n', start, end);
        int afterTraditional = indexOf('\n', afterSimplified + 1, end);
        int afterPinyin = indexOf('\n', afterTraditional + 1, end);
        String simplified = text(start, afterSimplified);
        String traditional =
                afterTraditional == afterSimplified + 1 ? simplified : text(afterSimplified + 1, afterTraditional);
        String pinyin = text(afterTraditional + 1, afterPinyin);
        List<String> senses = new ArrayList<>(4);
        int senseStart = afterPinyin + 1;
        for (int slash = indexOf('/', senseStart, end); slash < end; slash = indexOf('/', senseStart, end)) {
            senses.add(text(senseStart, slash));
            senseStart = slash + 1;
        }
        senses.add(text(senseStart, end));
        return new CedictEntry(traditional, simplified, pinyin, senses);
    }

    private int indexOf(char c, int from, int end) {
        for (int i = from; i < end; i++) {
            if (blob[i] == c) {
                return i;
            }
        }
        return end;
    }

    private String text(int start, int end) {
        return new String(blob, start, end - start, StandardCharsets.UTF_8);
    }

    /** Encodes a word to UTF-8, or returns {@code null} if it has an unpaired surrogate and so cannot be a headword. */
    private static byte[] utf8(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < word.length() && Character.isLowSurrogate(word.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return null;
            }
        }
        return word.getBytes(StandardCharsets.UTF_8);
    }

    private static int[] readInts(DataInputStream data, int count) throws IOException {
        byte[] bytes = new byte[count * Integer.BYTES];
        data.readFully(bytes);
        int[] ints = new int[count];
        ByteBuffer.wrap(bytes).asIntBuffer().get(ints);
        return ints;
    }

    private static long[] readLongs(DataInputStream data, int count) throws IOException {
        byte[] bytes = new byte[count * Long.BYTES];
        data.readFully(bytes);
        long[] longs = new long[count];
        ByteBuffer.wrap(bytes).asLongBuffer().get(longs);
        return longs;
    }

    private static String readString(DataInputStream data) throws IOException {
        byte[] bytes = new byte[count(data.readInt(), MAX_COUNT, "metadata string length")];
        data.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static int count(int value, int max, String what) {
        if (value < 0 || value > max) {
            throw corrupt(what + " " + value + " is out of range");
        }
        return value;
    }

    /** Checks the tables against each other so that look-ups cannot index out of bounds. */
    private static void checkStructure(
            int[] entryOffsets, int[] keys, int[] sharedKeys, int[] sharedStarts, int[] postings, int blobLength) {
        int entryCount = entryOffsets.length - 1;
        if (entryOffsets[0] != 0 || entryOffsets[entryCount] != blobLength) {
            throw corrupt("entry offsets do not span the entry text");
        }
        for (int i = 1; i <= entryCount; i++) {
            if (entryOffsets[i] < entryOffsets[i - 1]) {
                throw corrupt("entry offsets decrease at entry " + i);
            }
        }
        int shared = 0;
        for (int k = 0; k < keys.length; k++) {
            if (keys[k] >>> 2 >= entryCount) {
                throw corrupt("headword " + k + " names entry " + (keys[k] >>> 2) + " of " + entryCount);
            }
            if ((keys[k] & SHARED) != 0 && (shared == sharedKeys.length || sharedKeys[shared++] != k)) {
                throw corrupt("headword " + k + " is missing from the shared headwords");
            }
        }
        if (shared != sharedKeys.length) {
            throw corrupt("the shared headwords do not match the headword table");
        }
        if (sharedStarts[0] != 0 || sharedStarts[sharedKeys.length] != postings.length) {
            throw corrupt("postings do not span the posting table");
        }
        for (int j = 1; j < sharedStarts.length; j++) {
            if (sharedStarts[j] <= sharedStarts[j - 1]) {
                throw corrupt("shared headword " + sharedKeys[j - 1] + " has no entries");
            }
        }
        for (int posting : postings) {
            if (posting < 0 || posting >= entryCount) {
                throw corrupt("entry id " + posting + " is out of range");
            }
        }
    }

    private static ZhReaderException corrupt(String detail) {
        return new ZhReaderException("the CC-CEDICT dictionary is corrupt (" + detail + ")");
    }
}
