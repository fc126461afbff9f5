package io.github.zhreader.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class DisplayWidthTest {

    static Stream<Arguments> codePoints() {
        return Stream.of(
                // code point, width with ambiguous narrow, width with ambiguous wide
                Arguments.of((int) '中', 2, 2),
                Arguments.of((int) 'a', 1, 1),
                Arguments.of((int) ' ', 1, 1),
                Arguments.of(0x20BB7, 2, 2), // 𠮷, plane 2
                Arguments.of(0x30EDE, 2, 2), // 𰻞, plane 3
                Arguments.of(0x2FFFD, 2, 2), // unassigned, but in plane 2
                Arguments.of(0x0301, 0, 0), // combining acute accent (East Asian Ambiguous, but a mark)
                Arguments.of(0x20DD, 0, 0), // combining enclosing circle
                Arguments.of(0x3099, 0, 0), // combining kana voiced mark, inside a wide block
                Arguments.of(0x1B, 0, 0), // ESC
                Arguments.of(0x00, 0, 0),
                Arguments.of(0x7F, 0, 0),
                Arguments.of(0x85, 0, 0),
                Arguments.of(0x200B, 0, 0), // zero width space
                Arguments.of(0xFEFF, 0, 0),
                Arguments.of(0x1160, 0, 0), // Hangul jungseong filler
                Arguments.of(0x00AD, 1, 2), // soft hyphen
                Arguments.of(0x3000, 2, 2), // ideographic space
                Arguments.of((int) '。', 2, 2),
                Arguments.of((int) '，', 2, 2),
                Arguments.of((int) 'Ａ', 2, 2),
                Arguments.of(0xFFE5, 2, 2), // full-width yen sign
                Arguments.of((int) 'ｱ', 1, 1), // half-width katakana
                Arguments.of((int) '가', 2, 2),
                Arguments.of((int) 'あ', 2, 2),
                Arguments.of((int) 'ㄅ', 2, 2),
                Arguments.of(0x1F600, 2, 2), // grinning face
                Arguments.of(0x2581, 1, 2), // lower one eighth block
                Arguments.of((int) '…', 1, 2),
                Arguments.of((int) '“', 1, 2),
                Arguments.of((int) '”', 1, 2),
                Arguments.of((int) '·', 1, 2),
                Arguments.of((int) 'ñ', 1, 1),
                Arguments.of((int) 'é', 1, 2), // East Asian Ambiguous
                Arguments.of((int) 'ǎ', 1, 2),
                Arguments.of(0xD842, 1, 1), // lone surrogate
                Arguments.of(0xE000, 1, 1), // private use
                Arguments.of(0x10FFFF, 1, 1));
    }

    @ParameterizedTest
    @MethodSource("codePoints")
    void measuresCodePoint(int codePoint, int narrow, int wide) {
        assertEquals(narrow, DisplayWidth.of(codePoint));
        assertEquals(narrow, DisplayWidth.of(codePoint, AmbiguousWidth.NARROW));
        assertEquals(wide, DisplayWidth.of(codePoint, AmbiguousWidth.WIDE));
    }

    static Stream<Arguments> texts() {
        return Stream.of(
                // text, width with ambiguous narrow, width with ambiguous wide
                Arguments.of("拼音 pinyin", 11, 11), // 2 + 2 + 1 + 6
                Arguments.of("拼音pinyin", 10, 10),
                Arguments.of("", 0, 0),
                Arguments.of("𠮷野家", 6, 6),
                Arguments.of("𰻞𰻞面", 6, 6),
                Arguments.of("e\u0301", 1, 1),
                Arguments.of("\u001b[31m红", 6, 6),
                Arguments.of("\uD842", 1, 1),
                Arguments.of("等等……", 6, 8),
                Arguments.of("“Deepseek”", 10, 12),
                Arguments.of("hāo yáng máo", 12, 15),
                Arguments.of("Ｈ１００显卡", 12, 12));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void measuresText(String text, int narrow, int wide) {
        assertEquals(narrow, DisplayWidth.of(text));
        assertEquals(narrow, DisplayWidth.of(text, AmbiguousWidth.NARROW));
        assertEquals(wide, DisplayWidth.of(text, AmbiguousWidth.WIDE));
    }

    @ParameterizedTest
    @CsvSource({"narrow, NARROW", "WIDE, WIDE", "' Wide ', WIDE"})
    void parsesAmbiguousWidth(String value, AmbiguousWidth expected) {
        assertEquals(expected, AmbiguousWidth.parse(value));
    }

    @Test
    void rejectsUnknownAmbiguousWidth() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AmbiguousWidth.parse("double"));
        assertEquals("ambiguous width 'double' is neither 'narrow' nor 'wide'", e.getMessage());
    }
}
