package io.github.zhreader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library under a second writer and a kill -9 in the middle of {@code add}, with the packaged jar in separate
 * processes: the second writer gets one clear line; after the kill the library opens, the document that was being
 * added is absent (never half there), the others are whole, and {@code library check} says it is healthy.
 */
class LibraryCrashIT {

    private static final Path JAR = Path.of("target", "zhreader.jar").toAbsolutePath();
    private static final Path SAMPLE =
            Path.of("..", "samples", "articles", "scale-ai.txt").toAbsolutePath();

    @TempDir
    Path tmp;

    @Test
    void killedAddLeavesTheLibraryAsItWas() throws Exception {
        Path data = tmp.resolve("data");
        assertEquals(
                0,
                zhreader("add", SAMPLE.toString(), "--library", data.toString()).waitFor());

        Path big = tmp.resolve("big.txt");
        String article = Files.readString(SAMPLE, StandardCharsets.UTF_8);
        Files.writeString(big, article.substring(0, article.indexOf("声明")).repeat(300), StandardCharsets.UTF_8);
        Process adding = zhreader("add", big.toString(), "--library", data.toString());
        Path lock = data.resolve("library").resolve("write.lock");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!isLocked(data) && adding.isAlive() && System.nanoTime() < deadline) Thread.sleep(50);
        assertTrue(adding.isAlive(), "the big add is still running when the test acts");

        Process second = zhreader("add", SAMPLE.toString(), "--id", "other", "--library", data.toString());
        String secondError = new String(second.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, second.waitFor());
        assertEquals(
                "zhreader: library " + data.resolve("library") + " is being written by another zhreader process\n",
                secondError);

        adding.destroyForcibly();
        adding.waitFor();

        Process check = zhreader("library", "check", "--library", data.toString());
        assertEquals(
                "healthy: 1 document, 40 sentences\n",
                new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        assertEquals(0, check.waitFor());
        Process list = zhreader("library", "list", "--library", data.toString());
        List<String> lines = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .lines()
                .toList();
        assertEquals("scale-ai\t40 sentences\t0.0% known\tHSK 6+ (80%)\tscale-ai.txt", lines.get(0));
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(!Files.exists(lock) || Files.size(lock) == 0, "a stale lock file does not block the next writer");
        assertEquals(
                0,
                zhreader("add", SAMPLE.toString(), "--id", "again", "--library", data.toString())
                        .waitFor());
    }

    /** {@code true} once the adding process holds the library's write lock (a second open fails). */
    private static boolean isLocked(Path data) throws Exception {
        Path library = data.resolve("library");
        if (!Files.exists(library.resolve("write.lock"))) return false;
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(
                library.resolve("write.lock"), java.nio.file.StandardOpenOption.WRITE)) {
            java.nio.channels.FileLock l = channel.tryLock();
            if (l == null) return true;
            l.release();
            return false;
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return true;
        }
    }

    private static Process zhreader(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("java", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }
}
