package io.github.zhreader.eval;

import io.github.zhreader.ChineseReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The live heap of the default {@link ChineseReader}: the heap in use after full collections, in a fresh JVM, before
 * the reader is made, once it has annotated a sentence (everything loaded), and after it has annotated the given
 * texts (its caches filled). Run it with {@code -XX:+UseSerialGC} so that {@code System.gc()} is a full collection.
 *
 * <pre>
 * java -XX:+UseSerialGC -cp "$(cat reader-core/target/cp.txt):reader-core/target/classes:reader-core/target/test-classes" \
 *     io.github.zhreader.eval.LiveHeap ../shared/data/sighan2005/pku_test.utf8
 * </pre>
 */
public final class LiveHeap {

    private LiveHeap() {}

    public static void main(String[] args) throws IOException {
        System.out.printf("empty JVM                 %6.1f MB%n", live());
        ChineseReader reader = ChineseReader.create();
        reader.annotate("银行行长被扎克伯格招安了。");
        System.out.printf("default reader loaded     %6.1f MB%n", live());
        for (String file : args) {
            reader.annotate(Files.readString(Path.of(file), StandardCharsets.UTF_8));
            System.out.printf("after annotating %-9s%6.1f MB  (%s)%n", "", live(), file);
        }
        System.out.println(reader.lookup("招安", 1).size() > 0 ? "" : "?");
    }

    private static double live() {
        for (int i = 0; i < 3; i++) System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6;
    }
}
