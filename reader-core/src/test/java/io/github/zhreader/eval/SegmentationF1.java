package io.github.zhreader.eval;

import io.github.zhreader.ChineseReader;
import io.github.zhreader.Sentence;
import io.github.zhreader.Token;
import io.github.zhreader.segment.HanLpSegmenter;
import io.github.zhreader.segment.Word;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores segmentation against a SIGHAN 2005 gold file, the bakeoff's way (a word is right when its start and end
 * both match a gold word; precision, recall and F1 over all words): zhreader's tokens, and HanLP as zhreader
 * configures it, and {@code HanLP.segment} with its defaults, in the same run.
 *
 * <pre>
 * ./mvnw -q -pl reader-core test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.github.zhreader.eval.SegmentationF1 \
 *     -Dexec.args="../../shared/data/sighan2005/pku_test_gold.utf8"
 * </pre>
 */
public final class SegmentationF1 {

    private SegmentationF1() {}

    public static void main(String[] args) throws IOException {
        List<String> gold = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        ChineseReader reader = ChineseReader.create();
        HanLpSegmenter hanlp = new HanLpSegmenter();
        long[] ours = new long[3];
        long[] base = new long[3];
        long[] defaults = new long[3];
        for (String line : gold) {
            String text = line.replaceAll("\\s+", "");
            if (text.isEmpty()) continue;
            Set<Long> goldSpans = spans(line);
            Set<Long> ourSpans = new HashSet<>();
            for (Sentence s : reader.annotate(text).sentences()) {
                for (Token t : s.tokens()) ourSpans.add(key(t.start(), t.end()));
            }
            Set<Long> baseSpans = new HashSet<>();
            for (Word w : hanlp.segment(text)) baseSpans.add(key(w.start(), w.end()));
            Set<Long> defaultSpans = new HashSet<>();
            for (int[] w : HanLpDefault.spans(text)) defaultSpans.add(key(w[0], w[1]));
            score(goldSpans, defaultSpans, defaults);
            score(goldSpans, ourSpans, ours);
            score(goldSpans, baseSpans, base);
        }
        report("zhreader", ours);
        report("HanLP (custom dictionary off)", base);
        report("HanLP.segment (defaults)", defaults);
    }

    private static Set<Long> spans(String goldLine) {
        Set<Long> spans = new HashSet<>();
        int at = 0;
        for (String word : goldLine.strip().split("\\s+")) {
            if (word.isEmpty()) continue;
            spans.add(key(at, at + word.length()));
            at += word.length();
        }
        return spans;
    }

    private static long key(int start, int end) {
        return ((long) start << 32) | end;
    }

    private static void score(Set<Long> gold, Set<Long> found, long[] counts) {
        List<Long> right = new ArrayList<>(found);
        right.retainAll(gold);
        counts[0] += right.size();
        counts[1] += found.size();
        counts[2] += gold.size();
    }

    /** zhreader's F1 over the gold lines {@code gold} (words separated by spaces), in percent. */
    static double f1(ChineseReader reader, List<String> gold) {
        long[] ours = new long[3];
        for (String line : gold) {
            String text = line.replaceAll("\\s+", "");
            if (text.isEmpty()) continue;
            Set<Long> ourSpans = new HashSet<>();
            for (Sentence s : reader.annotate(text).sentences()) {
                for (Token t : s.tokens()) ourSpans.add(key(t.start(), t.end()));
            }
            score(spans(line), ourSpans, ours);
        }
        double p = (double) ours[0] / ours[1];
        double r = (double) ours[0] / ours[2];
        return 100 * 2 * p * r / (p + r);
    }

    private static void report(String name, long[] c) {
        double p = (double) c[0] / c[1];
        double r = (double) c[0] / c[2];
        System.out.printf("%-32s P %.2f  R %.2f  F1 %.2f%n", name, 100 * p, 100 * r, 100 * 2 * p * r / (p + r));
    }
}
