package io.github.zhreader.segment;

import java.util.List;

/**
 * Splits Chinese text into words.
 *
 * <p>Implementations must be thread-safe and must cover every non-whitespace character of the input with exactly
 * one word, in order; whitespace may be left out or returned as words of its own.
 */
public interface Segmenter {

    /** The words of {@code text}, in order, with offsets into {@code text}. */
    List<Word> segment(String text);

    /** A short name for diagnostics and {@code dict info}, such as {@code "HanLP portable-1.8.6"}. */
    String name();
}
