package io.github.zhreader.eval;

import com.hankcs.hanlp.HanLP;
import io.github.zhreader.ChineseReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Single-thread throughput after warm-up, in one run: {@code ChineseReader.annotate} against {@code HanLP.segment}
 * on the same text, in characters per second, and their ratio. A quick check between JMH runs.
 *
 * <p>The two alternate, round after round, and each round is timed by the thread's CPU time as well as by the
 * clock: on a machine shared with other work, CPU time is what stays comparable (the clock also counts the time
 * the thread waited for a core). The ratio printed is the median of the rounds' ratios. A reader keeps the
 * annotations of the words it has met, so each round also times a fresh reader, for which every word of the text is
 * new: the cost of a first text.
 *
 * <pre>
 * ./mvnw -q -pl reader-core test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.github.zhreader.eval.Throughput -Dexec.args="../shared/data/sighan2005/pku_test.utf8"
 * </pre>
 */
public final class Throughput {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Throughput() {}

    public static void main(String[] args) throws IOException {
        String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        ChineseReader reader = ChineseReader.create();
        // Warm-up: at least ten seconds, so that both are compiled by C2 before the rounds are timed.
        long warm = System.nanoTime();
        for (int i = 0; i < 5 || System.nanoTime() - warm < 10_000_000_000L; i++) {
            reader.annotate(text);
            HanLP.segment(text);
        }
        int rounds = 7;
        double[] ratios = new double[rounds];
        double[] firstRatios = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            double[] ours = time(() -> reader.annotate(text), text.length());
            // A reader that has annotated nothing yet: every word of the text is new to it.
            ChineseReader fresh = ChineseReader.create();
            double[] first = time(() -> fresh.annotate(text), text.length());
            double[] hanlp = time(() -> HanLP.segment(text), text.length());
            ratios[i] = ours[0] / hanlp[0];
            firstRatios[i] = first[0] / hanlp[0];
            System.out.printf(
                    "round %d: zhreader annotate %.0f chars/s (clock %.0f), on a fresh reader %.0f chars/s, "
                            + "HanLP.segment %.0f chars/s (clock %.0f), ratio %.2f (fresh reader %.2f)%n",
                    i + 1, ours[0], ours[1], first[0], hanlp[0], hanlp[1], ratios[i], firstRatios[i]);
        }
        Arrays.sort(ratios);
        Arrays.sort(firstRatios);
        System.out.printf(
                "median ratio %.2f (range %.2f to %.2f); on a fresh reader %.2f (range %.2f to %.2f)%n",
                ratios[rounds / 2],
                ratios[0],
                ratios[rounds - 1],
                firstRatios[rounds / 2],
                firstRatios[0],
                firstRatios[rounds - 1]);
    }

    /** Characters per second of CPU time and of clock time for one run of {@code work}. */
    private static double[] time(Runnable work, int characters) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long clock = System.nanoTime();
        work.run();
        double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
        double clockSeconds = (System.nanoTime() - clock) / 1e9;
        return new double[] {characters / cpuSeconds, characters / clockSeconds};
    }
}
