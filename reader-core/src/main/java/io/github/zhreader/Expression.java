package io.github.zhreader;

import java.util.List;
import java.util.Objects;

/**
 * An idiom, slang phrase or other multi-word expression found across one or more tokens of a sentence, possibly
 * with other words inside it (a separated form such as 薅了羊毛 for 薅羊毛).
 *
 * <p>Immutable and thread-safe.
 *
 * @param headword  the expression's dictionary form
 * @param sentence  index of the sentence it was found in
 * @param separated {@code true} when other words stand between its parts
 * @param parts     the spans of the input that make up the expression, in order
 * @param gloss     its explanation
 */
public record Expression(String headword, int sentence, boolean separated, List<Span> parts, Gloss gloss) {

    /** Validates the fields and copies the parts. */
    public Expression {
        Objects.requireNonNull(headword, "headword");
        Objects.requireNonNull(gloss, "gloss");
        parts = List.copyOf(parts);
        if (parts.isEmpty()) throw new IllegalArgumentException("expression " + headword + " has no parts");
    }
}
