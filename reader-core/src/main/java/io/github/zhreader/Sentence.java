package io.github.zhreader;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of an annotated text, with its tokens.
 *
 * <p>Immutable and thread-safe.
 *
 * @param index     the sentence's number in the text, from 0
 * @param paragraph the number of the paragraph it belongs to, from 0
 * @param start     UTF-16 index of its first character in the input
 * @param end       UTF-16 index just past its last character
 * @param text      the sentence as it appears in the input
 * @param tokens    its tokens in order; whitespace is not a token
 */
public record Sentence(int index, int paragraph, int start, int end, String text, List<Token> tokens) {

    /** Validates offsets and copies the tokens. */
    public Sentence {
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(tokens);
        if (index < 0) throw new IllegalArgumentException("index " + index + " < 0");
        if (end - start != text.length())
            throw new IllegalArgumentException("span [" + start + ", " + end + ") does not fit the sentence text");
    }
}
