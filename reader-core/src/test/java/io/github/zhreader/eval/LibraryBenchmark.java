package io.github.zhreader.eval;

import io.github.zhreader.ChineseReader;
import io.github.zhreader.index.SentenceLibrary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Builds a library of real sentences (the PKU test text and the CPP sentences, repeated under distinct ids until
 * the target is reached) on disk, and reports add throughput, search latency over 1,000 mixed queries (Chinese
 * words from the PKU gold segmentation, their pinyin, English words), the size on disk and the heap in use.
 *
 * <pre>
 * ./mvnw -q -pl reader-core test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.github.zhreader.eval.LibraryBenchmark -Dexec.args="/tmp/zhreader-bench 1000000"
 * </pre>
 */
public final class LibraryBenchmark {

    private LibraryBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        long target = Long.parseLong(args[1]);
        Path data = Path.of("..", "shared", "data");
        List<String> pku = Files.readAllLines(data.resolve("sighan2005/pku_test.utf8"), StandardCharsets.UTF_8);
        List<String> cpp = Files.readAllLines(data.resolve("cpp/dev.sent"), StandardCharsets.UTF_8).stream()
                .map(s -> s.replace("\u2581", "")).toList();
        ChineseReader reader = ChineseReader.create();
        long sentences = 0;
        long start = System.nanoTime();
        try (SentenceLibrary library = SentenceLibrary.open(folder, reader)) {
            int round = 0;
            while (sentences < target) {
                for (int i = 0; i < pku.size() && sentences < target; i += 200) {
                    sentences += library.add("pku-" + round + "-" + i, "PKU", String.join("\n", pku.subList(i, Math.min(pku.size(), i + 200)))).sentences();
                }
                for (int i = 0; i < cpp.size() && sentences < target; i += 1000) {
                    sentences += library.add("cpp-" + round + "-" + i, "CPP", String.join("\n", cpp.subList(i, Math.min(cpp.size(), i + 1000)))).sentences();
                }
                round++;
                System.out.printf("%,d sentences, %.0f sentences/s%n", sentences, sentences / ((System.nanoTime() - start) / 1e9));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("added %,d sentences in %.1f s: %.0f sentences/s%n", sentences, seconds, sentences / seconds);

            List<String> queries = queries(data, reader);
            long[] nanos = new long[queries.size()];
            for (int i = 0; i < queries.size(); i++) {
                long t0 = System.nanoTime();
                library.search(queries.get(i), 10);
                nanos[i] = System.nanoTime() - t0;
            }
            Arrays.sort(nanos);
            System.out.printf("%d queries: median %.2f ms, 99th percentile %.2f ms%n", nanos.length,
                    nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6);
        }
        long bytes;
        try (Stream<Path> files = Files.walk(folder)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf("on disk %.0f MB; heap in use %.0f MB of %.0f MB%n", bytes / 1e6,
                (rt.totalMemory() - rt.freeMemory()) / 1e6, rt.maxMemory() / 1e6);
    }

    private static List<String> queries(Path data, ChineseReader reader) throws IOException {
        List<String> gold = Files.readAllLines(data.resolve("sighan2005/pku_test_gold.utf8"), StandardCharsets.UTF_8);
        Random random = new Random(42);
        List<String> queries = new ArrayList<>();
        String[] english = {"bank", "economy", "government", "development", "reform", "water", "school", "market",
                "president", "science", "\"foreign trade\"", "farmer", "culture", "enterprise", "train", "army"};
        while (queries.size() < 1000) {
            String[] words = gold.get(random.nextInt(gold.size())).strip().split("\\s+");
            String w = words[random.nextInt(words.length)];
            if (w.length() < 1 || w.length() > 4 || !w.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) continue;
            switch (queries.size() % 4) {
                case 0, 1 -> queries.add(w);
                case 2 -> queries.add(String.join(" ", reader.annotate(w).tokens().flatMap(t -> t.syllables().stream())
                        .map(s -> s.substring(0, s.length() - 1)).toList()));
                default -> queries.add(english[random.nextInt(english.length)]);
            }
        }
        return queries;
    }
}
