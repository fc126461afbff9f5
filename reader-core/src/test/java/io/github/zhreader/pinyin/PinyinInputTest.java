package io.github.zhreader.pinyin;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    })
    void compactForms(String query, String expected) {
        assertEquals(Optional.of(expected), PinyinInput.compact(query));
    }

    @ParameterizedTest
    @ValueSource(strings = {"银行", "bank!", "a.b"})
    void notPinyin(String query) {
        assertEquals(Optional.empty(), PinyinInput.compact(query));
    }

    @org.junit.jupiter.api.Test
    void compactOfSyllables() {
        assertEquals("yin2hang2", PinyinInput.compact(List.of("yin2", "hang2")));
        assertEquals("yinhang", PinyinInput.toneless("yin2hang2"));
    }
}
