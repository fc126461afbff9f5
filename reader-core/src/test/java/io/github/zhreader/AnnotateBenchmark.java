package io.github.zhreader;

import com.hankcs.hanlp.HanLP;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The whole pipeline against its reference, in one run: {@code ChineseReader.annotate} and {@code HanLP.segment}
 * (HanLP's defaults) on the same text. Each reports calls per second and, as {@code :chars}, characters per
 * second, so {@code annotate:chars / hanlpSegment:chars} is the ratio of zhreader to HanLP alone.
 * {@code annotateOnThreads} annotates the large text part by part (as the command line does) with a reader of 1 or
 * 2 threads: the ratio of its two {@code :chars} figures is the scaling.
 *
 * <p>Run with the others: {@code ./mvnw -Pbench -pl reader-core verify} (see docs/measuring.md).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AnnotateBenchmark {

    /** Runs over the text before the first warm-up iteration. */
    static final int PRIMING = 3;

    /** A text and a reader with the defaults. */
    @State(Scope.Benchmark)
    public static class Input {
        @Param({"sample", "large"})
        public String text;

        String content;
        ChineseReader reader;

        @Setup
        public void load() {
            content = BenchmarkTexts.named(text);
            reader = ChineseReader.create();
            // Warmed up here too: a short iteration holds only one or two annotations of the large text.
            for (int i = 0; i < PRIMING; i++) {
                reader.annotate(content);
                HanLP.segment(content);
            }
        }
    }

    /** The large text and a reader with 1 or 2 threads. */
    @State(Scope.Benchmark)
    public static class Threads {
        @Param({"1", "2"})
        public int threads;

        String content;
        ChineseReader reader;

        @Setup
        public void load() {
            content = BenchmarkTexts.named("large");
            reader = ChineseReader.builder().threads(threads).build();
            // Warmed up on one thread first, which leaves a core to the JIT compiler, then on this reader's.
            ChineseReader one = ChineseReader.create();
            for (int i = 0; i < PRIMING; i++) one.annotate(content);
            for (int i = 0; i < PRIMING; i++) reader.annotate(content, part -> {});
        }
    }

    @Benchmark
    public AnnotatedText annotate(Input in, CharactersHandled count) {
        count.chars += in.content.length();
        return in.reader.annotate(in.content);
    }

    /** A reader made before each call (not timed), which has met none of the text's words. */
    @State(Scope.Thread)
    public static class FreshReader {
        ChineseReader reader;

        @Setup(Level.Invocation)
        public void make() {
            reader = ChineseReader.create();
        }
    }

    /**
     * {@code annotate} by a reader that has not annotated anything yet: a reader keeps the annotations of the words
     * it has met, so this is the cost of a first text.
     */
    @Benchmark
    public AnnotatedText annotateFreshReader(Input in, FreshReader fresh, CharactersHandled count) {
        count.chars += in.content.length();
        return fresh.reader.annotate(in.content);
    }

    @Benchmark
    public List<?> hanlpSegment(Input in, CharactersHandled count) {
        count.chars += in.content.length();
        return HanLP.segment(in.content);
    }

    /** Part by part, as {@code zhreader annotate} and {@code add} do. */
    @Benchmark
    public void annotateOnThreads(Threads in, CharactersHandled count, Blackhole sink) {
        count.chars += in.content.length();
        in.reader.annotate(in.content, sink::consume);
    }
}
