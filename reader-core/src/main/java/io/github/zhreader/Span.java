package io.github.zhreader;

/**
 * A range of UTF-16 indexes {@code [start, end)} into the text given to {@link ChineseReader#annotate(String)}.
 *
 * <p>Immutable and thread-safe.
 */
public record Span(int start, int end) {

    /** Validates that {@code 0 <= start <= end}. */
    public Span {
        if (start < 0) throw new IllegalArgumentException("start " + start + " < 0");
        if (end < start) throw new IllegalArgumentException("end " + end + " < start " + start);
    }

    /** The number of UTF-16 units covered. */
    public int length() {
        return end - start;
    }
}
