package io.github.zhreader.eval;

import io.github.zhreader.ChineseReader;
import io.github.zhreader.index.LibraryBatch;
import io.github.zhreader.index.SentenceLibrary;
import io.github.zhreader.testing.BenchmarkQueries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds a library of real sentences (the PKU test text and the CPP sentences, repeated under distinct ids until
 * the target is reached) on disk, and reports add throughput, search latency over 1,000 mixed queries (Chinese
 * words from the PKU gold segmentation, their pinyin, English words), the size on disk and the heap in use. The
 * documents (200 PKU lines or 1,000 CPP sentences each) are added as {@code zhreader add --threads N} adds files:
 * in one {@link LibraryBatch} annotated on N threads (the third argument, default 2). A few documents
 * more than the target may be annotated ahead and added. The library is closed (which waits for the merges still
 * running, as the command does before it exits) and opened again to be searched. Then single adds, each committed, as
 * {@code SentenceLibrary.add(id, title, text)} does, are timed on 10,000 sentences in a second folder.
 *
 * <pre>
 * ./mvnw -q -pl reader-core test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.github.zhreader.eval.LibraryBenchmark -Dexec.args="/tmp/zhreader-bench 1000000 2"
 * </pre>
 */
public final class LibraryBenchmark {

    private LibraryBenchmark() {}

    /**
     * Document {@code n} of an endless sequence of real text from the shared data in {@code data}: round after
     * round of the PKU test text in documents of 200 lines, then the CPP sentences in documents of 1,000, each
     * under its own id, as {id, title, text}.
     */
    static java.util.function.IntFunction<String[]> documents(Path data) throws IOException {
        List<String> pku = Files.readAllLines(data.resolve("sighan2005/pku_test.utf8"), StandardCharsets.UTF_8);
        List<String> cpp = Files.readAllLines(data.resolve("cpp/dev.sent"), StandardCharsets.UTF_8).stream()
                .map(s -> s.replace("\u2581", ""))
                .toList();
        int pkuDocuments = (pku.size() + 199) / 200;
        int perRound = pkuDocuments + (cpp.size() + 999) / 1000;
        return n -> {
            int round = n / perRound;
            int k = n % perRound;
            if (k < pkuDocuments) {
                int i = k * 200;
                return new String[] {
                    "pku-" + round + "-" + i, "PKU", String.join("\n", pku.subList(i, Math.min(pku.size(), i + 200)))
                };
            }
            int i = (k - pkuDocuments) * 1000;
            return new String[] {
                "cpp-" + round + "-" + i, "CPP", String.join("\n", cpp.subList(i, Math.min(cpp.size(), i + 1000)))
            };
        };
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        long target = Long.parseLong(args[1]);
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        Path data = Path.of("..", "shared", "data");
        ChineseReader reader = ChineseReader.create();
        java.util.function.IntFunction<String[]> document = documents(data);
        long[] sentences = {0};
        long start = System.nanoTime();
        try (SentenceLibrary library = SentenceLibrary.open(folder, reader)) {
            // As `zhreader add --threads N FILES...` does: one batch, annotated on N threads, indexed in order.
            long[] reported = {0};
            try (LibraryBatch batch = library.batch(threads, (id, added) -> {
                sentences[0] += added.sentences();
                if (sentences[0] / 100_000 > reported[0]) {
                    reported[0] = sentences[0] / 100_000;
                    System.out.printf(
                            "%,d sentences, %.0f sentences/s%n",
                            sentences[0], sentences[0] / ((System.nanoTime() - start) / 1e9));
                }
            })) {
                // Documents are added until the target is reached; the batch annotates up to 2 × threads ahead.
                for (int i = 0; sentences[0] < target; i++) {
                    String[] d = document.apply(i);
                    batch.add(d[0], d[1], d[2]);
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    "added %,d sentences in %.1f s on %d thread%s (one batch, committed at the end): %.0f sentences/s%n",
                    sentences[0], seconds, threads, threads == 1 ? "" : "s", sentences[0] / seconds);
        }
        // Closing waits for the merges still running, as the command does before it exits.
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("and closed (merges done) in %.1f s: %.0f sentences/s%n", seconds, sentences[0] / seconds);

        // Searched as `zhreader search` does, in a library opened afresh.
        try (SentenceLibrary library = SentenceLibrary.open(folder, reader)) {
            List<String> queries = BenchmarkQueries.of(data.resolve("sighan2005/pku_test_gold.utf8"), reader, 1000);
            long[] nanos = new long[queries.size()];
            for (int i = 0; i < queries.size(); i++) {
                long t0 = System.nanoTime();
                library.search(queries.get(i), 10);
                nanos[i] = System.nanoTime() - t0;
            }
            Arrays.sort(nanos);
            System.out.printf(
                    "%d queries: median %.2f ms, 99th percentile %.2f ms%n",
                    nanos.length, nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6);
        }
        long bytes;
        try (Stream<Path> files = Files.walk(folder)) {
            bytes = files.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf(
                "on disk %.0f MB; heap in use %.0f MB of %.0f MB%n",
                bytes / 1e6, (rt.totalMemory() - rt.freeMemory()) / 1e6, rt.maxMemory() / 1e6);

        Path single = Path.of(folder + "-single");
        long added = 0;
        long t0 = System.nanoTime();
        try (SentenceLibrary library = SentenceLibrary.open(single, reader)) {
            for (int i = 0; added < 10_000; i++) {
                String[] d = document.apply(i);
                added += library.add(d[0], d[1], d[2]).sentences();
            }
        }
        System.out.printf(
                "single adds, each committed: %,d sentences, %.0f sentences/s (in %s)%n",
                added, added / ((System.nanoTime() - t0) / 1e9), single);
    }
}
