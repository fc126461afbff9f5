package io.github.zhreader.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhreader.GlossKind;
import io.github.zhreader.GlossSource;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlossaryTest {

    private static Glossary parse(String text) {
        return Glossary.parse(new StringReader(text), "test.txt", GlossSource.USER);
    }

    @Test
    void fullEntry() {
        Glossary g = parse("""
                # a comment
                薅羊毛 [hao1 yang2 mao2] slang
                  literal: pluck wool off the sheep
                  meaning: to grab freebies
                  meaning: to exploit a loophole
                  note: internet slang
                  split: 薅…羊毛
                """);
        GlossaryEntry e = g.lookup("薅羊毛").orElseThrow();
        assertEquals(List.of("hao1", "yang2", "mao2"), e.syllables());
        assertEquals(GlossKind.SLANG, e.kind());
        assertEquals("pluck wool off the sheep", e.literal());
        assertEquals(List.of("to grab freebies", "to exploit a loophole"), e.meanings());
        assertEquals("internet slang", e.note());
        assertEquals(List.of("薅", "羊毛"), e.parts());
        assertTrue(e.separable());
        assertEquals("test.txt:2", e.origin());
        assertEquals(GlossSource.USER, e.toGloss().source());
    }

    @Test
    void traditionalFormIsFoundToo() {
        Glossary g = parse(
                "卖铲子|賣鏟子 [mai4 chan3 zi5] figurative\n  literal: sell shovels\n  meaning: profit by supplying others\n");
        assertEquals("卖铲子", g.lookup("賣鏟子").orElseThrow().simplified());
    }

    @Test
    void shortForms() {
        Glossary g = parse("""
                羊毛党 [yang2 mao2 dang3] freebie hunters / coupon clippers
                合同工\thé tong gōng\tcontract worker
                对数据 = 对 数据
                """);
        assertEquals(
                List.of("freebie hunters", "coupon clippers"),
                g.lookup("羊毛党").orElseThrow().meanings());
        assertEquals(
                List.of("he2", "tong5", "gong1"), g.lookup("合同工").orElseThrow().syllables());
        assertEquals(GlossKind.WORD, g.lookup("合同工").orElseThrow().kind());
        assertEquals(Map.of("对数据", List.of("对", "数据")), g.rules());
    }

    @Test
    void aWordOfCharactersAndLettersWritesTheLettersAsThemselves() {
        Glossary g = parse("栓Q [shuan1 Q] thanks a lot (ironic)\nhold住 [h o l d zhu4] to keep under control\n");
        assertEquals(List.of("shuan1", "Q"), g.lookup("栓Q").orElseThrow().syllables());
        assertEquals(
                List.of("h", "o", "l", "d", "zhu4"),
                g.lookup("hold住").orElseThrow().syllables());
    }

    @ParameterizedTest
    @CsvSource(
            delimiterString = " -> ",
            value = {
                "羊毛 [yang2 mao2 dang3] slang\\n  meaning: x -> test.txt:1: 3 syllables for 2 characters in 羊毛",
                "羊毛 [yang2 mxo2] word\\n  meaning: x -> test.txt:1: 'mxo2' is not a pinyin syllable in 羊毛",
                "羊毛 [yang mao] wool -> test.txt:1: no tones in [yang mao] for 羊毛",
                "羊毛 [yang2 mao2] word\\n  colour: white -> test.txt:2: unknown key 'colour'",
                "羊毛 [yang2 mao2] word -> test.txt:1: no meaning: line for 羊毛",
                "薅羊毛 [hao1 yang2 mao2] slang\\n  meaning: x\\n  split: 薅…毛 -> test.txt:3: split '薅…毛' must be 薅羊毛",
                "羊毛 [yang2 mao2] wool\\n羊毛 [yang2 mao2] fleece -> test.txt:2: duplicate headword 羊毛 (first at test.txt:1)",
                "'  meaning: x' -> test.txt:1: indented line outside an entry",
                "对数据 = 对 数 -> test.txt:1: the parts 对 数 do not spell 对数据",
                "just some text -> test.txt:1: expected 'HEADWORD [pinyin] KIND'",
                "羊毛|賣鏟子 [yang2 mao2] wool -> test.txt:1: traditional form 賣鏟子 is not as long as 羊毛",
                "栓Q [shuan1 kiu1] thanks -> test.txt:1: 'kiu1' stands for the letter Q in 栓Q (write the letter itself)",
            })
    void badLinesAreNamed(String text, String message) {
        GlossaryFormatException e = assertThrows(GlossaryFormatException.class, () -> parse(text.replace("\\n", "\n")));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    @Test
    void emptyGlossary() {
        assertEquals(0, parse("").size());
        assertEquals(0, parse("# only comments\n\n").size());
    }
}
