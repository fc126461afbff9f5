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

    /**
     * The words of {@code text} as the segmenter finds them without recognising personal names: the best path
     * through its dictionary words alone, to compare with a name it proposed. Segmenters without name recognition
     * return {@link #segment(String)}.
     */
    default List<Word> segmentWithoutNames(String text) {
        return segment(text);
    }

    /**
     * How often the segmenter's training corpus had the word {@code left} directly followed by the word
     * {@code right}, or -1 when the segmenter has no such counts: a pair of words that its corpus rarely or never
     * wrote side by side, where the dictionary has them as one word, is better read as that word.
     */
    default int pairFrequency(String left, String right) {
        return -1;
    }

    /**
     * The part-of-speech tag the segmenter's word list gives {@code word} most often (PKU tags), or {@code ""} when
     * the list lacks the word or has no tags: the tag of a word cut afresh after segmentation. Segmenters without
     * such a list return {@code ""}.
     */
    default String commonTag(String word) {
        return "";
    }

    /**
     * How often the segmenter's person-name model saw {@code character} (one code point) in each role of a name;
     * {@link NameRoles#NONE} when it has no such model or never saw it.
     */
    default NameRoles nameRoles(String character) {
        return NameRoles.NONE;
    }

    /** A short name for diagnostics and {@code dict info}, such as {@code "HanLP portable-1.8.6"}. */
    String name();
}
