package io.github.zhreader.pinyin.notation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.zhreader.pinyin.WordPinyin;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PinyinInputTest {

    @ParameterizedTest
    @CsvSource({
        "hao yang mao, haoyangmao",
        "haoyangmao, haoyangmao",
        "hao1 yang2 mao2, hao1yang2mao2",
        "hāo yáng máo, hao1yang2mao2",
        "hāoyángmáo, hao1yang2mao2",
        "yínháng, yin2hang2",
        "Xī'ān, xi1an1",
        "lǜ, lv4",
        "lu:4, lv4",
        "nǚrén, nv3ren2",
        "zhāngshān, zhang1shan1",
        "lü4, lv4",
        "lv4, lv4",
        "LǛ, lv4",
        "LǙ, lv3",
        "nüè, nve4",
        "nu:e4, nve4",
        "nǚ'ér, nv3er2",
        "yīdiǎnr, yi1dian3r5",
        "yi1 dianr3, yi1dian3r5",
        "nǎr, na3r5",
        "zhèr, zhe4r5",
        "nar, nar",
        "nar3, na3r5",
        "zhānbiānr, zhan1bian1r5",
        "ér, er2",
        "ěr duo, er3duo",
        "nv3 er2, nv3er2",
        "nu:3er2, nv3er2",
        "hǎo, hao3",
    })
    void compactForms(String query, String expected) {
        assertEquals(Optional.of(expected), PinyinInput.compact(query));
    }

    @ParameterizedTest
    @ValueSource(strings = {"银行", "bank!", "a.b"})
    void notPinyin(String query) {
        assertEquals(Optional.empty(), PinyinInput.compact(query));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Xī'ān     | xi1 an1",
                "nǚ'ér     | nv3 er2",
                "yīdiǎnr   | yi1 dian3 r5",
                "lǜsè      | lv4 se4",
                "lu:4 se4  | lv4 se4",
                "yínháng   | yin2 hang2",
            })
    void markedPinyinSplitsIntoNumberedSyllables(String query, String expected) {
        assertEquals(
                Optional.of(List.of(expected.split(" "))),
                PinyinInput.compact(query).flatMap(PinyinInput::split));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "yi1 dian3 r5   | yīdiǎnr",
                "nv3 er2        | nǚ'ér",
                "xi1 an1        | xī'ān",
                "lv4 se4        | lǜsè",
            })
    void numbersToMarksAndBack(String numbered, String marked) {
        List<String> syllables = List.of(numbered.split(" "));
        assertEquals(
                marked,
                WordPinyin.write(syllables, syllables, ToneStyle.MARKS, PinyinSpacing.WORDS, java.util.Set.of())
                        .text());
        assertEquals(Optional.of(syllables), PinyinInput.compact(marked).flatMap(PinyinInput::split));
    }

    @org.junit.jupiter.api.Test
    void compactOfSyllables() {
        assertEquals("yin2hang2", PinyinInput.compact(List.of("yin2", "hang2")));
    }
}
