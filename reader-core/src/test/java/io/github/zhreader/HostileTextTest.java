package io.github.zhreader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.github.zhreader.pinyin.notation.ToneStyle;
import io.github.zhreader.render.HtmlRenderer;
import io.github.zhreader.render.Interlinear;
import io.github.zhreader.render.JsonRenderer;
import io.github.zhreader.render.RenderOptions;
import io.github.zhreader.testing.AnnotationInvariants;
import io.github.zhreader.text.TextNormalizer;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random and hostile text: Han, Latin, digits, punctuation, emoji, controls, escape sequences, bidi overrides,
 * zero-width characters, unpaired surrogates, combining marks on Han characters, characters outside the BMP.
 * Annotation never throws and keeps its invariants; every renderer's output is safe and well formed.
 */
@ExtendWith(TestSeed.Reporter.class)
class HostileTextTest {

    private static final String[] PIECES = {
        "银行",
        "行长",
        "薅了羊毛",
        "挂着梯子",
        "了",
        "的",
        "。",
        "，",
        "！",
        "？",
        "……",
        "“",
        "”",
        "「",
        "」",
        "Scale AI",
        "H100",
        "3.14",
        "２０２４",
        "Ｈｅｌｌｏ",
        " ",
        "\n",
        "\r\n",
        "\t",
        "\u3000",
        "\u001b[31m",
        "\u001b]0;title\u0007",
        "\u001bc",
        "\u0000",
        "\u0007",
        "\u009b",
        "\u0085",
        "\u007f",
        "\u202e",
        "\u2066",
        "\u200b",
        "\u200d",
        "\ufeff",
        "\ud800",
        "\udc00",
        "\ud83d",
        "汉\u0301\u0302\u0303",
        "𠮷",
        "𰻞𰻞面",
        "😀",
        "👩‍👩‍👧",
        "<script>",
        "&amp;",
        "\"",
        "\\",
        "{",
        "}",
        "…",
        "...",
        "—",
        "·",
    };

    static Stream<String> texts() {
        Random random = TestSeed.random("HostileTextTest");
        return IntStream.range(0, 300).mapToObj(i -> {
            StringBuilder sb = new StringBuilder();
            int n = 1 + random.nextInt(25);
            for (int k = 0; k < n; k++) {
                if (random.nextInt(5) == 0) sb.append((char) random.nextInt(0x10000));
                else sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            return sb.toString();
        });
    }

    @ParameterizedTest
    @MethodSource("texts")
    void annotationKeepsItsInvariantsAndEveryOutputIsSafe(String text) throws IOException {
        AnnotatedText doc = Readers.shared().annotate(text);
        AnnotationInvariants.check(text, doc);
        TextNormalizer normalizer = new TextNormalizer();
        for (Sentence s : doc.sentences()) {
            // What lies between tokens is only space (as the splitter counts it: U+2007 and NBSP too) or what
            // normalisation removes (escapes, controls).
            int at = s.start();
            for (Token t : s.tokens()) {
                String gap = text.substring(at, t.start());
                assertTrue(
                        isSpace(normalizer.normalize(gap).text()),
                        "uncovered text " + escape(gap) + " in " + escape(s.text()));
                at = t.end();
            }
            assertTrue(isSpace(normalizer.normalize(text.substring(at, s.end())).text()), "uncovered tail");
        }
        String terminal = new Interlinear(RenderOptions.DEFAULT.withWidth(40).withTones(ToneStyle.MARKS)).render(doc);
        assertFalse(
                terminal.chars().anyMatch(c -> c < 0x20 && c != '\n' || c >= 0x7f && c < 0xa0 || c == 0x202e),
                "no control character reaches the terminal: " + terminal);
        String html = new HtmlRenderer(RenderOptions.DEFAULT.withTitle("t")).render(doc);
        assertFalse(
                html.contains("<script>alert")
                        || html.substring(0, html.indexOf("</main>")).contains("<script>"),
                "no script from the input");
        String json = new JsonRenderer(RenderOptions.DEFAULT).render(doc);
        try (JsonParser p = new JsonFactory().createParser(json)) {
            while (p.nextToken() != null) {
                // reading every token proves the document well formed
            }
        }
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        s.chars()
                .forEach(c -> sb.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return sb.toString();
    }

    @Test
    void combiningMarksOnHanKeepOneSyllablePerCharacter() {
        AnnotatedText doc = Readers.shared().annotate("银\u0301行\u0302很大");
        AnnotationInvariants.check("银\u0301行\u0302很大", doc);
    }

    @Test
    void aMegabyteWithoutPunctuationIsCutAtTheCap() {
        String text = "数据标注".repeat(250_000);
        AnnotatedText doc = Readers.shared().annotate(text);
        assertTrue(doc.sentences().size() >= 5_000);
        assertTrue(doc.sentences().stream().allMatch(s -> s.text().length() <= ChineseReader.DEFAULT_SENTENCE_LIMIT));
    }

    @Test
    void spaceSeparatorsBetweenWordsAreLeftOutOfTheTokens() {
        // U+2007 (figure space) and U+00A0 are not Java whitespace, but the splitter and the tokeniser count them.
        AnnotatedText doc = Readers.shared().annotate("卟\u2007\u0000的\u00a0人");
        assertEquals(List.of("卟", "的", "人"), doc.tokens().map(Token::text).toList());
    }

    /** Whether every character is a space to the splitter and the tokeniser: whitespace or a space separator. */
    private static boolean isSpace(String text) {
        return text.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }
}
