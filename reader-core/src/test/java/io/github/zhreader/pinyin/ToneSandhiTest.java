package io.github.zhreader.pinyin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.zhreader.Token;
import io.github.zhreader.TokenType;
import io.github.zhreader.pinyin.notation.PinyinInput;
import io.github.zhreader.pinyin.notation.Syllables;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules on tokens written by hand, so that each case says exactly which words the segmenter found: a token is
 * {@code 词:syllables:tag} ({@code 一个:yi1ge5:m}), punctuation is written as itself; the result is each token's
 * spoken syllables with tone marks.
 */
class ToneSandhiTest {

    /** Tokens from {@code 一个:yi1ge5:m 人:ren2:n 。}, each starting where the one before ends. */
    static List<Token> tokens(String spec) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String word : spec.split(" ")) {
            String[] parts = word.split(":");
            String text = parts[0];
            if (parts.length == 1) {
                tokens.add(new Token(
                        text,
                        at,
                        at + text.length(),
                        TokenType.PUNCTUATION,
                        "w",
                        List.of(),
                        List.of(),
                        OptionalInt.empty(),
                        false,
                        OptionalInt.empty()));
            } else {
                List<String> syllables = PinyinInput.split(parts[1]).orElseThrow();
                tokens.add(new Token(
                        text,
                        at,
                        at + text.length(),
                        TokenType.HAN,
                        parts.length > 2 ? parts[2] : "",
                        syllables,
                        List.of(),
                        OptionalInt.empty(),
                        false,
                        OptionalInt.empty()));
            }
            at += text.length();
        }
        return tokens;
    }

    static String spoken(ToneSandhi sandhi, String spec) {
        return sandhi.apply(tokens(spec)).stream()
                .filter(s -> !s.isEmpty())
                .map(s -> s.stream().map(Syllables::toMarks).collect(Collectors.joining()))
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // 一 before a fourth tone, also a neutral syllable whose character is read in the fourth tone
                "一个:yi1ge5:m 人:ren2:n 。                | yíge rén",
                "一:yi1:m 个:ge5:q 人:ren2:n                | yí ge rén",
                "一:yi1:m 个:ge4:q                          | yí gè",
                "一共:yi1gong4:d                            | yígòng",
                "一定:yi1ding4:d                            | yídìng",
                "一会儿:yi1hui4r5:m                         | yíhuìr",
                // before tones 1 to 3
                "一起:yi1qi3:s                              | yìqǐ",
                "一般:yi1ban1:a                             | yìbān",
                "一直:yi1zhi2:d                             | yìzhí",
                "一点儿:yi1dian3r5:mq                       | yìdiǎnr",
                "一百:yi1bai3:m                             | yìbǎi",
                "一万一千:yi1wan4yi1qian1:m                 | yíwànyìqiān",
                // yī: alone, at the end of a word or phrase, ordinals, digits, dates
                "一:yi1:m                                   | yī",
                "一:yi1:m ， 二:er4:m ， 三:san1:m           | yī èr sān",
                "第一:di4yi1:m                              | dìyī",
                "第一:di4yi1:m 次:ci4:q                     | dìyī cì",
                "第:di4:m 一:yi1:m 个:ge5:q                 | dì yī ge",
                "一九八四:yi1jiu3ba1si4:m 年:nian2:q        | yījiǔbāsì nián",
                "十一:shi2yi1:m                             | shíyī",
                "二十一:er4shi2yi1:m 个:ge4:q               | èrshíyī gè",
                "一百一十:yi1bai3yi1shi2:m                  | yìbǎiyīshí",
                "一一对应:yi1yi1dui4ying4:l                 | yīyīduìyìng",
                "统一:tong3yi1:v                            | tǒngyī",
                "唯一:wei2yi1:b 的:de5:u                    | wéiyī de",
                "初一:chu1yi1:t                             | chūyī",
                "一月:yi1yue4:t                             | yīyuè",
                "一:yi1:m 月:yue4:t                         | yī yuè",
                "一月:yi1yue4:t 一:yi1:m 日:ri4:q           | yīyuè yī rì",
                "一:yi1:m 号:hao4:q                         | yī hào",
                "一等奖:yi1deng3jiang3:n                    | yīděngjiǎng",
                "一流:yi1liu2:b                             | yīliú",
                // between two copies of a verb
                "看:kan4:v 一:yi1:m 看:kan4:v               | kàn yi kàn",
                // 不
                "不:bu4:d 是:shi4:v                         | bú shì",
                "不对:bu4dui4:a                             | búduì",
                "不:bu4:d 客气:ke4qi5:a                     | bú kèqi",
                "不好:bu4hao3:a                             | bùhǎo",
                "不:bu4:d 一定:yi1ding4:d                   | bù yídìng",
                "一:yi1:d 不:bu4:d 小心:xiao3xin1:a         | yí bù xiǎoxīn",
                "对不起:dui4bu5qi3:v                        | duìbuqǐ",
                "是:shi4:v 不:bu4:d 是:shi4:v               | shì bu shì",
                "我:wo3:r 不:bu4:d 。                       | wǒ bù",
                // a citation yí or bù from the data is left as it is
                "一样:yi2yang4:a                            | yíyàng",
            })
    void yiAndBuChangeByWhatFollows(String tokens, String expected) {
        assertEquals(expected, spoken(ToneSandhi.YI_BU, tokens));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "你好:ni3hao3:l                             | níhǎo",
                "你:ni3:r 好:hao3:a                         | ní hǎo",
                "展览馆:zhan3lan3guan3:n                    | zhánlánguǎn",
                "很:hen3:d 好:hao3:a                        | hén hǎo",
                "我:wo3:r 很:hen3:d 好:hao3:a 。            | wǒ hén hǎo",
                "我:wo3:r 也:ye3:d 很:hen3:d 好:hao3:a      | wó yě hén hǎo",
                "小:xiao3:a 老虎:lao3hu3:n                  | xiǎo láohǔ",
                "老板:lao3ban3:n 很:hen3:d 好:hao3:a        | láobǎn hén hǎo",
                "有:you3:v 点儿:dian3r5:q 累:lei4:a         | yóu diǎnr lèi",
                "我:wo3:r 想:xiang3:v 买:mai3:v             | wǒ xiáng mǎi",
                "好:hao3:a ， 好:hao3:a                      | hǎo hǎo",
                "姐姐:jie3jie5:n                            | jiějie",
                "不好:bu4hao3:a                             | bùhǎo",
                "一起:yi1qi3:s 走:zou3:v                    | yìqǐ zǒu",
            })
    void thirdToneBeforeThirdToneIsSaidAsSecond(String tokens, String expected) {
        assertEquals(expected, spoken(ToneSandhi.ALL, tokens));
    }

    @Test
    void yiBuLeavesThirdTonesAndNoneLeavesEverything() {
        assertEquals("yí ge nǐ hǎo", spoken(ToneSandhi.YI_BU, "一:yi1:m 个:ge5:q 你:ni3:r 好:hao3:a"));
        assertEquals("yī ge nǐ hǎo", spoken(ToneSandhi.NONE, "一:yi1:m 个:ge5:q 你:ni3:r 好:hao3:a"));
    }

    @Test
    void tokensThatDoNotTouchAreSeparatePhrases() {
        List<Token> spaced = new ArrayList<>(tokens("不:bu4:d"));
        spaced.add(new Token(
                "是",
                2,
                3,
                TokenType.HAN,
                "v",
                List.of("shi4"),
                List.of(),
                OptionalInt.empty(),
                false,
                OptionalInt.empty()));
        assertEquals(List.of(List.of("bu4"), List.of("shi4")), ToneSandhi.ALL.apply(spaced));
    }

    @Test
    void everyTokenGetsAListAsLongAsItsSyllables() {
        List<Token> tokens = tokens("我:wo3:r 很:hen3:d 好:hao3:a 。");
        List<List<String>> spoken = ToneSandhi.ALL.apply(tokens);
        assertEquals(List.of(List.of("wo3"), List.of("hen2"), List.of("hao3"), List.of()), spoken);
        assertEquals(List.of(), ToneSandhi.ALL.apply(List.of()));
    }

    @Test
    void charactersOutsideTheBasicPlaneAreCountedOnce() {
        assertEquals("jí bú shì", spoken(ToneSandhi.ALL, "𠮷:ji2:n 不:bu4:d 是:shi4:v"));
    }

    @ParameterizedTest
    @CsvSource({"none, NONE", "yi-bu, YI_BU", "YI_BU, YI_BU", "All, ALL"})
    void parse(String value, ToneSandhi expected) {
        assertEquals(expected, ToneSandhi.parse(value));
    }

    @Test
    void badValueIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ToneSandhi.parse("some"));
        assertEquals("unknown tone changes 'some' (expected none, yi-bu or all)", e.getMessage());
    }
}
