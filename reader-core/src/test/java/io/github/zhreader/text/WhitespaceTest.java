package io.github.zhreader.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WhitespaceTest {

    /** The same words as the regular expression gives, for text with ASCII whitespace. */
    @ParameterizedTest
    @ValueSource(strings = {"hǎo yáng máo", "  ni3\thao3  ", "a", "", "   ", "\tone  two\t\tthree\n", "卷 juan3 juan4 "})
    void splitsLikeTheRegularExpression(String text) {
        List<String> expected =
                text.isBlank() ? List.of() : Arrays.asList(text.strip().split("\\s+"));
        assertEquals(expected, Whitespace.split(text));
    }
}
