package io.github.zhreader.segment;

import java.util.Objects;

/**
 * One word found by a {@link Segmenter}: a span of the segmented text and its part-of-speech tag.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start UTF-16 index of the word's first character in the segmented text
 * @param end   UTF-16 index just past its last character
 * @param tag   the part-of-speech tag in the PKU/HanLP tag set ({@code n}, {@code v}, {@code nr}, {@code w} ...),
 *              empty when the segmenter gives none
 */
public record Word(int start, int end, String tag) {

    /** Validates the span. */
    public Word {
        Objects.requireNonNull(tag, "tag");
        if (start < 0 || end <= start) throw new IllegalArgumentException("bad word span [" + start + ", " + end + ")");
    }

    /** The word's text in the segmented string. */
    public String in(String text) {
        return text.substring(start, end);
    }
}
