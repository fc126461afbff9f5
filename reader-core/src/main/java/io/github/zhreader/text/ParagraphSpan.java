package io.github.zhreader.text;

import java.util.List;
import java.util.Objects;

/**
 * Where one paragraph lies in a text, and its sentences: UTF-16 offsets, {@code start} inclusive, {@code end}
 * exclusive. A paragraph is never empty and holds at least one sentence; its sentences are in order, do not overlap,
 * and lie within it, the first starting where the paragraph starts and the last ending where it ends.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start     index of the first char of the paragraph (the start of its first sentence)
 * @param end       index just after the last char of the paragraph (the end of its last sentence)
 * @param sentences the paragraph's sentences, in order
 */
public record ParagraphSpan(int start, int end, List<SentenceSpan> sentences) {

    /**
     * Validates the span and copies {@code sentences}.
     *
     * @param start     index of the first char of the paragraph
     * @param end       index just after the last char of the paragraph
     * @param sentences the paragraph's sentences, in order
     * @throws IllegalArgumentException if the span is empty or negative, if there are no sentences, or if the
     *                                  sentences overlap, are out of order or do not span the paragraph
     */
    public ParagraphSpan {
        if (start < 0) {
            throw new IllegalArgumentException("start " + start + " < 0");
        }
        if (end <= start) {
            throw new IllegalArgumentException("end " + end + " <= start " + start);
        }
        sentences = List.copyOf(Objects.requireNonNull(sentences, "sentences"));
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("paragraph [" + start + ", " + end + ") has no sentences");
        }
        if (sentences.get(0).start() != start
                || sentences.get(sentences.size() - 1).end() != end) {
            throw new IllegalArgumentException(
                    "sentences " + sentences + " do not span paragraph [" + start + ", " + end + ")");
        }
        int previousEnd = start;
        for (SentenceSpan s : sentences) {
            if (s.start() < previousEnd) {
                throw new IllegalArgumentException("sentence " + s + " overlaps or precedes the one before it");
            }
            previousEnd = s.end();
        }
    }

    /**
     * The paragraph's text.
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
