package io.github.zhreader.text;

import java.util.Locale;
import java.util.Objects;

/**
 * How many terminal columns to give characters whose East Asian Width is Ambiguous (Unicode UAX #11): the ellipsis
 * {@code …}, curly quotes {@code “ ”}, the middle dot {@code ·}, Greek and Cyrillic letters, box drawing, circled
 * digits. Terminals disagree: most draw them one column wide, terminals set up for CJK (xterm's {@code -cjk_width},
 * GNOME Terminal's "ambiguous-width characters: wide") draw them two wide. Only the user knows, so it is a setting.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum AmbiguousWidth {
    /** Ambiguous characters take one column. The default. */
    NARROW,
    /** Ambiguous characters take two columns, as in a CJK terminal setup. */
    WIDE;

    /**
     * Parses a setting value, ignoring case.
     *
     * <pre>{@code AmbiguousWidth.parse("wide");   // WIDE}</pre>
     *
     * @param value {@code "narrow"} or {@code "wide"}
     * @return the matching constant
     * @throws IllegalArgumentException naming {@code value} when it is neither
     */
    public static AmbiguousWidth parse(String value) {
        Objects.requireNonNull(value, "value");
        switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "narrow":
                return NARROW;
            case "wide":
                return WIDE;
            default:
                throw new IllegalArgumentException("ambiguous width '" + value + "' is neither 'narrow' nor 'wide'");
        }
    }
}
