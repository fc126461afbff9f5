package io.github.zhreader.index;

import java.util.Objects;

/**
 * A sentence found by {@link SentenceLibrary#search}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param document    the document's id
 * @param title       the document's title
 * @param sentence    the sentence's number in its document, as {@code annotate} numbers it
 * @param start       UTF-16 index of the sentence in the document's text
 * @param end         UTF-16 index just past it
 * @param text        the sentence
 * @param highlighted the sentence with the matched parts between {@code [[} and {@code ]]}
 * @param score       how well it matches; higher is better
 */
public record SentenceHit(String document, String title, int sentence, int start, int end, String text,
                          String highlighted, float score) {

    /** Validates the fields. */
    public SentenceHit {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(highlighted, "highlighted");
    }
}
