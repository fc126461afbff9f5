package io.github.zhreader.annotate;

import io.github.zhreader.TokenType;
import io.github.zhreader.segment.Segmenter;

/**
 * A token before annotation: a span of the normalised sentence, its type and its part-of-speech tag.
 *
 * @param start offset into the normalised sentence
 * @param end   offset just past its end
 * @param type  what it is made of
 * @param tag   part-of-speech tag, empty when unknown
 */
record Piece(int start, int end, TokenType type, String tag) {

    String in(String text) {
        return text.substring(start, end);
    }

    /** Whether this piece of {@code text} is {@code word}; nothing is copied. */
    boolean is(String text, String word) {
        return end - start == word.length() && text.startsWith(word, start);
    }

    /** Whether this piece of {@code text} is written as {@code other} is. */
    boolean sameText(String text, Piece other) {
        return length() == other.length() && text.regionMatches(start, text, other.start, length());
    }

    int length() {
        return end - start;
    }

    /**
     * A piece of Han text that a repair cuts afresh, with the tag the segmenter's word list gives the word most often
     * (none when the list lacks it).
     */
    static Piece cutAfresh(String text, Segmenter segmenter, int start, int end) {
        return new Piece(start, end, TokenType.HAN, segmenter.commonTag(text.substring(start, end)));
    }
}
