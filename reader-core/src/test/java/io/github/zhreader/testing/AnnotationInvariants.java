package io.github.zhreader.testing;

import io.github.zhreader.AnnotatedText;
import io.github.zhreader.ChineseReader;
import io.github.zhreader.Sentence;
import io.github.zhreader.Token;
import java.util.List;
import java.util.Objects;

/**
 * The invariants every annotation keeps, whatever the text and whatever the {@link io.github.zhreader.segment.Segmenter}:
 * the text comes back as given; sentences and their tokens are in order, each the text at its offsets; every Han
 * character is in a Han token, which has one syllable per character and at least one gloss; other tokens have no
 * syllables and no Han characters. A failure is an {@link AssertionError} naming the first broken invariant, so
 * the checks work under any test framework.
 *
 * <p>Published in reader-core's test jar ({@code <classifier>tests</classifier>}) for authors of another
 * segmenter:
 *
 * <pre>{@code
 * ChineseReader reader = ChineseReader.builder().segmenter(new MySegmenter()).build();
 * AnnotationInvariants.check(reader, "银行行长来了。");
 * }</pre>
 */
public final class AnnotationInvariants {

    private AnnotationInvariants() {}

    /** Annotates {@code text} with {@code reader} and checks the result; returns it for further checks. */
    public static AnnotatedText check(ChineseReader reader, String text) {
        AnnotatedText doc = reader.annotate(text);
        check(text, doc);
        return doc;
    }

    /** Checks that {@code doc}, the annotation of {@code input}, keeps every invariant. */
    public static void check(String input, AnnotatedText doc) {
        same(input, doc.text(), "the text as given");
        int previousEnd = 0;
        for (Sentence s : doc.sentences()) {
            holds(s.start() >= previousEnd, "sentences in order at " + s.start());
            same(input.substring(s.start(), s.end()), s.text(), "the text of sentence " + s.index());
            int tokenEnd = s.start();
            for (Token t : s.tokens()) {
                holds(t.start() >= tokenEnd && t.end() <= s.end(), "token " + t + " inside its sentence, in order");
                same(input.substring(t.start(), t.end()), t.text(), "the text of token " + t);
                tokenEnd = t.end();
                if (t.isHan()) {
                    same(
                            hanCount(t.text()),
                            (long) t.syllables().size(),
                            "one syllable per Han character in " + t.text());
                    holds(!t.glosses().isEmpty(), "a gloss for " + t.text());
                    same(t.syllables().size(), t.pinyin().split(" ").length, "the pinyin of " + t.text());
                } else {
                    same(List.of(), t.syllables(), "no pinyin for " + t.text());
                    same(0L, hanCount(t.text()), "Han characters only in Han tokens: " + t.text());
                }
            }
            previousEnd = s.end();
        }
        long hanInTokens = doc.tokens()
                .filter(Token::isHan)
                .mapToLong(t -> t.syllables().size())
                .sum();
        same(hanCount(input), hanInTokens, "every Han character is in a token");
    }

    /**
     * The Han characters of {@code s}, counted as the contract counts them: a letter of the Han script, or the
     * ideographic zero 〇. Written here on its own, so that the library's own definition is checked against it.
     */
    static long hanCount(String s) {
        return s.codePoints()
                .filter(cp -> cp >= 0x4E00 && cp <= 0x9FFF
                        || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                                && (Character.isLetter(cp) || cp == 0x3007))
                .count();
    }

    private static void holds(boolean condition, String what) {
        if (!condition) throw new AssertionError("broken: " + what);
    }

    private static void same(Object expected, Object actual, String what) {
        if (!Objects.equals(expected, actual)) {
            throw new AssertionError("broken: " + what + ": expected <" + expected + "> but was <" + actual + ">");
        }
    }
}
