package io.github.zhreader.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumbersTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "五万|50,000", "十七|17", "三千零五|3,005", "一万五千|15,000", "三亿五千万|350,000,000",
                "两万亿|2,000,000,000,000", "二〇二四|2024", "一百二十三|123", "十五|15", "两百|200",
            })
    void values(String word, String value) {
        assertEquals(Optional.of(value), ChineseNumbers.value(word));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "五", "银行", "五个", "第一"})
    void notNumbers(String word) {
        assertEquals(Optional.empty(), ChineseNumbers.value(word));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "六七十|60 or 70",
                "两三千|2,000 or 3,000",
                "十七八|17 or 18",
                "三五百|300 or 500",
                "七八|7 or 8",
                "一两百|100 or 200",
                "七八十万|700,000 or 800,000",
            })
    void estimates(String word, String estimate) {
        assertEquals(Optional.of(estimate), ChineseNumbers.estimate(word));
    }

    @ParameterizedTest
    @ValueSource(strings = {"二〇一二", "一二三", "三十", "五万", "六十七"})
    void notEstimates(String word) {
        assertEquals(Optional.empty(), ChineseNumbers.estimate(word));
    }
}
