package io.github.zhreader.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Reads one regular file out of a gzip-compressed tar archive (an npm package). Build-only helper for
 * {@link DictionaryBuild}, not part of the API.
 *
 * <p>Understands what npm writes: ustar headers (512-byte blocks, octal sizes, the {@code prefix} field), GNU long
 * names ({@code L} entries) and pax extended headers ({@code x} entries, of which only {@code path} is used). Other
 * entry types are skipped. Header checksums are verified.
 *
 * <p>Stateless and thread-safe.
 */
final class Tarball {

    private static final int BLOCK = 512;

    private Tarball() {}

    /**
     * Returns the contents of the regular file {@code name} (for example {@code package/lib/data/cedict_ts.u8.js}).
     * The stream is read up to that file or to the end of the archive, and not closed.
     *
     * @param tgz the gzip-compressed tar archive
     * @param name the file's path inside the archive
     * @return the file's bytes, or empty if the archive has no such regular file
     * @throws IOException if the stream is not gzip, a tar header is corrupt, or the archive is truncated
     */
    static Optional<byte[]> extract(InputStream tgz, String name) throws IOException {
        InputStream tar = new GZIPInputStream(tgz, 1 << 16);
        byte[] header = new byte[BLOCK];
        String nextName = null;
        for (int index = 0; ; index++) {
            int read = tar.readNBytes(header, 0, BLOCK);
            if (read == 0 || read == BLOCK && isZero(header)) {
                return Optional.empty();
            }
            if (read < BLOCK) {
                throw new IOException("tar archive is truncated in the header of entry " + index);
            }
            if (octal(header, 148, 8, index) != checksum(header)) {
                throw new IOException("corrupt tar header at entry " + index + " (checksum mismatch)");
            }
            long size = octal(header, 124, 12, index);
            String entryName = nextName != null ? nextName : headerName(header);
            nextName = null;
            switch (header[156]) {
                case 'L' -> {
                    byte[] longName = read(tar, size, index);
                    nextName = cString(longName, 0, longName.length);
                }
                case 'x' -> nextName = paxPath(read(tar, size, index));
                case '0', 0 -> {
                    if (entryName.equals(name)) {
                        return Optional.of(read(tar, size, index));
                    }
                    skip(tar, size);
                }
                default -> skip(tar, size);
            }
        }
    }

    /** Reads an entry's data and the padding after it. */
    private static byte[] read(InputStream tar, long size, int index) throws IOException {
        if (size > Integer.MAX_VALUE - BLOCK) {
            throw new IOException("tar entry " + index + " is too large (" + size + " bytes)");
        }
        byte[] data = tar.readNBytes((int) size);
        if (data.length < size) {
            throw new IOException("tar archive is truncated in entry " + index);
        }
        tar.skipNBytes(padding(size));
        return data;
    }

    private static void skip(InputStream tar, long size) throws IOException {
        tar.skipNBytes(size + padding(size));
    }

    private static long padding(long size) {
        return (BLOCK - size % BLOCK) % BLOCK;
    }

    /** The ustar name, prefixed with the {@code prefix} field when the header has one. */
    private static String headerName(byte[] header) {
        String name = cString(header, 0, 100);
        boolean ustar = new String(header, 257, 5, StandardCharsets.US_ASCII).equals("ustar");
        String prefix = ustar ? cString(header, 345, 155) : "";
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    /** Finds {@code path} in pax records of the form {@code "LENGTH key=value\n"}; returns null when absent. */
    private static String paxPath(byte[] records) {
        String text = new String(records, StandardCharsets.UTF_8);
        for (String record : text.split("\n")) {
            int space = record.indexOf(' ');
            if (space > 0 && record.startsWith("path=", space + 1)) {
                return record.substring(space + 1 + "path=".length());
            }
        }
        return null;
    }

    private static long octal(byte[] header, int offset, int length, int index) throws IOException {
        if ((header[offset] & 0x80) != 0) {
            throw new IOException("tar entry " + index + " uses binary number encoding, which is not supported");
        }
        int end = offset + length;
        int i = skipBlanks(header, offset, end);
        long value = 0;
        for (; i < end && header[i] >= '0' && header[i] <= '7'; i++) {
            value = value * 8 + (header[i] - '0');
        }
        if (skipBlanks(header, i, end) < end) {
            throw new IOException("corrupt tar header at entry " + index + " (bad octal number)");
        }
        return value;
    }

    /** The header checksum: the unsigned sum of its bytes with the checksum field counted as spaces. */
    private static long checksum(byte[] header) {
        long sum = 0;
        for (int i = 0; i < BLOCK; i++) {
            sum += i >= 148 && i < 156 ? ' ' : header[i] & 0xFF;
        }
        return sum;
    }

    /** Skips the spaces and NULs that pad octal fields. */
    private static int skipBlanks(byte[] header, int from, int end) {
        int i = from;
        while (i < end && (header[i] == ' ' || header[i] == 0)) {
            i++;
        }
        return i;
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static String cString(byte[] bytes, int offset, int length) {
        int end = offset;
        while (end < offset + length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, offset, end - offset, StandardCharsets.UTF_8);
    }
}
