package io.github.zhreader.eval;

import com.hankcs.hanlp.HanLP;
import io.github.zhreader.ChineseReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Single-thread throughput after warm-up, in one run: {@code ChineseReader.annotate} against {@code HanLP.segment}
 * on the same text, in characters per second, and their ratio. A quick check between JMH runs.
 *
 * <pre>
 * ./mvnw -q -pl reader-core test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.github.zhreader.eval.Throughput -Dexec.args="../shared/data/sighan2005/pku_test.utf8"
 * </pre>
 */
public final class Throughput {

    private Throughput() {
    }

    public static void main(String[] args) throws IOException {
        String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        ChineseReader reader = ChineseReader.create();
        for (int i = 0; i < 3; i++) {
            reader.annotate(text);
            HanLP.segment(text);
        }
        int rounds = 5;
        long t0 = System.nanoTime();
        for (int i = 0; i < rounds; i++) reader.annotate(text);
        double ours = rounds * (double) text.length() / ((System.nanoTime() - t0) / 1e9);
        t0 = System.nanoTime();
        for (int i = 0; i < rounds; i++) HanLP.segment(text);
        double hanlp = rounds * (double) text.length() / ((System.nanoTime() - t0) / 1e9);
        System.out.printf("zhreader annotate %.0f chars/s, HanLP.segment %.0f chars/s, ratio %.2f%n", ours, hanlp, ours / hanlp);
    }
}
