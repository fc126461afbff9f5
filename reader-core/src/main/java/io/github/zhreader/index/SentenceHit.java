package io.github.zhreader.index;

import io.github.zhreader.Span;
import java.util.List;
import java.util.Objects;

/**
 * A sentence found by {@link SentenceLibrary#search}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param document   the document's id
 * @param title      the document's title
 * @param sentence   the sentence's number in its document, as {@code annotate} numbers it
 * @param start      UTF-16 index of the sentence in the document's text
 * @param end        UTF-16 index just past it
 * @param text       the sentence
 * @param highlights what matched the query: spans of {@code text}, in order, neither empty nor overlapping nor
 *                   touching
 * @param score      how well it matches; higher is better
 */
public record SentenceHit(
        String document,
        String title,
        int sentence,
        int start,
        int end,
        String text,
        List<Span> highlights,
        float score) {

    /** The marks {@link #highlighted()} puts around each highlight. */
    public static final String OPEN = "[[";

    public static final String CLOSE = "]]";

    /** Validates the fields. */
    public SentenceHit {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        highlights = List.copyOf(highlights);
        int after = -1;
        for (Span s : highlights) {
            if (s.length() == 0 || s.start() <= after || s.end() > text.length()) {
                throw new IllegalArgumentException("highlights " + highlights + " of a text of " + text.length());
            }
            after = s.end();
        }
    }

    /** The sentence with each highlight between {@value #OPEN} and {@value #CLOSE}. */
    public String highlighted() {
        StringBuilder sb = new StringBuilder(text.length() + highlights.size() * 4);
        int at = 0;
        for (Span s : highlights) {
            sb.append(text, at, s.start())
                    .append(OPEN)
                    .append(text, s.start(), s.end())
                    .append(CLOSE);
            at = s.end();
        }
        return sb.append(text, at, text.length()).toString();
    }
}
