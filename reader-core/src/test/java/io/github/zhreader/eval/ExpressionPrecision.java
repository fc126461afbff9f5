package io.github.zhreader.eval;

import io.github.zhreader.AnnotatedText;
import io.github.zhreader.ChineseReader;
import io.github.zhreader.Expression;
import io.github.zhreader.GlossSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Precision and recall of expression matching on the sentences of {@code expressions.tsv} (test resources): hits,
 * near misses, and hard cases, which count as misses when found. Also counts the separated matches.
 *
 * <pre>
 * ./mvnw -q -pl reader-core test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.github.zhreader.eval.ExpressionPrecision
 * </pre>
 */
public final class ExpressionPrecision {

    private ExpressionPrecision() {}

    public static void main(String[] args) throws IOException {
        ChineseReader reader = ChineseReader.create();
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        int sentences = 0;
        int separated = 0;
        int separatedRight = 0;
        try (InputStream in = ExpressionPrecision.class.getResourceAsStream("/io/github/zhreader/expressions.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] fields = line.split("\t");
                AnnotatedText doc = reader.annotate(fields[0]);
                sentences++;
                List<String> phrases = List.of(fields[1].split(","));
                for (String phrase : phrases) {
                    boolean wanted = !phrase.startsWith("!") && !phrase.startsWith("?");
                    String headword = wanted ? phrase : phrase.substring(1);
                    boolean found = explains(doc, headword);
                    if (found && wanted) truePositives++;
                    if (found && !wanted) {
                        falsePositives++;
                        System.out.println("false positive: " + headword + " in " + fields[0]);
                    }
                    if (!found && wanted) {
                        falseNegatives++;
                        System.out.println("missed: " + headword + " in " + fields[0]);
                    }
                }
                for (Expression e : doc.expressions()) {
                    if (!e.separated()) continue;
                    separated++;
                    if (phrases.contains(e.headword())) separatedRight++;
                }
            }
        }
        System.out.printf(
                "%d sentences: precision %.1f%% (%d of %d found), recall %.1f%% (%d of %d); "
                        + "separated matches right: %d of %d%n",
                sentences,
                100.0 * truePositives / (truePositives + falsePositives),
                truePositives,
                truePositives + falsePositives,
                100.0 * truePositives / (truePositives + falseNegatives),
                truePositives,
                truePositives + falseNegatives,
                separatedRight,
                separated);
    }

    /** {@code true} when the text explains {@code phrase}: as an expression, or as a token glossed by the glossary. */
    public static boolean explains(AnnotatedText doc, String phrase) {
        return doc.expressions().stream().anyMatch(e -> e.headword().equals(phrase))
                || doc.tokens()
                        .anyMatch(t -> t.text().equals(phrase)
                                && !t.glosses().isEmpty()
                                && t.glosses().get(0).source() == GlossSource.CURATED);
    }
}
