package io.github.zhreader.index;

import java.util.List;
import java.util.Objects;

/**
 * A sentence of a library with its vocabulary: the words a learner learns in it (names and numbers left out), in
 * simplified characters, in order, each use listed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param document   the document's id
 * @param title      the document's title
 * @param sentence   the sentence's number in its document, from 0
 * @param text       the sentence
 * @param vocabulary its words
 */
public record SentenceWords(String document, String title, int sentence, String text, List<String> vocabulary) {

    /** Checks that nothing is null and copies the list. */
    public SentenceWords {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        vocabulary = List.copyOf(vocabulary);
    }
}
