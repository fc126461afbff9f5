package io.github.zhreader;

import java.util.List;
import java.util.Objects;

/**
 * An English explanation of a Chinese word or phrase.
 *
 * <p>Immutable and thread-safe.
 *
 * @param headword    the word in simplified characters
 * @param traditional the word in traditional characters (equal to {@code headword} where they do not differ)
 * @param pinyin      numbered pinyin, one syllable per character, separated by spaces ({@code "hao1 yang2 mao2"});
 *                    {@code ü} is written {@code v}; capitalised syllables mark proper nouns, as in CC-CEDICT
 * @param senses      English senses, best first; never empty
 * @param source      where the gloss comes from
 * @param kind        what kind of word or phrase it explains
 * @param literal     for idioms, slang and figurative phrases, the word-by-word literal meaning; empty otherwise
 * @param note        register and usage (internet slang, derogatory, formal ...) or why a rule chose this gloss;
 *                    empty when there is nothing to add
 */
public record Gloss(
        String headword,
        String traditional,
        String pinyin,
        List<String> senses,
        GlossSource source,
        GlossKind kind,
        String literal,
        String note) {

    /** Validates the fields and copies the senses. */
    public Gloss {
        Objects.requireNonNull(headword, "headword");
        Objects.requireNonNull(traditional, "traditional");
        Objects.requireNonNull(pinyin, "pinyin");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(literal, "literal");
        Objects.requireNonNull(note, "note");
        senses = List.copyOf(senses);
        if (headword.isEmpty()) throw new IllegalArgumentException("empty headword");
        if (senses.isEmpty()) throw new IllegalArgumentException("no senses for " + headword);
    }

    /** A gloss without a literal meaning or note. */
    public Gloss(
            String headword,
            String traditional,
            String pinyin,
            List<String> senses,
            GlossSource source,
            GlossKind kind) {
        this(headword, traditional, pinyin, senses, source, kind, "", "");
    }

    /** The senses joined with {@code "; "}, for one-line display. */
    public String summary() {
        return String.join("; ", senses);
    }
}
