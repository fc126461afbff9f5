package io.github.zhreader.eval;

import io.github.zhreader.AnnotatedText;
import io.github.zhreader.ChineseReader;
import io.github.zhreader.GlossSource;
import io.github.zhreader.Token;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures, for each text file given, the share of Han tokens whose first gloss is word-level (a dictionary entry,
 * or a rule-made gloss of a number or name) rather than the fallback assembled from the word's parts, and lists
 * the most frequent fallback words.
 *
 * <pre>
 * ./mvnw -q -pl reader-core test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.github.zhreader.eval.GlossCoverage \
 *     -Dexec.args="../samples/articles/scale-ai.txt ../../shared/data/sighan2005/pku_test.utf8"
 * </pre>
 */
public final class GlossCoverage {

    private GlossCoverage() {}

    public static void main(String[] args) throws IOException {
        ChineseReader reader = ChineseReader.create();
        for (String file : args) {
            String text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
            long t0 = System.nanoTime();
            AnnotatedText doc = reader.annotate(text);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            Map<GlossSource, Integer> bySource = new EnumMap<>(GlossSource.class);
            Map<String, Integer> fallbacks = new TreeMap<>();
            int han = 0;
            for (Token t : (Iterable<Token>) doc.tokens()::iterator) {
                if (!t.isHan()) continue;
                han++;
                GlossSource source = t.glosses().get(0).source();
                bySource.merge(source, 1, Integer::sum);
                if (!source.wordLevel()) fallbacks.merge(t.text(), 1, Integer::sum);
            }
            int wordLevel = han - bySource.getOrDefault(GlossSource.CHARACTERS, 0);
            System.out.printf(
                    "%s: %d Han tokens, word-level gloss %.2f%% (%s), annotated in %d ms%n",
                    file, han, 100.0 * wordLevel / Math.max(han, 1), bySource, ms);
            System.out.println("  most frequent fallbacks: "
                    + fallbacks.entrySet().stream()
                            .sorted(Map.Entry.<String, Integer>comparingByValue()
                                    .reversed())
                            .limit(30)
                            .toList());
        }
    }
}
