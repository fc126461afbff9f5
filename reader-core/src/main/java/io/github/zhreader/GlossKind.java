package io.github.zhreader;

import java.util.Locale;

/** What kind of word or phrase a {@link Gloss} explains. */
public enum GlossKind {
    /** An ordinary word or character. */
    WORD,
    /** A proper name: a person, place, organisation or brand. */
    NAME,
    /** A number written in Chinese characters. */
    NUMBER,
    /** A fixed idiom, typically a four-character chengyu (成语). */
    IDIOM,
    /** Internet or colloquial slang. */
    SLANG,
    /** A phrase used figuratively, whose literal reading misleads. */
    FIGURATIVE,
    /** Technical, business or professional jargon. */
    JARGON;

    /**
     * Parses a kind as glossaries write it, ignoring case: {@code idiom} (or {@code 成语}), {@code slang},
     * {@code figurative}, {@code jargon}, {@code name}, {@code word}, {@code number}.
     *
     * @throws IllegalArgumentException naming the bad value and the accepted ones
     */
    public static GlossKind parse(String value) {
        String v = value.strip();
        if (v.equals("成语")) return IDIOM;
        for (GlossKind kind : values()) {
            if (kind.name().equalsIgnoreCase(v)) return kind;
        }
        throw new IllegalArgumentException(
                "unknown kind '" + value + "' (expected idiom, slang, figurative, jargon, name or word)");
    }

    /** The lower-case name used in JSON output. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
