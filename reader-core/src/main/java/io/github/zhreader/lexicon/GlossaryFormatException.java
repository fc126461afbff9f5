package io.github.zhreader.lexicon;

import io.github.zhreader.ZhReaderException;

/**
 * Thrown for a glossary line that is not in the glossary format. The message names the file, the line and the
 * problem: {@code my-terms.tsv:12: 3 syllables for 2 characters in 羊毛 [yang2 mao2 dang3]}.
 *
 * <p>Immutable once thrown; safe to share between threads.
 */
public final class GlossaryFormatException extends ZhReaderException {

    private final String origin;

    GlossaryFormatException(String origin, String problem) {
        super(origin + ": " + problem);
        this.origin = origin;
    }

    /** Where the bad line is: the file name and line number, {@code my-terms.tsv:12}. */
    public String origin() {
        return origin;
    }
}
