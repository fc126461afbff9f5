package io.github.zhreader.lexicon;

import io.github.zhreader.Gloss;
import io.github.zhreader.GlossKind;
import io.github.zhreader.GlossSource;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a glossary: zhreader's curated glossary or a user's.
 *
 * <p>Immutable and thread-safe.
 *
 * @param simplified  the headword in simplified characters
 * @param traditional the headword in traditional characters (equal to {@code simplified} when they do not differ)
 * @param syllables   numbered pinyin, one lower-case syllable per character
 * @param kind        what kind of phrase it is
 * @param literal     the word-by-word literal meaning, empty when not given
 * @param meanings    what it means in use, best first; at least one
 * @param note        register and usage, empty when not given
 * @param parts       for a phrase that other words can stand inside, its parts in order ({@code [薅, 羊毛]} for
 *                    {@code 薅…羊毛}); empty for a phrase that is only used whole
 * @param inside      the only words that may stand between the parts ({@code [着, 了]} for
 *                    {@code 挂…梯子 with 着 了}); empty when the general rule for small words applies
 * @param context     for a sense that only some texts mean (毕业 "to be laid off"), words of which one must occur in
 *                    the sentence for this gloss to come first; empty when the gloss always applies
 * @param source      the glossary's kind: {@link GlossSource#CURATED} or {@link GlossSource#USER}
 * @param origin      where the entry was read, for messages: {@code glossary.txt:12}
 */
public record GlossaryEntry(
        String simplified,
        String traditional,
        List<String> syllables,
        GlossKind kind,
        String literal,
        List<String> meanings,
        String note,
        List<String> parts,
        List<String> inside,
        List<String> context,
        GlossSource source,
        String origin) {

    /** Validates the fields and copies the lists. */
    public GlossaryEntry {
        Objects.requireNonNull(simplified, "simplified");
        Objects.requireNonNull(traditional, "traditional");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(literal, "literal");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(origin, "origin");
        syllables = List.copyOf(syllables);
        meanings = List.copyOf(meanings);
        parts = List.copyOf(parts);
        inside = List.copyOf(inside);
        context = List.copyOf(context);
        if (meanings.isEmpty()) throw new IllegalArgumentException("no meaning for " + simplified);
        if (!parts.isEmpty() && !String.join("", parts).equals(simplified)) {
            throw new IllegalArgumentException("parts " + parts + " do not spell " + simplified);
        }
    }

    /** {@code true} when other words can stand between the parts of this phrase (薅了羊毛 for 薅羊毛). */
    public boolean separable() {
        return parts.size() > 1;
    }

    /**
     * The first of this entry's context words found in {@code sentence}: the reason to put its gloss first. Empty
     * when none occurs, and for entries without context words.
     */
    public java.util.Optional<String> contextIn(String sentence) {
        return context.stream().filter(sentence::contains).findFirst();
    }

    /** The numbered pinyin, syllables separated by spaces. */
    public String pinyin() {
        return String.join(" ", syllables);
    }

    /** This entry as a {@link Gloss}. */
    public Gloss toGloss() {
        return new Gloss(simplified, traditional, pinyin(), meanings, source, kind, literal, note);
    }

    /** This entry as a {@link Gloss} chosen because the sentence mentions {@code reason}, which the note says. */
    public Gloss toGloss(String reason) {
        String why = "chosen because the sentence mentions " + reason;
        return new Gloss(
                simplified,
                traditional,
                pinyin(),
                meanings,
                source,
                kind,
                literal,
                note.isEmpty() ? why : note + " (" + why + ")");
    }
}
