package io.github.zhreader.segment;

import java.util.List;
import java.util.OptionalInt;

/**
 * Splits Chinese text into words.
 *
 * <p>Implementations must be thread-safe and must cover every non-whitespace character of the input with exactly
 * one word, in order; whitespace may be left out or returned as words of its own.
 */
public interface Segmenter {

    /** The words of {@code text}, in order, with offsets into {@code text}. */
    List<Word> segment(String text);

    /**
     * The word's rank by frequency in the segmenter's own word list (1 for the most frequent), or empty when the
     * list lacks it. Segmenters without frequencies return empty.
     */
    default OptionalInt frequencyRank(String word) {
        return OptionalInt.empty();
    }

    /** A short name for diagnostics and {@code dict info}, such as {@code "HanLP portable-1.8.6"}. */
    String name();
}
