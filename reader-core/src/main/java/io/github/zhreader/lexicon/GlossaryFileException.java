package io.github.zhreader.lexicon;

import io.github.zhreader.ZhReaderException;

/**
 * Thrown for a glossary file that cannot be read: it is missing, unreadable or not UTF-8 text. The message names
 * the file and the problem: {@code glossary my-terms.tsv: not valid UTF-8 text}. A file that is read but holds a
 * bad line is a {@link GlossaryFormatException} instead.
 *
 * <p>Immutable once thrown; safe to share between threads.
 */
public final class GlossaryFileException extends ZhReaderException {

    GlossaryFileException(String message) {
        super(message);
    }

    GlossaryFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
