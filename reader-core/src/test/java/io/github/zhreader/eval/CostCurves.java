package io.github.zhreader.eval;

import io.github.zhreader.ChineseReader;
import io.github.zhreader.index.LibraryBatch;
import io.github.zhreader.index.SentenceLibrary;
import io.github.zhreader.testing.BenchmarkQueries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * How the cost grows with the work: measures it into tab-separated files, one line per size, which
 * {@link CostCharts} draws as the PNG charts of {@code docs/cost/}. Run from the top of the checkout, after
 * {@code ./zhreader} has run once (so that its jar and class-data archive exist):
 *
 * <pre>
 * ./mvnw -q -pl reader-core test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * CP="$(cat reader-core/target/cp.txt):reader-core/target/classes:reader-core/target/test-classes"
 * java -cp "$CP" io.github.zhreader.eval.CostCurves annotate docs/cost
 * java -cp "$CP" io.github.zhreader.eval.CostCurves library docs/cost /tmp/zhreader-curve 3000000
 * java -cp "$CP" io.github.zhreader.eval.CostCurves start docs/cost
 * java -cp "$CP" io.github.zhreader.eval.CostCharts docs/cost
 * </pre>
 *
 * <ul>
 *   <li>{@code annotate}: the whole process of {@code ./zhreader annotate --format json FILE > /dev/null} on real
 *   text (the PKU test text, then the CPP sentences, over and over) of 1 KB to 50 MB: the wall time and the
 *   largest resident set, from {@code /usr/bin/time}; the median of three runs up to 1 MB, one run above.</li>
 *   <li>{@code library}: one library on disk grown in batches (as {@code zhreader add --threads 2} adds files) to
 *   10,000, 30,000, 100,000, 300,000, 1,000,000 and 3,000,000 sentences (or the size given), with its
 *   documents from {@link LibraryBenchmark#documents}; at each size the time spent adding so far (committed and
 *   merged), the size on disk, and the median and 99th percentile of 1,000 mixed queries
 *   ({@link BenchmarkQueries}, top 10) in the library opened afresh, after 200 queries of warm-up.</li>
 *   <li>{@code start}: the cold start of each command on the sample article, by {@code hyperfine -N} (3 warm-up
 *   runs, then 20), beside the program that only calls {@code HanLP.segment} ({@link HanLpOnly}) with the
 *   launcher's JVM options.</li>
 * </ul>
 */
public final class CostCurves {

    private CostCurves() {}

    /** The text sizes of the annotate curve, in bytes of UTF-8. */
    static final long[] TEXT_SIZES = {1_000, 10_000, 100_000, 1_000_000, 10_000_000, 50_000_000};

    /** The library sizes of the library curve, in sentences. */
    static final long[] LIBRARY_SIZES = {10_000, 30_000, 100_000, 300_000, 1_000_000, 3_000_000};

    /** The launcher's JVM options for a text of the sample's size ({@code zhreader}, the script). */
    static final List<String> LAUNCHER_OPTIONS = List.of(
            "-XX:+UseSerialGC",
            "-Xmn256m",
            "-Xshare:auto",
            "-XX:-UsePerfData",
            "-XX:TieredStopAtLevel=1",
            "-XX:CICompilerCount=1");

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: CostCurves annotate|library|start OUT_DIR [LIBRARY_FOLDER [MAX_SENTENCES]]");
            System.exit(2);
        }
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        Path data = Path.of("..", "shared", "data");
        switch (args[0]) {
            case "annotate" -> annotate(data, out.resolve("annotate.tsv"));
            case "library" ->
                library(
                        data,
                        out.resolve("library.tsv"),
                        Path.of(args[2]),
                        args.length > 3 ? Long.parseLong(args[3]) : LIBRARY_SIZES[LIBRARY_SIZES.length - 1]);
            case "start" -> start(out.resolve("start.tsv"));
            default -> throw new IllegalArgumentException("unknown curve " + args[0]);
        }
    }

    /** Writes {@code bytes} of real text to {@code file}: whole lines of the PKU text, then the CPP sentences. */
    private static void writeText(Path data, Path file, long bytes) throws IOException {
        List<String> lines =
                new ArrayList<>(Files.readAllLines(data.resolve("sighan2005/pku_test.utf8"), StandardCharsets.UTF_8));
        for (String s : Files.readAllLines(data.resolve("cpp/dev.sent"), StandardCharsets.UTF_8))
            lines.add(s.replace("\u2581", ""));
        try (var w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            long written = 0;
            for (int i = 0; written < bytes; i = (i + 1) % lines.size()) {
                String line = lines.get(i) + "\n";
                written += line.getBytes(StandardCharsets.UTF_8).length;
                w.write(line);
            }
        }
    }

    private static void annotate(Path data, Path tsv) throws Exception {
        List<String> rows = new ArrayList<>(List.of("bytes\tseconds\tmax_rss_mb\tcommand"));
        for (long size : TEXT_SIZES) {
            Path text = Files.createTempFile("zhreader-curve-", ".txt");
            try {
                writeText(data, text, size);
                int runs = size <= 1_000_000 ? 3 : 1;
                double[] seconds = new double[runs];
                double[] rss = new double[runs];
                for (int r = 0; r < runs; r++) {
                    double[] m = timed(List.of("./zhreader", "annotate", "--format", "json", text.toString()));
                    seconds[r] = m[0];
                    rss[r] = m[1];
                }
                Arrays.sort(seconds);
                Arrays.sort(rss);
                long bytes = Files.size(text);
                String row = String.format(
                        Locale.ROOT,
                        "%d\t%.2f\t%.0f\t./zhreader annotate --format json FILE > /dev/null",
                        bytes,
                        seconds[runs / 2],
                        rss[runs / 2]);
                System.out.println(row);
                rows.add(row);
            } finally {
                Files.deleteIfExists(text);
            }
        }
        Files.write(tsv, rows, StandardCharsets.UTF_8);
    }

    /** Runs {@code command} under {@code /usr/bin/time}, its output discarded: {wall seconds, max resident MB}. */
    private static double[] timed(List<String> command) throws IOException, InterruptedException {
        Path report = Files.createTempFile("zhreader-time-", ".txt");
        try {
            List<String> full = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %M", "-o", report.toString()));
            full.addAll(command);
            Process p = new ProcessBuilder(full)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            if (p.waitFor() != 0) throw new IllegalStateException("failed: " + command);
            String[] parts = Files.readString(report).strip().split("\\s+");
            return new double[] {Double.parseDouble(parts[0]), Long.parseLong(parts[1]) / 1024.0};
        } finally {
            Files.deleteIfExists(report);
        }
    }

    private static void library(Path data, Path tsv, Path folder, long max) throws IOException {
        if (Files.exists(folder)) throw new IllegalArgumentException(folder + " exists: give a new folder");
        ChineseReader reader = ChineseReader.create();
        IntFunction<String[]> document = LibraryBenchmark.documents(data);
        List<String> queries = BenchmarkQueries.of(data.resolve("sighan2005/pku_test_gold.utf8"), reader, 1000);
        List<String> rows =
                new ArrayList<>(List.of("sentences\tadd_seconds\tsentences_per_second\tdisk_mb\tmedian_ms\tp99_ms"));
        long[] sentences = {0};
        int next = 0;
        double adding = 0;
        for (long target : LIBRARY_SIZES) {
            if (target > max) break;
            // A batch annotates a few documents ahead, so a size may be passed on the way to the one before it.
            if (sentences[0] >= target) continue;
            long t0 = System.nanoTime();
            // One batch to each size, as `zhreader add --threads 2 FILES...` adds; closing waits for the merges.
            try (SentenceLibrary library = SentenceLibrary.open(folder, reader)) {
                try (LibraryBatch batch = library.batch(2, (id, added) -> sentences[0] += added.sentences())) {
                    while (sentences[0] < target) {
                        String[] d = document.apply(next++);
                        batch.add(d[0], d[1], d[2]);
                    }
                }
            }
            adding += (System.nanoTime() - t0) / 1e9;
            long[] nanos = new long[queries.size()];
            try (SentenceLibrary library = SentenceLibrary.open(folder, reader)) {
                for (int i = 0; i < 200; i++) library.search(queries.get(i), 10);
                for (int i = 0; i < queries.size(); i++) {
                    long q0 = System.nanoTime();
                    library.search(queries.get(i), 10);
                    nanos[i] = System.nanoTime() - q0;
                }
            }
            Arrays.sort(nanos);
            String row = String.format(
                    Locale.ROOT,
                    "%d\t%.1f\t%.0f\t%.1f\t%.2f\t%.2f",
                    sentences[0],
                    adding,
                    sentences[0] / adding,
                    size(folder) / 1e6,
                    nanos[nanos.length / 2] / 1e6,
                    nanos[(int) (nanos.length * 0.99)] / 1e6);
            System.out.println(row);
            rows.add(row);
            Files.write(tsv, rows, StandardCharsets.UTF_8);
        }
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(p -> {
                        try {
                            return Files.size(p);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .sum();
        }
    }

    private static void start(Path tsv) throws IOException, InterruptedException {
        String sample = "samples/articles/scale-ai.txt";
        Path home = Files.createTempDirectory("zhreader-start-");
        String library = home.resolve("data").toString();
        run(List.of("./zhreader", "add", sample, "--library", library));
        String cp = String.join(
                ":", Files.readString(Path.of("reader-core/target/cp.txt")).strip(), "reader-core/target/test-classes");
        List<String[]> commands = new ArrayList<>();
        commands.add(new String[] {
            "HanLP.segment only",
            "java " + String.join(" ", LAUNCHER_OPTIONS) + " -cp " + cp + " io.github.zhreader.eval.HanLpOnly " + sample
        });
        for (String c : List.of(
                "annotate --format json " + sample,
                "read " + sample,
                "vocab " + sample,
                "lookup 招安",
                "search 羊毛 --library " + library,
                "mine 公司 --library " + library + " --unknown 9",
                "library list --library " + library,
                "dict info",
                "--version")) {
            commands.add(new String[] {c.replace(library, "DATA").replace(sample, "SAMPLE"), "./zhreader " + c});
        }
        Path csv = home.resolve("hyperfine.csv");
        List<String> hyperfine =
                new ArrayList<>(List.of("hyperfine", "-N", "-w", "3", "-r", "20", "--export-csv", csv.toString()));
        for (String[] c : commands) hyperfine.add(c[1]);
        run(hyperfine);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> rows = new ArrayList<>(List.of("command\tmedian_s\tratio_to_hanlp"));
        double base = Double.NaN;
        for (int i = 0; i < commands.size(); i++) {
            // hyperfine's CSV: command,mean,stddev,median,user,system,min,max; the command may hold commas only
            // inside quotes, and ours hold none.
            String[] f = lines.get(i + 1).split(",");
            double median = Double.parseDouble(f[3]);
            if (i == 0) base = median;
            String row = String.format(Locale.ROOT, "%s\t%.3f\t%.2f", commands.get(i)[0], median, median / base);
            System.out.println(row);
            rows.add(row);
        }
        Files.write(tsv, rows, StandardCharsets.UTF_8);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        if (p.waitFor() != 0) throw new IllegalStateException("failed: " + command);
    }
}
