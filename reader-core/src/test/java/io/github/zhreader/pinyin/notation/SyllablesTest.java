package io.github.zhreader.pinyin.notation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyllablesTest {

    @ParameterizedTest
    @CsvSource({
        "hao3, hǎo",
        "yang2, yáng",
        "lv4, lǜ",
        "lu:4, lǜ",
        "nve4, nüè",
        "liu2, liú",
        "gui4, guì",
        "ma5, ma",
        "ma, ma",
        "lv5, lü",
        "er2, ér",
        "zhuang1, zhuāng",
        "xiong2, xióng",
        "ou1, ōu",
        "Bei3, Běi",
        "an1, ān",
        "n2, ń",
        "m2, ḿ",
        "r5, r",
        "yue4, yuè",
        "qu4, qù",
        "jiong3, jiǒng",
        "jiu3, jiǔ",
        "diu1, diū",
        "dui4, duì",
        "shui3, shuǐ",
        "zhuo2, zhuó",
        "kuo4, kuò",
        "lve4, lüè",
        "nv3, nǚ",
        "lue4, luè",
        "Lv4, Lǜ",
        "Nve4, Nüè",
        "ai4, ài",
        "ao2, áo",
        "ei4, èi",
        "er3, ěr",
        "xiao3, xiǎo",
        "huai2, huái",
        "guang1, guāng",
        "mou3, mǒu",
        "niu2, niú",
        "zhui1, zhuī",
    })
    void toneMarksGoOnTheRightVowel(String numbered, String marked) {
        assertEquals(marked, Syllables.toMarks(numbered));
    }

    @ParameterizedTest
    @CsvSource({"lu:4, lv4", "lü4, lv4", "ma, ma5", "hao3, hao3", "' nu:3 ', nv3"})
    void normalizeAcceptsTheUsualSpellings(String input, String expected) {
        assertEquals(expected, Syllables.normalize(input));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            emptyValue = "",
            value = {
                "hao3      | hao",
                "ma        | ma",
                "r5        | r",
                "lv4       | lv",
                "yin2hang2 | yinhang",
                "ni3hao3ma | nihaoma",
                "''        | ''",
            })
    void tonelessDropsEveryToneNumber(String numbered, String expected) {
        assertEquals(expected, Syllables.toneless(numbered));
    }

    @Test
    void normalizeRejectsEmpty() {
        assertThrows(IllegalArgumentException.class, () -> Syllables.normalize(" "));
    }

    @Test
    void severalSyllables() {
        assertEquals("hāo yáng máo", Syllables.toMarks(List.of("hao1", "yang2", "mao2")));
        assertEquals("hao yang mao", Syllables.toPlain(List.of("hao1", "yang2", "mao2")));
        assertEquals("", Syllables.toMarks(List.of()));
    }

    @ParameterizedTest
    @CsvSource({"marks, lǜ nüè", "numbers, lv4 nve4", "none, lü nüe"})
    void uUmlautIsWrittenUInMarksAndVInNumbers(String style, String expected) {
        assertEquals(expected, ToneStyle.parse(style).format(List.of("lv4", "nve4")));
    }

    @ParameterizedTest
    @CsvSource({"marks, hāo yáng máo", "numbers, hao1 yang2 mao2", "none, hao yang mao", "NUMBERS, hao1 yang2 mao2"})
    void toneStyles(String style, String expected) {
        assertEquals(expected, ToneStyle.parse(style).format(List.of("hao1", "yang2", "mao2")));
    }

    @Test
    void badToneStyleIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ToneStyle.parse("pretty"));
        assertEquals("unknown tone style 'pretty' (expected marks, numbers or none)", e.getMessage());
    }
}
