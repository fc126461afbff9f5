package io.github.zhreader.vocab;

import io.github.zhreader.Gloss;
import io.github.zhreader.Sentence;
import io.github.zhreader.Token;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One distinct word of a text, with what a learner wants to know about it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param word      the word as the text writes it
 * @param syllables its numbered syllables
 * @param count     how many times the text uses it
 * @param rank      its frequency rank (1 is the most frequent word of the language), empty when unranked
 * @param gloss     its best gloss
 * @param sentence  the first sentence that uses it
 * @param first     the first token of it, in that sentence
 * @param known     {@code true} when the reader knows it
 */
public record VocabularyEntry(
        String word,
        List<String> syllables,
        int count,
        OptionalInt rank,
        Gloss gloss,
        Sentence sentence,
        Token first,
        boolean known) {

    /** Validates and copies. */
    public VocabularyEntry {
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(gloss, "gloss");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(rank, "rank");
        syllables = List.copyOf(syllables);
        if (count < 1) throw new IllegalArgumentException("count " + count + " < 1");
    }
}
