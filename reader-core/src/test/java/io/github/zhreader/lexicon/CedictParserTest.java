package io.github.zhreader.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CedictParserTest {

    private static CedictParser.Result parse(String text) {
        return CedictParser.parse(new StringReader(text));
    }

    private static CedictEntry parseOne(String line) {
        List<CedictEntry> entries = parse(line).entries();
        assertEquals(1, entries.size());
        return entries.get(0);
    }

    @Test
    void parsesHeaderCommentsAndEntries() {
        CedictParser.Result result = parse("""
                # CC-CEDICT
                # Community maintained free Chinese-English dictionary.
                #
                #! version=1
                #! entries=2
                #! license=https://creativecommons.org/licenses/by-sa/4.0/
                #! date=2026-09-10T07:14:51Z

                銀行 银行 [yin2 hang2] /bank/CL:家[jia1],個|个[ge4]/
                招安 招安 [zhao1 an1] /to offer amnesty to rebels/
                """);
        assertEquals(
                Map.of(
                        "version",
                        "1",
                        "entries",
                        "2",
                        "license",
                        "https://creativecommons.org/licenses/by-sa/4.0/",
                        "date",
                        "2026-09-10T07:14:51Z"),
                result.header());
        assertEquals(
                List.of(
                        new CedictEntry("銀行", "银行", "yin2 hang2", List.of("bank", "CL:家[jia1],個|个[ge4]")),
                        new CedictEntry("招安", "招安", "zhao1 an1", List.of("to offer amnesty to rebels"))),
                result.entries());
    }

    @Test
    void parsesEmptyInput() {
        assertEquals(new CedictParser.Result(List.of(), Map.of()), parse(""));
        assertEquals(new CedictParser.Result(List.of(), Map.of()), parse("# only a comment\n\n   \n"));
    }

    @Test
    void normalisesUmlautPinyin() {
        CedictEntry entry = parseOne("一律 一律 [yi1 lu:4] /same; identical/uniformly/");
        assertEquals("yi1 lv4", entry.pinyin());
        assertEquals(List.of("same; identical", "uniformly"), entry.senses());
    }

    @Test
    void parsesProperNounWithMiddleDot() {
        CedictEntry entry = parseOne("亞當·斯密 亚当·斯密 [Ya4 dang1 · Si1 mi4] /Adam Smith, economist/");
        assertEquals("亚当·斯密", entry.simplified());
        assertEquals(List.of("Ya4", "dang1", "·", "Si1", "mi4"), entry.syllables());
        assertTrue(entry.properNoun());
    }

    @Test
    void parsesPinyinWithComma() {
        CedictEntry entry = parseOne("一不做，二不休 一不做，二不休 [yi1 bu4 zuo4 , er4 bu4 xiu1] /in for a penny/");
        assertEquals("yi1 bu4 zuo4 , er4 bu4 xiu1", entry.pinyin());
    }

    @Test
    void parsesSupplementaryCharacters() {
        CedictEntry entry = parseOne("𰻞𰻞麵 𰻝𰻝面 [biang2 biang2 mian4] /broad noodles/");
        assertEquals("𰻞𰻞麵", entry.traditional());
        assertEquals("𰻝𰻝面", entry.simplified());
    }

    @Test
    void parsesCrossReferenceSenses() {
        CedictEntry entry = parseOne("䶊 衄 [nu:4] /old variant of 衄[nu:4]/");
        assertEquals("nv4", entry.pinyin());
        assertEquals(java.util.Optional.of("衄"), entry.variantOf());
    }

    @Test
    void toleratesBomCrlfAndExtraSpaces() {
        CedictParser.Result result = parse("\uFEFF#! entries=1\r\n好  好   [hao3]   / good / well /  \r\n");
        assertEquals(Map.of("entries", "1"), result.header());
        assertEquals(List.of(new CedictEntry("好", "好", "hao3", List.of("good", "well"))), result.entries());
    }

    @Test
    void keepsTheLastValueOfARepeatedHeaderKey() {
        assertEquals(Map.of("date", "2"), parse("#! date=1\n#! date=2\n").header());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "銀行 银行 yin2 hang2 /bank/",
                "銀行 银行 [yin2 hang2 /bank/",
                "银行 [yin2 hang2] /bank/",
                "[yin2 hang2] /bank/",
                "銀行 银行 另 [yin2 hang2] /bank/",
                "銀行 银行 [yin2 hang2]",
                "銀行 银行 [yin2 hang2] bank",
                "銀行 银行 [yin2 hang2] /bank",
                "銀行 银行 [yin2 hang2] /",
                "銀行 银行 [yin2 hang2] //",
                "銀行 银行 [yin2 hang2] /bank//money/",
                "銀行 银行 [yin2 hang2] / /",
                "#! no equals sign",
                "#! =value",
            })
    void rejectsMalformedLines(String line) {
        String text = "# comment\n#! entries=2\n招安 招安 [zhao1 an1] /amnesty/\n" + line + "\n好 好 [hao3] /good/\n";
        CedictFormatException e = assertThrows(CedictFormatException.class, () -> parse(text));
        assertEquals(4, e.lineNumber());
        assertTrue(e.getMessage().startsWith("CC-CEDICT line 4: "), e.getMessage());
        assertTrue(e.getMessage().endsWith(": " + line), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"1, 79", "2, 80"})
    void truncatesLongLinesInMessagesWithoutSplittingSurrogates(int prefix, int shownChars) {
        String line = "x".repeat(prefix) + "𰻞".repeat(100);
        CedictFormatException e = assertThrows(CedictFormatException.class, () -> parse(line));
        String shown = e.getMessage().substring(e.getMessage().indexOf(": ", "CC-CEDICT line 1: ".length()) + 2);
        assertEquals(line.substring(0, shownChars) + "…", shown);
    }

    @Test
    void replacesControlCharactersInMessages() {
        CedictFormatException e = assertThrows(CedictFormatException.class, () -> parse("bad\u001B[31m line"));
        assertTrue(e.getMessage().endsWith(": bad?[31m line"), e.getMessage());
    }
}
