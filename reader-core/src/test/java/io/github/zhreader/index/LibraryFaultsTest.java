package io.github.zhreader.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhreader.Readers;
import io.github.zhreader.ZhReaderException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full disk while adding, and a library written by a newer version. */
class LibraryFaultsTest {

    /** A directory that fails every new file once {@code full} is set, as a full disk does. */
    private static final class FullDisk extends FilterDirectory {
        volatile boolean full;

        FullDisk(Directory in) {
            super(in);
        }

        @Override
        public IndexOutput createOutput(String name, IOContext context) throws IOException {
            if (full) throw new IOException("No space left on device");
            return super.createOutput(name, context);
        }

        @Override
        public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
            if (full) throw new IOException("No space left on device");
            return super.createTempOutput(prefix, suffix, context);
        }

        @Override
        public void close() {
            // the test keeps the underlying directory to reopen it
        }
    }

    @Test
    void aFullDiskLeavesTheLibraryAsItWas() throws IOException {
        ByteBuffersDirectory memory = new ByteBuffersDirectory();
        FullDisk disk = new FullDisk(memory);
        SentenceLibrary library = SentenceLibrary.open(disk, Readers.shared(), "test");
        library.add("a", "A", "银行行长来了。");
        disk.full = true;
        ZhReaderException e = assertThrows(ZhReaderException.class, () -> library.add("b", "B", "他还了钱。"));
        assertEquals(
                "library test: cannot add b (No space left on device); the library is as it was before",
                e.getMessage());
        disk.full = false;
        try (SentenceLibrary reopened = SentenceLibrary.open(new FullDisk(memory), Readers.shared(), "test")) {
            assertEquals(
                    List.of("a"),
                    reopened.documents().stream().map(LibraryDocument::id).toList());
            assertEquals(1, reopened.search("行长", 10).size());
        }
    }

    @Test
    void aLibraryOfANewerVersionIsRefused(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("library");
        try (SentenceLibrary library = SentenceLibrary.open(folder, Readers.shared())) {
            library.add("a", "A", "银行行长来了。");
        }
        Path segments;
        try (var files = Files.list(folder)) {
            segments = files.filter(p -> p.getFileName().toString().startsWith("segments_"))
                    .findFirst()
                    .orElseThrow();
        }
        // The header is: magic (4 bytes), the codec name as a length byte and its bytes, then the format version.
        int versionAt = 4 + 1 + "segments".getBytes(StandardCharsets.US_ASCII).length;
        try (RandomAccessFile file = new RandomAccessFile(segments.toFile(), "rw")) {
            file.seek(versionAt);
            file.writeInt(99);
        }
        ZhReaderException e =
                assertThrows(ZhReaderException.class, () -> SentenceLibrary.open(folder, Readers.shared()));
        assertEquals(
                "library " + folder + " was written by a newer zhreader; update zhreader to open it", e.getMessage());
        assertTrue(FSDirectory.open(folder).listAll().length > 0, "nothing was deleted");
    }
}
