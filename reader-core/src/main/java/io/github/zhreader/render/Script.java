package io.github.zhreader.render;

import io.github.zhreader.Gloss;
import io.github.zhreader.Token;
import java.util.Locale;

/**
 * Which characters a reader sees: as the text writes them, simplified, traditional, or both. Chinese words are
 * shown in the other script through their dictionary or glossary entry (the headword's other form), so 银行 is
 * shown as 銀行 and 後來 as 后来; a word without an entry is shown as written.
 */
public enum Script {
    /** As the text writes them (the default). */
    AS_WRITTEN,
    /** Simplified characters. */
    SIMPLIFIED,
    /** Traditional characters. */
    TRADITIONAL,
    /** As written, with the other form after it where it differs: {@code 银行(銀行)}. */
    BOTH;

    /**
     * Parses {@code simplified}, {@code traditional}, {@code both} or {@code as-written}, ignoring case.
     *
     * @throws IllegalArgumentException naming the bad value and the accepted ones
     */
    public static Script parse(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        for (Script s : values()) {
            if (s.name().toLowerCase(Locale.ROOT).equals(v)) return s;
        }
        throw new IllegalArgumentException(
                "unknown script '" + value + "' (expected simplified, traditional, both or as-written)");
    }

    /** How to show {@code token} in this script; {@code written} is its text as written, already cleaned. */
    public String show(Token token, String written) {
        if (this == AS_WRITTEN || token.glosses().isEmpty()) return written;
        Gloss g = token.glosses().get(0);
        String simplified = g.headword();
        String traditional = g.traditional();
        boolean isSimplified = written.equals(simplified);
        boolean isTraditional = written.equals(traditional);
        if (!isSimplified && !isTraditional) return written;
        return switch (this) {
            case SIMPLIFIED -> simplified;
            case TRADITIONAL -> traditional;
            case BOTH ->
                simplified.equals(traditional)
                        ? written
                        : written + "(" + (isSimplified ? traditional : simplified) + ")";
            case AS_WRITTEN -> written;
        };
    }
}
