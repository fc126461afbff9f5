package io.github.zhreader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhreader.pinyin.notation.ToneStyle;
import io.github.zhreader.render.Interlinear;
import io.github.zhreader.render.RenderOptions;
import io.github.zhreader.render.Script;
import io.github.zhreader.testing.AnnotationInvariants;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Traditional Chinese reads as well as simplified: the sample article in both scripts, and hand-written sentences. */
class TraditionalTest {

    private final ChineseReader reader = Readers.shared();

    private static String traditionalSample() throws IOException {
        return Files.readString(
                Path.of("..", "samples", "articles", "scale-ai-traditional.txt"), StandardCharsets.UTF_8);
    }

    @Test
    void sampleReadsTheSameInBothScripts() throws IOException {
        String simplifiedText = Readers.sampleArticle();
        String traditionalText = traditionalSample();
        AnnotatedText simplified = reader.annotate(simplifiedText);
        AnnotatedText traditional = reader.annotate(traditionalText);
        AnnotationInvariants.check(traditionalText, traditional);
        assertEquals(simplified.sentences().size(), traditional.sentences().size());
        Set<Span> simplifiedSpans =
                new HashSet<>(simplified.tokens().map(Token::span).toList());
        long same = traditional
                .tokens()
                .filter(t -> simplifiedSpans.contains(t.span()))
                .count();
        assertTrue(same >= 0.97 * simplifiedSpans.size(), same + " of " + simplifiedSpans.size() + " tokens alike");
        assertEquals(
                simplified.expressions().stream().map(Expression::headword).toList(),
                traditional.expressions().stream().map(Expression::headword).toList());
        List<Token> han = traditional.tokens().filter(Token::isHan).toList();
        long wordLevel = han.stream()
                .filter(t -> t.glosses().get(0).source().wordLevel())
                .count();
        assertTrue(wordLevel >= 0.99 * han.size(), wordLevel + " of " + han.size());
    }

    @Test
    void handWrittenSentences() {
        AnnotatedText doc = reader.annotate("銀行行長說，他後來還了錢。汪滔出生於1997年。");
        Token bank = ChineseReaderTest.tokenOf(doc, "銀行");
        assertEquals(List.of("yin2", "hang2"), bank.syllables());
        assertEquals("銀行", bank.glosses().get(0).traditional());
        assertEquals(
                List.of("hang2", "zhang3"), ChineseReaderTest.tokenOf(doc, "行長").syllables());
        assertTrue(
                ChineseReaderTest.tokenOf(doc, "後來").glosses().get(0).summary().contains("afterwards"));
        assertEquals(List.of("yu2"), ChineseReaderTest.tokenOf(doc, "於").syllables());
    }

    @Test
    void readerChoosesTheScriptItSees() {
        AnnotatedText doc = reader.annotate("銀行行長說。");
        Interlinear simplified = new Interlinear(
                RenderOptions.DEFAULT.withWidth(80).withTones(ToneStyle.MARKS).withScript(Script.SIMPLIFIED));
        assertEquals(
                "银行    行长      说   。", simplified.render(doc).lines().toList().get(1));
        AnnotatedText mainland = reader.annotate("银行行长说。");
        Interlinear both = new Interlinear(
                RenderOptions.DEFAULT.withWidth(80).withTones(ToneStyle.MARKS).withScript(Script.BOTH));
        assertEquals(
                "银行(銀行) 行长(行長) 说(說) 。", both.render(mainland).lines().toList().get(1));
        assertEquals(
                "銀行    行長      說   。",
                new Interlinear(RenderOptions.DEFAULT
                                .withWidth(80)
                                .withTones(ToneStyle.MARKS)
                                .withScript(Script.TRADITIONAL))
                        .render(mainland)
                        .lines()
                        .toList()
                        .get(1));
    }
}
