package io.github.zhreader.lexicon;

import io.github.zhreader.ZhReaderException;

/**
 * Thrown by {@link CedictParser} for a line that is not in the CC-CEDICT format. The message names the line number,
 * the problem and the start of the line, for example
 * {@code CC-CEDICT line 12: missing [pinyin]: 銀行 银行 /bank/}.
 *
 * <p>Immutable once thrown; safe to share between threads.
 */
public final class CedictFormatException extends ZhReaderException {

    private static final int SHOWN_CHARS = 80;

    /** The number of the offending line, counting from 1. */
    private final int lineNumber;

    CedictFormatException(int lineNumber, String line, String problem) {
        super("CC-CEDICT line " + lineNumber + ": " + problem + ": " + abbreviate(line));
        this.lineNumber = lineNumber;
    }

    /**
     * Returns the number of the offending line, counting from 1.
     *
     * @return the line number
     */
    public int lineNumber() {
        return lineNumber;
    }

    /** Shortens the line to a one-line excerpt: controls become '?', and a surrogate pair is never cut. */
    private static String abbreviate(String line) {
        int end = line.length();
        if (end > SHOWN_CHARS) {
            end = Character.isHighSurrogate(line.charAt(SHOWN_CHARS - 1)) ? SHOWN_CHARS - 1 : SHOWN_CHARS;
        }
        StringBuilder shown = new StringBuilder(end + 1);
        for (int i = 0; i < end; i++) {
            char c = line.charAt(i);
            shown.append(Character.isISOControl(c) ? '?' : c);
        }
        return end < line.length() ? shown.append('…').toString() : shown.toString();
    }
}
