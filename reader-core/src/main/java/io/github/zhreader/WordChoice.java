package io.github.zhreader;

import java.util.List;
import java.util.Objects;

/**
 * Why a span of the text was or was not made one word, or taken as a name: one line of the debug view of the words
 * ({@link ChineseReader#explainWords}).
 *
 * @param text    the span as the text writes it
 * @param start   its UTF-16 offset in the text
 * @param end     the offset just past it
 * @param step    what was decided: {@code "name"} (a name the segmenter proposed) or {@code "word"} (a dictionary
 *                word the segmenter had cut into pieces)
 * @param verdict the decision, in a few words ({@code "name"}, {@code "not a name"}, {@code "place"},
 *                {@code "kept whole"}, {@code "left cut"})
 * @param reasons the evidence, each in a few words ({@code "written 5 times in the text"})
 */
public record WordChoice(String text, int start, int end, String step, String verdict, List<String> reasons) {

    /** Validates the fields and copies the reasons. */
    public WordChoice {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(verdict, "verdict");
        reasons = List.copyOf(reasons);
    }
}
