package io.github.zhreader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhreader.eval.ExpressionPrecision;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Idioms and slang over several tokens: the hits and the near misses in {@code expressions.tsv}. */
class ExpressionsTest {

    private static final ChineseReader READER = Readers.shared();

    /** One line of {@code expressions.tsv}. */
    record Case(String sentence, List<String> expected, List<String> forbidden, List<String> ambiguous) {
        @Override
        public String toString() {
            return sentence;
        }
    }

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = ExpressionsTest.class.getResourceAsStream("expressions.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] fields = line.split("\t");
                List<String> expected = new ArrayList<>();
                List<String> forbidden = new ArrayList<>();
                List<String> ambiguous = new ArrayList<>();
                for (String phrase : fields[1].split(",")) {
                    if (phrase.startsWith("!")) forbidden.add(phrase.substring(1));
                    else if (phrase.startsWith("?")) ambiguous.add(phrase.substring(1));
                    else expected.add(phrase);
                }
                cases.add(new Case(fields[0], expected, forbidden, ambiguous));
            }
        }
        return cases;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void findsThePhrasesAndNotTheLookAlikes(Case c) {
        AnnotatedText doc = READER.annotate(c.sentence());
        for (String phrase : c.expected())
            assertTrue(ExpressionPrecision.explains(doc, phrase), phrase + " in " + describe(doc));
        for (String phrase : c.forbidden())
            assertFalse(ExpressionPrecision.explains(doc, phrase), phrase + " in " + describe(doc));
    }

    @Test
    void separatedFormHasTheSpansOfItsParts() {
        String text = "Scale AI就被一帮肯尼亚人给薅了羊毛。";
        AnnotatedText doc = READER.annotate(text);
        Expression e = doc.expressions().stream()
                .filter(x -> x.headword().equals("薅羊毛"))
                .findFirst()
                .orElseThrow();
        assertTrue(e.separated());
        assertEquals(
                List.of("薅", "羊毛"),
                e.parts().stream().map(p -> text.substring(p.start(), p.end())).toList());
        assertEquals(GlossSource.CURATED, e.gloss().source());
        assertFalse(e.gloss().literal().isEmpty());
        Token wool = doc.tokens().filter(t -> t.text().equals("羊毛")).findFirst().orElseThrow();
        assertTrue(wool.glosses().get(0).summary().contains("wool"), "the part keeps its own gloss");
    }

    @Test
    void contiguousFormIsNotSeparated() {
        AnnotatedText doc = READER.annotate("很多年轻人喜欢薅羊毛。");
        Expression e = doc.expressions().get(0);
        assertEquals("薅羊毛", e.headword());
        assertFalse(e.separated());
        assertEquals(1, e.parts().size());
    }

    @Test
    void contextChoosesTheSense() {
        Token apple = ChineseReaderTest.tokenOf(READER.annotate("连当时还没有放弃造车的苹果也是它的客户。"), "苹果");
        assertEquals(GlossKind.NAME, apple.glosses().get(0).kind());
        assertTrue(
                apple.glosses().get(0).note().contains("chosen because the sentence mentions"),
                apple.glosses().get(0).note());
        Token fruit = ChineseReaderTest.tokenOf(READER.annotate("我每天吃一个苹果。"), "苹果");
        assertEquals(GlossSource.CEDICT, fruit.glosses().get(0).source());
        assertTrue(fruit.glosses().get(0).summary().contains("apple"));
    }

    @Test
    void poQuanReadsQuan1() {
        Token t = ChineseReaderTest.tokenOf(READER.annotate("今年年初让Deepseek彻底破圈的，就是他。"), "破圈");
        assertEquals(List.of("po4", "quan1"), t.syllables());
    }

    private static String describe(AnnotatedText doc) {
        return doc.tokens().map(Token::text).toList() + " "
                + doc.expressions().stream().map(Expression::headword).toList();
    }
}
