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

    /** The lower-case name used in JSON output. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
