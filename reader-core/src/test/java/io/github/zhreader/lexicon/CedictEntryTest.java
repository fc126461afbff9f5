package io.github.zhreader.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CedictEntryTest {

    private static CedictEntry entry(String pinyin, String... senses) {
        return new CedictEntry("詞", "词", pinyin, List.of(senses));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "yin2 hang2|yin2 hang2",
                "lu:4|lv4",
                "Lu:3 liang2|Lv3 liang2",
                "nu:3 hai2 r5|nv3 hai2 r5",
                "'  yi1   lu:4 '|yi1 lv4",
                "yi1 bu4 zuo4 , er4 bu4 xiu1|yi1 bu4 zuo4 , er4 bu4 xiu1",
                "Ya4 dang1 · Si1 mi4|Ya4 dang1 · Si1 mi4",
                "''|''",
            })
    void normalisesPinyin(String given, String expected) {
        assertEquals(expected, entry(given, "word").pinyin());
    }

    @Test
    void splitsSyllables() {
        assertEquals(List.of("yi1", "lv4"), entry("yi1 lu:4", "same").syllables());
        assertEquals(List.of("san1", "C"), entry("san1 C", "3C").syllables());
        assertEquals(List.of(), entry("", "nothing").syllables());
    }

    @ParameterizedTest
    @CsvSource({
        "Zha1 ke4 bo2 ge2, true",
        "Bei3 jing1, true",
        "11 Qu1, true",
        "Lu:3 liang2, true",
        "yin2 hang2, false",
        "A cai4, false",
        "D N A jian4 ding4, false",
        "san1 C, false",
    })
    void recognisesProperNouns(String pinyin, boolean expected) {
        assertEquals(expected, entry(pinyin, "sense").properNoun());
    }

    @Test
    void separatesClassifiersFromDefinitions() {
        CedictEntry bank = new CedictEntry("銀行", "银行", "yin2 hang2", List.of("bank", "CL:家[jia1],個|个[ge4]"));
        assertEquals(List.of("家[jia1]", "个[ge4]"), bank.classifiers());
        assertEquals(List.of("bank"), bank.definitions());
    }

    @Test
    void normalisesClassifierPinyinAndKeepsBareClassifiers() {
        CedictEntry entry = entry("ci2", "word", "CL:綹|绺[liu3], 縷|缕[lu:3],把");
        assertEquals(List.of("绺[liu3]", "缕[lv3]", "把"), entry.classifiers());
    }

    @Test
    void ignoresClassifiersInsideDefinitions() {
        CedictEntry light = entry("guang1", "light; ray (CL:道[dao4])", "bright");
        assertEquals(List.of(), light.classifiers());
        assertEquals(List.of("light; ray (CL:道[dao4])", "bright"), light.definitions());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "variant of 騁|骋[cheng3];骋;骋",
                "old variant of 衄[nu:4];衄;衄",
                "erhua variant of 女孩[nu:3 hai2];女孩;女孩",
                "nonstandard simplified variant of 薹[tai2];薹;薹",
                "used in 𩵚魠魚|𬶂𱇏鱼[tu3 tuo1 yu2];𬶂𱇏鱼;",
                "see 呂梁市|吕梁市[Lu : 3 liang2 Shi4];吕梁市;",
                "see also 甘油;甘油;",
                "see 95後|95后[jiu3 wu3 hou4], people born in the late 1990s;95后;",
                "see you next time;;",
                "variant of the classical form;;",
                "a bank;;",
            })
    void findsCrossReferences(String sense, String reference, String variant) {
        CedictEntry entry = entry("ci2", "meaning", sense);
        assertEquals(Optional.ofNullable(reference), entry.crossReference());
        assertEquals(Optional.ofNullable(variant), entry.variantOf());
    }

    @Test
    void takesTheFirstCrossReference() {
        CedictEntry entry = entry("ci2", "a thing", "see 東西|东西[dong1 xi5]", "variant of 物[wu4]");
        assertEquals(Optional.of("东西"), entry.crossReference());
        assertEquals(Optional.of("物"), entry.variantOf());
    }

    @Test
    void keepsSupplementaryCharacters() {
        CedictEntry biang = new CedictEntry("𰻞", "𰻝", "biang2", List.of("used in 𰻞𰻞麵|𰻝𰻝面[biang2 biang2 mian4]"));
        assertEquals("𰻝", biang.simplified());
        assertEquals(Optional.of("𰻝𰻝面"), biang.crossReference());
        assertFalse(biang.properNoun());
    }

    @Test
    void copiesSenses() {
        List<String> senses = new java.util.ArrayList<>(List.of("one"));
        CedictEntry entry = new CedictEntry("一", "一", "yi1", senses);
        senses.add("two");
        assertEquals(List.of("one"), entry.senses());
        assertThrows(UnsupportedOperationException.class, () -> entry.senses().add("three"));
    }

    @Test
    void rejectsInvalidFields() {
        assertThrows(IllegalArgumentException.class, () -> new CedictEntry("", "词", "ci2", List.of("word")));
        assertThrows(IllegalArgumentException.class, () -> new CedictEntry("詞 語", "词", "ci2", List.of("word")));
        assertThrows(IllegalArgumentException.class, () -> entry("ci2"));
        assertThrows(IllegalArgumentException.class, () -> entry("ci2", " "));
        assertThrows(IllegalArgumentException.class, () -> entry("ci2", "either/or"));
        assertThrows(IllegalArgumentException.class, () -> entry("ci2", "two\nlines"));
        assertThrows(NullPointerException.class, () -> new CedictEntry("詞", null, "ci2", List.of("word")));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new CedictEntry("\t", "词", "ci2", List.of("w")));
        assertTrue(e.getMessage().contains("traditional"), e.getMessage());
    }
}
