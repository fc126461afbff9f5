package io.github.zhreader.annotate;

import io.github.zhreader.Gloss;
import io.github.zhreader.pinyin.ReadingChooser.Choice;
import java.util.List;

/**
 * A token's reading and senses as they pass through the stages that look at its sentence: the rule behind each
 * syllable, the syllables, the glosses best first, and what put the first sense first ("" for dictionary order).
 */
record TokenReading(List<Choice> choices, List<String> syllables, List<Gloss> glosses, String senseReason) {

    /** A word's annotation before its sentence is looked at. */
    static TokenReading of(WordAnnotator.WordAnnotation a) {
        return new TokenReading(a.choices(), a.syllables(), a.glosses(), a.senseReason());
    }

    /** The same syllables with the glosses a sense rule ordered, and what ordered them. */
    TokenReading withSenses(SenseOrder.Ordered ordered) {
        return new TokenReading(choices, syllables, ordered.glosses(), ordered.reason());
    }

    /** The same reading with other glosses (a Latin abbreviation's). */
    TokenReading withGlosses(List<Gloss> other) {
        return new TokenReading(choices, syllables, other, senseReason);
    }
}
