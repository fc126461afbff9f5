package io.github.zhreader.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhreader.TestSeed;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(TestSeed.Reporter.class)
class TextNormalizerTest {

    private final TextNormalizer normalizer = new TextNormalizer();

    static Stream<Arguments> changes() {
        return Stream.of(
                Arguments.of("a\r\nb\rc\n", "a\nb\nc\n"),
                Arguments.of("\r\n\r\n", "\n\n"),
                Arguments.of("列1\t列2", "列1 列2"),
                Arguments.of("\u001b[31m红\u001b[0m色", "红色"),
                Arguments.of("\u001b[1;38;5;208m粗体\u001b[m", "粗体"),
                Arguments.of("\u001b[?25l光标", "光标"),
                Arguments.of("\u001b[31红", "红"),
                Arguments.of("\u001b]0;窗口标题\u0007正文", "正文"),
                Arguments.of("\u001b]8;;https://example.com\u001b\\链接\u001b]8;;\u001b\\", "链接"),
                Arguments.of("\u001bP1$r0m\u001b\\设备", "设备"),
                Arguments.of("\u001b]没有终止符", "没有终止符"),
                Arguments.of("\u001b(B字符集\u001bc\u001b7", "字符集"),
                Arguments.of("末尾\u001b", "末尾"),
                Arguments.of("\u001b中", "中"),
                Arguments.of("a\u0000b\u0007c\u0008d\u000be\u000cf\u007fg", "abcdefg"),
                Arguments.of("C1\u0080\u0085\u009b\u009c\u009f控制", "C1控制"),
                Arguments.of("abc\u202Edef", "abcdef"),
                Arguments.of("\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069\u200E\u200F\u061C双向", "双向"),
                Arguments.of("中\u200B文\u200C\u200D\u2060", "中文"),
                Arguments.of("\uFEFF你好", "你好"),
                Arguments.of("你\uFEFF好", "你好"),
                Arguments.of("Ｈ１００显卡", "H100显卡"),
                Arguments.of("０１２３４５６７８９ＡＢＣＸＹＺａｂｃｘｙｚ", "0123456789ABCXYZabcxyz"),
                Arguments.of("\u3000\u3000内忧", "  内忧"),
                Arguments.of("Ｈ１００，好！（真的？）“对”：是；", "H100，好！（真的？）“对”：是；"),
                Arguments.of("a\uD842b", "a\uFFFDb"),
                Arguments.of("\uDFB7x", "\uFFFDx"),
                Arguments.of("x\uD842", "x\uFFFD"),
                Arguments.of("\uDFB7\uD842", "\uFFFD\uFFFD"),
                Arguments.of("\uD842\u200B\uDFB7", "\uFFFD\uFFFD"),
                Arguments.of("𠮷\r\n𰻞\u001b[0m𰻞", "𠮷\n𰻞𰻞"),
                Arguments.of("\u001b[0m", ""));
    }

    @ParameterizedTest
    @MethodSource("changes")
    void normalizes(String input, String expected) {
        NormalizedText normalized = normalizer.normalize(input);
        assertEquals(expected, normalized.text());
        assertSame(input, normalized.original());
        assertFalse(normalized.isUnchanged());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "上面这个人,你可能不认识,但你一定听过他的经典发言:“Deepseek有5万块H100显卡,5万块H100显卡。”",
                "01\n内忧\n",
                "，。！？：；（）“”",
                "𠮷野家的𰻞𰻞面",
                "▁长▁大",
                "％＋＠＃￥"
            })
    void returnsInputItselfWhenNothingChanges(String input) {
        NormalizedText normalized = normalizer.normalize(input);
        assertSame(input, normalized.text());
        assertTrue(normalized.isUnchanged());
        for (int i = 0; i <= input.length(); i++) {
            assertEquals(i, normalized.originalStart(i));
            assertEquals(i, normalized.originalEnd(i));
        }
    }

    static Stream<Arguments> offsets() {
        return Stream.of(
                // input, starts for 0..length, ends for 0..length
                Arguments.of("\u001b[31m红\u001b[0m色", List.of(5, 10, 11), List.of(5, 6, 11)),
                Arguments.of("a\r\nb", List.of(0, 2, 3, 4), List.of(0, 1, 3, 4)),
                Arguments.of("a\rb", List.of(0, 1, 2, 3), List.of(0, 1, 2, 3)),
                Arguments.of("\uFEFF𠮷x", List.of(1, 2, 3, 4), List.of(1, 2, 3, 4)),
                Arguments.of("Ｈ１\u200B０", List.of(0, 1, 3, 4), List.of(0, 1, 2, 4)),
                Arguments.of("红\u001b]0;t\u0007", List.of(0, 7), List.of(0, 1)),
                Arguments.of("\u001b[0m", List.of(4), List.of(4)));
    }

    @ParameterizedTest
    @MethodSource("offsets")
    void mapsOffsetsToOriginal(String input, List<Integer> starts, List<Integer> ends) {
        NormalizedText normalized = normalizer.normalize(input);
        List<Integer> actualStarts = new ArrayList<>();
        List<Integer> actualEnds = new ArrayList<>();
        for (int i = 0; i <= normalized.text().length(); i++) {
            actualStarts.add(normalized.originalStart(i));
            actualEnds.add(normalized.originalEnd(i));
        }
        assertEquals(starts, actualStarts);
        assertEquals(ends, actualEnds);
    }

    @Test
    void spanOfNormalizedTextMapsToSameWordInOriginal() {
        String input = "\uFEFF\u001b[1m薅羊毛\u001b[0m的羊毛党\r\n";
        NormalizedText normalized = normalizer.normalize(input);
        assertEquals("薅羊毛的羊毛党\n", normalized.text());
        int start = normalized.text().indexOf("羊毛党");
        int end = start + "羊毛党".length();
        assertEquals("羊毛党", input.substring(normalized.originalStart(start), normalized.originalEnd(end)));
        assertEquals("薅羊毛", input.substring(normalized.originalStart(0), normalized.originalEnd(3)));
        // Removed material inside a span is part of its original span.
        assertEquals("毛\u001b[0m的", input.substring(normalized.originalStart(2), normalized.originalEnd(4)));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 3})
    void rejectsOffsetsOutsideText(int index) {
        NormalizedText normalized = normalizer.normalize("\u001b[0m红色");
        assertThrows(IndexOutOfBoundsException.class, () -> normalized.originalStart(index));
        assertThrows(IndexOutOfBoundsException.class, () -> normalized.originalEnd(index));
    }

    @Test
    void unchangedWrapsTextWithIdentityMapping() {
        NormalizedText text = NormalizedText.unchanged("好\r\n");
        assertSame(text.original(), text.text());
        assertEquals(3, text.originalStart(3));
        assertEquals(1, text.originalEnd(1));
    }

    @Test
    void unterminatedControlStringsStayLinear() {
        String input = "\u001b]\u001bP".repeat(200_000) + "尾";
        assertEquals("尾", normalizer.normalize(input).text());
    }

    @Test
    void longTextWithoutChangesIsNotCopied() {
        String input = "中文abc，".repeat(200_000);
        assertSame(input, normalizer.normalize(input).text());
    }

    private static final String ALPHABET_BMP = "\r\n\t \u001b\u001b[]\\;0m1(PXc\u0007\u0000\u007f\u0085\u009c"
            + "\u202E\u2066\u200B\u200D\uFEFF\u3000\uFF10\uFF21\uFF5A\uFF0C。中a\u2581\uD842\uDFB7";

    @Test
    void randomStringsKeepMappingInvariants() {
        Random random = TestSeed.random("randomStringsKeepMappingInvariants");
        for (int round = 0; round < 5_000; round++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) {
                if (random.nextInt(10) == 0) {
                    sb.appendCodePoint(random.nextBoolean() ? 0x20BB7 : 0x30EDE);
                } else {
                    sb.append(ALPHABET_BMP.charAt(random.nextInt(ALPHABET_BMP.length())));
                }
            }
            String input = sb.toString();
            NormalizedText normalized = normalizer.normalize(input);
            String text = normalized.text();
            String where = "input " + escape(input);

            int previous = -1;
            for (int i = 0; i < text.length(); i++) {
                int source = normalized.originalStart(i);
                assertTrue(source > previous && source < input.length(), where + " at " + i);
                assertEquals(source + 1, normalized.originalEnd(i + 1), where + " at " + i);
                assertTrue(producedBy(text.charAt(i), input.charAt(source)), where + " at " + i);
                previous = source;
            }
            assertEquals(input.length(), normalized.originalStart(text.length()), where);
            assertTrue(normalized.originalStart(0) <= input.length(), where);

            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                assertTrue(c == '\n' || c >= 0x20 && (c < 0x7F || c > 0x9F), where + " control at " + i);
                assertFalse("\u202E\u2066\u200B\u200D\uFEFF\u3000\uFF10\uFF21\uFF5A".indexOf(c) >= 0, where);
                if (Character.isHighSurrogate(c)) {
                    assertTrue(i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)), where);
                    i++;
                } else {
                    assertFalse(Character.isLowSurrogate(c), where);
                }
            }
            // Outside escape sequences, characters beyond the BMP all survive.
            long supplementaryIn = input.codePoints().filter(cp -> cp > 0xFFFF).count();
            long supplementaryOut = text.codePoints().filter(cp -> cp > 0xFFFF).count();
            if (input.indexOf('\u001b') < 0) {
                assertEquals(supplementaryIn, supplementaryOut, where);
            } else {
                assertTrue(supplementaryOut <= supplementaryIn, where);
            }
            assertSame(text, normalizer.normalize(text).text(), "idempotent: " + where);
        }
    }

    /** Whether normalisation may turn {@code original} into {@code kept}. */
    private static boolean producedBy(char kept, char original) {
        return kept == original
                || kept == '\n' && original == '\r'
                || kept == ' ' && (original == '\t' || original == '\u3000')
                || kept == '\uFFFD' && Character.isSurrogate(original)
                || original >= '\uFF01' && original <= '\uFF5E' && kept == original - 0xFEE0;
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        s.chars()
                .forEach(
                        c -> sb.append(c < 0x7F && c >= 0x20 ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return sb.toString();
    }
}
