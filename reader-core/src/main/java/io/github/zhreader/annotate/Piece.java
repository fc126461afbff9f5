package io.github.zhreader.annotate;

import io.github.zhreader.TokenType;

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

    int length() {
        return end - start;
    }
}
