package io.github.zhreader;

import io.github.zhreader.pinyin.notation.Syllables;
import io.github.zhreader.segment.Tags;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One word, number, Latin word or punctuation mark of an annotated text.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text      the token exactly as it appears in the input: {@code input.substring(start, end).equals(text)}
 * @param start     UTF-16 index of the first character in the input given to {@link ChineseReader#annotate(String)}
 * @param end       UTF-16 index just past the last character
 * @param type      what the token is made of
 * @param tag       the segmenter's part-of-speech tag ({@code n}, {@code v}, {@code nr} ...), empty when unknown
 * @param syllables one numbered syllable per Han character ({@code ["hao1","yang2","mao2"]}; 5 is the neutral tone,
 *                  {@code ü} is {@code v}); empty for tokens without Han characters
 * @param glosses   English glosses, best first; never empty for {@link TokenType#HAN} tokens; for a
 *                  {@link TokenType#LATIN} token, the glossary's explanation of a letter abbreviation of the internet
 *                  (yyds, u1s1) when it has one; empty for the others
 * @param rank      the word's frequency rank in the segmenter's word list (1 is the most frequent word); empty
 *                  for words the list lacks and for tokens that are not Chinese words
 * @param known     {@code true} when the reader's known words include this word
 * @param hsk       the word's HSK 2.0 level, 1 to 6; empty for words the official list lacks
 */
public record Token(
        String text,
        int start,
        int end,
        TokenType type,
        String tag,
        List<String> syllables,
        List<Gloss> glosses,
        OptionalInt rank,
        boolean known,
        OptionalInt hsk) {

    /** Validates offsets and copies the lists. */
    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(rank, "rank");
        Objects.requireNonNull(hsk, "hsk");
        syllables = List.copyOf(syllables);
        glosses = List.copyOf(glosses);
        if (start < 0) throw new IllegalArgumentException("start " + start + " < 0");
        if (end - start != text.length())
            throw new IllegalArgumentException("span [" + start + ", " + end + ") does not fit \"" + text + "\"");
    }

    /**
     * The pinyin with tone marks, one syllable per Han character separated by spaces: {@code "hāo yáng máo"}.
     * Empty for tokens without Han characters.
     */
    public String pinyin() {
        return Syllables.toMarks(syllables);
    }

    /** The span of this token in the input. */
    public Span span() {
        return new Span(start, end);
    }

    /**
     * {@code true} for a token that counts as vocabulary: a Chinese word that is not a name or a number.
     */
    public boolean isVocabulary() {
        if (!isHan() || glosses.isEmpty()) return false;
        GlossKind kind = glosses.get(0).kind();
        return kind != GlossKind.NAME
                && kind != GlossKind.NUMBER
                && !Tags.isPersonName(tag)
                && !Tags.isPlaceName(tag)
                && !Tags.isOrganisation(tag)
                && !Tags.isNumeral(tag);
    }

    /** {@code true} for a token of Chinese characters. */
    public boolean isHan() {
        return type == TokenType.HAN;
    }
}
