package io.github.zhreader.text;

import java.util.Objects;

/**
 * Where one sentence lies in a text: UTF-16 offsets, {@code start} inclusive, {@code end} exclusive. A sentence is
 * never empty and has no leading or trailing whitespace.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start index of the first char of the sentence
 * @param end   index just after the last char of the sentence
 */
public record SentenceSpan(int start, int end) {

    /**
     * Validates the span.
     *
     * @param start index of the first char of the sentence
     * @param end   index just after the last char of the sentence
     * @throws IllegalArgumentException if {@code start} is negative or {@code end <= start}
     */
    public SentenceSpan {
        if (start < 0) {
            throw new IllegalArgumentException("start " + start + " < 0");
        }
        if (end <= start) {
            throw new IllegalArgumentException("end " + end + " <= start " + start);
        }
    }

    /**
     * Number of UTF-16 chars in the sentence.
     *
     * @return {@code end - start}
     */
    public int length() {
        return end - start;
    }

    /**
     * The sentence's text.
     *
     * <pre>{@code new SentenceSpan(4, 8).text("我很好。他来了。");   // "他来了。"}</pre>
     *
     * @param source the text this span was found in
     * @return {@code source.subSequence(start, end).toString()}
     * @throws IndexOutOfBoundsException if the span does not fit in {@code source}
     */
    public String text(CharSequence source) {
        Objects.requireNonNull(source, "source");
        return source.subSequence(start, end).toString();
    }
}
