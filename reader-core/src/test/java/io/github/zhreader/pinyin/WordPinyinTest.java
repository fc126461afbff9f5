package io.github.zhreader.pinyin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhreader.pinyin.notation.PinyinSpacing;
import io.github.zhreader.pinyin.notation.ToneStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordPinyinTest {

    private static List<String> syllables(String spaced) {
        return List.of(spaced.split(" "));
    }

    private static Set<Integer> capitals(String indexes) {
        return indexes == null
                ? Set.of()
                : Arrays.stream(indexes.split(" ")).map(Integer::valueOf).collect(Collectors.toSet());
    }

    /** A word in citation tones. */
    private static String write(String numbered, ToneStyle tones, PinyinSpacing spacing, String capitals) {
        return WordPinyin.write(syllables(numbered), syllables(numbered), tones, spacing, capitals(capitals))
                .text();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "yin2 hang2               | -   | yínháng         | yin2hang2         | yinhang",
                "xi1 an1                  | 0   | Xī'ān           | Xi1an1            | Xi'an",
                "nv3 er2                  | -   | nǚ'ér           | nv3er2            | nü'er",
                "tian1 e2                 | -   | tiān'é          | tian1e2           | tian'e",
                "hai3 ou1                 | -   | hǎi'ōu          | hai3ou1           | hai'ou",
                "yi1 dian3 r5             | -   | yīdiǎnr         | yi1dianr3         | yidianr",
                "zhan1 bian1 r5           | -   | zhānbiānr       | zhan1bianr1       | zhanbianr",
                "na3 r5                   | -   | nǎr             | nar3              | nar",
                "lv4 se4                  | -   | lǜsè            | lv4se4            | lüse",
                "nve4 dai4                | -   | nüèdài          | nve4dai4          | nüedai",
                "bei3 jing1               | 0   | Běijīng         | Bei3jing1         | Beijing",
                "zhang1 san1              | 0 1 | Zhāng Sān       | Zhang1 San1       | Zhang San",
                "ou1 yang2 xiu1           | 0 2 | Ōuyáng Xiū      | Ou1yang2 Xiu1     | Ouyang Xiu",
                "qing1 hua2 da4 xue2      | 0 2 | Qīnghuá Dàxué   | Qing1hua2 Da4xue2 | Qinghua Daxue",
                "liu2 gui4                | -   | liúguì          | liu2gui4          | liugui",
                "xue2 sheng5              | -   | xuésheng        | xue2sheng5        | xuesheng",
            })
    void wordsAreJoinedAsRunningPinyinWritesThem(
            String numbered, String capitals, String marks, String numbers, String none) {
        assertEquals(marks, write(numbered, ToneStyle.MARKS, PinyinSpacing.WORDS, capitals));
        assertEquals(numbers, write(numbered, ToneStyle.NUMBERS, PinyinSpacing.WORDS, capitals));
        assertEquals(none, write(numbered, ToneStyle.NONE, PinyinSpacing.WORDS, capitals));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "yin2 hang2               | -   | yín háng         | yin2 hang2",
                "xi1 an1                  | 0   | Xī ān            | Xi1 an1",
                "nv3 er2                  | -   | nǚ ér            | nv3 er2",
                "yi1 dian3 r5             | -   | yī diǎnr         | yi1 dianr3",
                "zhang1 san1              | 0 1 | Zhāng Sān        | Zhang1 San1",
            })
    void spacedSyllablesKeepErhuaJoined(String numbered, String capitals, String marks, String numbers) {
        assertEquals(marks, write(numbered, ToneStyle.MARKS, PinyinSpacing.SYLLABLES, capitals));
        assertEquals(numbers, write(numbered, ToneStyle.NUMBERS, PinyinSpacing.SYLLABLES, capitals));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "yi2 ge5      | yi1 ge5      | words     | marks   | yí*ge",
                "ni2 hao3     | ni3 hao3     | words     | marks   | ní*hǎo",
                "ni2 hao3     | ni3 hao3     | syllables | marks   | ní* hǎo",
                "ni2 hao3     | ni3 hao3     | words     | numbers | ni2*hao3",
                "ni2 hao3     | ni3 hao3     | words     | none    | nihao",
                "yi4 dian3 r5 | yi1 dian3 r5 | words     | marks   | yì*diǎnr",
                "you2 dian3 r5| you3 dian3 r5| words     | marks   | yóu*diǎnr",
                "zhan2 lan2 guan3 | zhan3 lan3 guan3 | words | marks | zhán*lán*guǎn",
            })
    void changedTonesAreShownAsSaidWithAMark(
            String spoken, String citation, String spacing, String tones, String expected) {
        WordPinyin word = WordPinyin.write(
                syllables(spoken), syllables(citation), ToneStyle.parse(tones), PinyinSpacing.parse(spacing), Set.of());
        assertEquals(expected, word.text());
        assertTrue(word.changed());
    }

    @Test
    void piecesCarryTheToneAsSaidAndTheCitation() {
        WordPinyin word = WordPinyin.write(
                List.of("yi4", "dian3", "r5"),
                List.of("yi1", "dian3", "r5"),
                ToneStyle.MARKS,
                PinyinSpacing.WORDS,
                Set.of());
        List<WordPinyin.Piece> pieces = word.pieces();
        assertEquals(
                List.of("yì", "*", "diǎn", "r"),
                pieces.stream().map(WordPinyin.Piece::text).toList());
        assertEquals(
                List.of(4, 3, 5),
                word.syllables().stream().map(WordPinyin.Piece::tone).toList());
        assertEquals("yi1", pieces.get(0).citation());
        assertEquals(WordPinyin.Kind.CHANGE_MARK, pieces.get(1).kind());
        assertFalse(pieces.get(2).changed());
    }

    @Test
    void emptyWordIsEmpty() {
        assertEquals(
                "",
                WordPinyin.write(List.of(), List.of(), ToneStyle.MARKS, PinyinSpacing.WORDS, Set.of())
                        .text());
    }

    @Test
    void spokenAndCitationMustMatch() {
        assertThrows(
                IllegalArgumentException.class,
                () -> WordPinyin.write(List.of("ni2"), List.of(), ToneStyle.MARKS, PinyinSpacing.WORDS, Set.of()));
    }

    @ParameterizedTest
    @CsvSource({"words, WORDS", "Syllables, SYLLABLES"})
    void spacingParses(String value, PinyinSpacing expected) {
        assertEquals(expected, PinyinSpacing.parse(value));
    }

    @Test
    void badSpacingIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PinyinSpacing.parse("wide"));
        assertEquals("unknown pinyin spacing 'wide' (expected words or syllables)", e.getMessage());
    }
}
