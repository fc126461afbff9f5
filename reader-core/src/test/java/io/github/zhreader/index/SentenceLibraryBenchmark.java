package io.github.zhreader.index;

import io.github.zhreader.BenchmarkTexts;
import io.github.zhreader.ChineseReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The sentence library on disk. {@code add} adds documents of 200 lines of the large text (the PKU text: about
 * 450 sentences each), each committed, as {@code SentenceLibrary.add} does: with 1 thread one after the other; with 2, a
 * reader of 2 threads, and the next document annotated while this one is indexed. Its {@code :sentences} figure is
 * sentences added per second. The documents take turns under ten ids, so the library stays the size of the text and each
 * add also replaces a document. {@code search} runs a fixed mix of Chinese, pinyin and English queries on a
 * library of the large text, and reports the distribution of times per query. For a library of a million
 * sentences, see {@code eval.LibraryBenchmark}.
 */
public class SentenceLibraryBenchmark {

    /** The large text cut into documents of 200 lines. */
    static List<String> documents() {
        List<String> lines = BenchmarkTexts.named("large").lines().toList();
        List<String> documents = new ArrayList<>();
        for (int i = 0; i < lines.size(); i += 200) {
            documents.add(String.join("\n", lines.subList(i, Math.min(lines.size(), i + 200))));
        }
        return documents;
    }

    static Path folder() {
        try {
            return Files.createTempDirectory("zhreader-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An empty library in a temporary folder, and the documents to add to it. */
    @State(Scope.Benchmark)
    public static class Adding {
        @Param({"1", "2"})
        public int threads;

        List<String> documents;
        Path folder;
        SentenceLibrary library;
        int next;
        ExecutorService ahead;
        CompletableFuture<SentenceLibrary.Prepared> prepared;

        @Setup
        public void open() {
            documents = documents();
            folder = folder();
            library = SentenceLibrary.open(
                    folder, ChineseReader.builder().threads(threads).build());
            if (threads > 1) {
                ahead = Executors.newSingleThreadExecutor();
                prepared = prepareAhead(0);
            }
        }

        CompletableFuture<SentenceLibrary.Prepared> prepareAhead(int i) {
            return CompletableFuture.supplyAsync(
                    () -> library.prepare(
                            "doc-" + i % 10,
                            "document " + i % 10,
                            documents.get(i % documents.size()),
                            (done, total) -> {}),
                    ahead);
        }

        SentenceLibrary.Added addNext() {
            int i = next++;
            if (ahead == null) {
                return library.add("doc-" + i % 10, "document " + i % 10, documents.get(i % documents.size()));
            }
            SentenceLibrary.Prepared document = prepared.join();
            prepared = prepareAhead(i + 1);
            return library.add(document);
        }

        @TearDown
        public void close() {
            if (ahead != null) {
                prepared.join();
                ahead.shutdown();
            }
            library.close();
            delete(folder);
        }
    }

    /** A library of the large text and the queries to run on it. */
    @State(Scope.Benchmark)
    public static class Searching {
        static final List<String> QUERIES = List.of(
                "经济",
                "发展",
                "中国",
                "改革开放",
                "人民",
                "银行",
                "记者",
                "市场经济",
                "社会主义",
                "农民",
                "科学",
                "水",
                "jingji",
                "fa zhan",
                "zhong1 guo2",
                "yinhang",
                "ren min",
                "nongmin",
                "economy",
                "reform",
                "bank",
                "\"foreign trade\"",
                "farmer",
                "science");

        Path folder;
        SentenceLibrary library;
        int next;

        @Setup
        public void fill() {
            folder = folder();
            library = SentenceLibrary.open(
                    folder, ChineseReader.builder().threads(2).build());
            List<String> documents = documents();
            for (int i = 0; i < documents.size(); i++) library.add("doc-" + i, "document " + i, documents.get(i));
        }

        @TearDown
        public void close() {
            library.close();
            delete(folder);
        }
    }

    /** The sentences added, reported per second beside the documents. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Sentences {
        public long sentences;

        @Setup(Level.Iteration)
        public void reset() {
            sentences = 0;
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public SentenceLibrary.Added add(Adding in, Sentences count) {
        SentenceLibrary.Added added = in.addNext();
        count.sentences += added.sentences();
        return added;
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<SentenceHit> search(Searching in) {
        return in.library.search(Searching.QUERIES.get(in.next++ % Searching.QUERIES.size()), 10);
    }
}
