package io.github.zhreader.lexicon;

import io.github.zhreader.ZhReaderException;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

/**
 * Writes parsed CC-CEDICT in the binary format that {@link CedictDictionary#load(java.io.InputStream)} reads. The build
 * runs it once ({@code DictionaryBuild}, in {@code src/build/java}); the output is deterministic for a given input.
 *
 * <h2>Format, version 2</h2>
 * All integers are big-endian 32-bit; strings are UTF-8.
 * <pre>
 * magic            8 bytes  "ZHCEDICT"
 * formatVersion    int      2
 * metadataCount    int      then per pair, sorted by key: int byteLength, key bytes, int byteLength, value bytes
 * entryCount       int
 * keyCount         int      distinct headwords, simplified and traditional
 * sharedKeyCount   int      headwords that belong to more than one entry
 * sharedPostings   int      entries of those headwords, counted per headword
 * blobLength       int      bytes of entry text
 * maxWordLength    int      longest headword in UTF-16 chars
 * filterWords      int      longs in the headword filter, a power of two (about 16 bits per headword)
 * entryOffsets     int[entryCount + 1]     entry i is blob[entryOffsets[i], entryOffsets[i + 1])
 * keys             int[keyCount]           entry &lt;&lt; 2 | traditional &lt;&lt; 1 | shared, sorted by headword
 * sharedKeys       int[sharedKeyCount]     indexes into keys of the shared headwords, ascending
 * sharedStarts     int[sharedKeyCount + 1] shared headword j has postings[sharedStarts[j], sharedStarts[j + 1])
 * postings         int[sharedPostings]     entry ids, ascending per headword
 * filter           long[filterWords]       a Bloom filter of the headwords' String.hashCode(), one bit each
 * blob             byte[blobLength]        per entry: simplified LF traditional LF pinyin LF senses joined by '/'
 *                                          (traditional is empty when it equals simplified)
 * crc32            int      CRC-32 of every byte before it
 * </pre>
 * A key names the first entry with that headword and which of its two headword fields holds it, so the headword text
 * is stored only once, in the blob, where it ends at the next line feed. Keys are sorted by the headword's UTF-8
 * bytes (unsigned), which is code point order. Most headwords belong to one entry; the few shared by several entries
 * have the {@code shared} bit set and list all their entries in {@code postings}. Line feeds and slashes cannot occur
 * inside the fields (see {@link CedictEntry}), so they separate them unambiguously. The filter has the bit
 * {@code CedictDictionary.filterBit(word.hashCode(), filterWords)} set for every headword, so that a caller
 * trying many spans of a text can skip most of those that are not headwords without making strings of them.
 * Version 1 had no filter.
 *
 * <p>Stateless and thread-safe.
 */
public final class CedictCompiler {

    private CedictCompiler() {}

    /**
     * Writes a dictionary. The metadata holds the source's {@code #!} header (date, license, publisher, ...), then
     * {@code source=CC-CEDICT}, then {@code extraMetadata}, and finally {@code entries} set to the number of entries
     * written. The stream is flushed, not closed.
     *
     * @param parsed the parsed CC-CEDICT text
     * @param extraMetadata further metadata to record, for example where the source came from; may be empty
     * @param out where to write
     * @throws ZhReaderException if writing fails
     */
    public static void write(CedictParser.Result parsed, Map<String, String> extraMetadata, OutputStream out) {
        Objects.requireNonNull(parsed, "parsed");
        Objects.requireNonNull(extraMetadata, "extraMetadata");
        Objects.requireNonNull(out, "out");
        List<CedictEntry> entries = parsed.entries();
        SortedMap<String, String> metadata = new TreeMap<>(parsed.header());
        metadata.put("source", "CC-CEDICT");
        metadata.putAll(extraMetadata);
        metadata.put("entries", Integer.toString(entries.size()));

        ByteArrayOutputStream blob = new ByteArrayOutputStream(entries.size() * 64);
        int[] entryOffsets = new int[entries.size() + 1];
        Map<String, Key> keys = new HashMap<>(entries.size() * 2);
        for (int id = 0; id < entries.size(); id++) {
            CedictEntry entry = entries.get(id);
            entryOffsets[id] = blob.size();
            byte[] simplified = utf8(entry.simplified());
            keys.computeIfAbsent(entry.simplified(), k -> new Key(simplified, false))
                    .ids
                    .add(id);
            blob.writeBytes(simplified);
            blob.write('\n');
            if (!entry.traditional().equals(entry.simplified())) {
                byte[] traditional = utf8(entry.traditional());
                keys.computeIfAbsent(entry.traditional(), k -> new Key(traditional, true))
                        .ids
                        .add(id);
                blob.writeBytes(traditional);
            }
            blob.write('\n');
            blob.writeBytes(utf8(entry.pinyin()));
            blob.write('\n');
            blob.writeBytes(utf8(String.join("/", entry.senses())));
        }
        entryOffsets[entries.size()] = blob.size();

        List<Key> sorted = new ArrayList<>(keys.values());
        sorted.sort((a, b) -> Arrays.compareUnsigned(a.bytes, b.bytes));
        List<Integer> sharedKeys = new ArrayList<>();
        int sharedPostings = 0;
        for (int k = 0; k < sorted.size(); k++) {
            if (sorted.get(k).ids.size() > 1) {
                sharedKeys.add(k);
                sharedPostings += sorted.get(k).ids.size();
            }
        }
        int maxWordLength =
                keys.keySet().stream().mapToInt(String::length).max().orElse(0);
        // About 16 bits per headword (one bit set each): some 6% of other strings pass.
        long[] filter = new long[Math.max(1, Integer.highestOneBit(Math.max(1, keys.size() / 4 - 1)) * 2)];
        for (String headword : keys.keySet()) {
            int bit = CedictDictionary.filterBit(headword.hashCode(), filter.length);
            filter[bit >>> 6] |= 1L << bit;
        }

        try {
            CRC32 crc = new CRC32();
            BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
            DataOutputStream data = new DataOutputStream(new CheckedOutputStream(buffered, crc));
            data.write(CedictDictionary.MAGIC);
            data.writeInt(CedictDictionary.FORMAT_VERSION);
            data.writeInt(metadata.size());
            for (Map.Entry<String, String> pair : metadata.entrySet()) {
                writeString(data, pair.getKey());
                writeString(data, pair.getValue());
            }
            data.writeInt(entries.size());
            data.writeInt(sorted.size());
            data.writeInt(sharedKeys.size());
            data.writeInt(sharedPostings);
            data.writeInt(blob.size());
            data.writeInt(maxWordLength);
            data.writeInt(filter.length);
            for (int offset : entryOffsets) {
                data.writeInt(offset);
            }
            for (Key key : sorted) {
                data.writeInt(key.ids.get(0) << 2 | (key.traditional ? 2 : 0) | (key.ids.size() > 1 ? 1 : 0));
            }
            for (int k : sharedKeys) {
                data.writeInt(k);
            }
            int postingStart = 0;
            for (int k : sharedKeys) {
                data.writeInt(postingStart);
                postingStart += sorted.get(k).ids.size();
            }
            data.writeInt(postingStart);
            for (int k : sharedKeys) {
                for (int id : sorted.get(k).ids) {
                    data.writeInt(id);
                }
            }
            for (long word : filter) {
                data.writeLong(word);
            }
            blob.writeTo(data);
            data.flush();
            new DataOutputStream(buffered).writeInt((int) crc.getValue());
            buffered.flush();
        } catch (IOException e) {
            throw new ZhReaderException("could not write the CC-CEDICT dictionary: " + e, e);
        }
    }

    private static void writeString(DataOutputStream data, String text) throws IOException {
        byte[] bytes = utf8(text);
        data.writeInt(bytes.length);
        data.write(bytes);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A distinct headword: its UTF-8 bytes, whether its first entry has it as the traditional form, and the entries
     * that have it, ascending.
     */
    private static final class Key {
        final byte[] bytes;
        final boolean traditional;
        final List<Integer> ids = new ArrayList<>(1);

        Key(byte[] bytes, boolean traditional) {
            this.bytes = bytes;
            this.traditional = traditional;
        }
    }
}
