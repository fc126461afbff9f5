package io.github.zhreader;

/**
 * A paragraph of an annotated text: a run of sentences between line breaks.
 *
 * <p>Immutable and thread-safe.
 *
 * @param index         the paragraph's number, from 0
 * @param start         UTF-16 index of its first character in the input
 * @param end           UTF-16 index just past its last character
 * @param firstSentence index of its first sentence in {@link AnnotatedText#sentences()}
 * @param sentenceCount how many sentences it has (at least one)
 * @param clutter       {@code true} for web clutter after the article: a site's notice or disclaimer, teasers of
 *                      other stories cut off with "..." or "…"; renderers fold it away unless asked
 */
public record Paragraph(int index, int start, int end, int firstSentence, int sentenceCount, boolean clutter) {

    /** Validates the fields. */
    public Paragraph {
        if (end < start) throw new IllegalArgumentException("end " + end + " < start " + start);
        if (sentenceCount < 1) throw new IllegalArgumentException("paragraph " + index + " has no sentence");
    }
}
