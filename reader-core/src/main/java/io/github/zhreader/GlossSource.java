package io.github.zhreader;

import java.util.Locale;

/** Where a {@link Gloss} comes from, in the order of precedence used when several sources know a word. */
public enum GlossSource {
    /** A glossary file given by the user. */
    USER,
    /** zhreader's own curated glossary of idioms, slang and figurative phrases. */
    CURATED,
    /** CC-CEDICT. */
    CEDICT,
    /** Made by a rule from the token itself: a number written in characters, a personal or place name. */
    RULE,
    /** The fallback: the glosses of the word's parts (dictionary words or single characters) put side by side. */
    CHARACTERS;

    /** The lower-case name used in JSON output. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code true} for a gloss of the whole word, not one assembled from its characters. */
    public boolean wordLevel() {
        return this != CHARACTERS;
    }
}
