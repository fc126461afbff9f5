package io.github.zhreader.vocab;

import io.github.zhreader.AnnotatedText;
import io.github.zhreader.ChineseReader;
import io.github.zhreader.Gloss;
import io.github.zhreader.Sentence;
import io.github.zhreader.Token;
import io.github.zhreader.TokenType;
import io.github.zhreader.index.SentenceWords;
import io.github.zhreader.pinyin.WordPinyin;
import io.github.zhreader.render.PinyinFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Sentence mining: of the sentences that use a word, the ones to learn it from, those whose other words the learner
 * already knows but for a few ("i+1" sentences when none is unknown).
 *
 * <pre>{@code
 * List<SentenceMining.Mined> best = SentenceMining.mine(
 *         library.sentencesWith("发展").sentences(), "发展", known::contains, 0, reader::frequencyRank);
 * }</pre>
 *
 * <p>The order: fewest unknown words first, then the shortest sentence, then the one whose rarest other word is the
 * most common (by frequency rank); a sentence whose text was met before (the same sentence in two documents, or
 * twice in one) is listed once. Stateless.
 */
public final class SentenceMining {

    private SentenceMining() {}

    /**
     * A sentence to learn a word from.
     *
     * @param sentence the sentence and where it is
     * @param unknown  the other words of it the learner does not know, in order of use
     * @param rarest   the highest frequency rank among its other words ({@link Integer#MAX_VALUE} when one is
     *                 unranked, 0 when it has no other word)
     */
    public record Mined(SentenceWords sentence, List<String> unknown, int rarest) {
        /** Copies the list. */
        public Mined {
            Objects.requireNonNull(sentence, "sentence");
            unknown = List.copyOf(unknown);
        }
    }

    /**
     * The sentences that use {@code word} and at most {@code maxUnknown} other words the learner does not know, best
     * first.
     *
     * @param sentences  the sentences that use the word, with their vocabulary (simplified characters)
     * @param word       the word, in simplified characters
     * @param known      whether the learner knows a word (simplified characters)
     * @param maxUnknown how many other unknown words a sentence may have, 0 or more
     * @param rank       a word's frequency rank, empty when unranked
     */
    public static List<Mined> mine(
            List<SentenceWords> sentences,
            String word,
            Predicate<String> known,
            int maxUnknown,
            Function<String, OptionalInt> rank) {
        if (maxUnknown < 0) throw new IllegalArgumentException("maxUnknown " + maxUnknown + " < 0");
        List<Mined> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SentenceWords s : sentences) {
            if (!s.vocabulary().contains(word)) continue;
            Set<String> unknown = new LinkedHashSet<>();
            int rarest = 0;
            for (String other : s.vocabulary()) {
                if (other.equals(word)) continue;
                if (!known.test(other)) unknown.add(other);
                rarest = Math.max(rarest, rank.apply(other).orElse(Integer.MAX_VALUE));
            }
            if (unknown.size() > maxUnknown || !seen.add(s.text().strip())) continue;
            found.add(new Mined(s, List.copyOf(unknown), rarest));
        }
        found.sort(Comparator.comparingInt((Mined m) -> m.unknown().size())
                .thenComparingInt(m -> m.sentence()
                        .text()
                        .codePointCount(0, m.sentence().text().length()))
                .thenComparingInt(Mined::rarest));
        return found;
    }

    /**
     * A card to learn a word from a sentence: the sentence, where the word is in it, the sentence's pinyin, and the
     * word's pinyin and gloss as this sentence reads it (the sense that fits here first).
     *
     * @param sentence    the sentence
     * @param start       UTF-16 index of the word's first use in it
     * @param end         UTF-16 index just past it
     * @param pinyin      the sentence's pinyin, words separated by spaces
     * @param wordPinyin  the word's pinyin, with tone marks
     * @param gloss       the word's gloss here
     * @param source      where the sentence is: its document's title and number ({@code 人民日报 #12})
     */
    public record Card(
            String sentence, int start, int end, String pinyin, String wordPinyin, Gloss gloss, String source) {
        /** Checks the span. */
        public Card {
            Objects.requireNonNull(gloss, "gloss");
            if (start < 0 || end <= start || end > sentence.length()) {
                throw new IllegalArgumentException("bad span " + start + "-" + end + " of " + sentence);
            }
        }
    }

    /**
     * The card for a mined sentence: the sentence is annotated on its own, and the word is its first token that reads
     * {@code word} in simplified characters; empty when the annotation splits the word differently from the library
     * (rare: the library's segmentation saw the whole document).
     */
    public static Optional<Card> card(ChineseReader reader, Mined mined, String word) {
        SentenceWords s = mined.sentence();
        AnnotatedText annotated = reader.annotate(s.text());
        List<Token> tokens = new ArrayList<>();
        for (Sentence part : annotated.sentences()) tokens.addAll(part.tokens());
        Token found = null;
        for (Token t : tokens) {
            if (!t.glosses().isEmpty() && reader.toSimplified(t.text()).equals(word)) {
                found = t;
                break;
            }
        }
        if (found == null) return Optional.empty();
        List<WordPinyin> written = PinyinFormat.DEFAULT.words(tokens);
        StringBuilder pinyin = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String piece =
                    t.syllables().isEmpty() ? t.text().strip() : written.get(i).text();
            if (piece.isEmpty()) continue;
            boolean punctuation = t.type() == TokenType.PUNCTUATION;
            if (pinyin.length() > 0 && !punctuation) pinyin.append(' ');
            pinyin.append(piece);
        }
        return Optional.of(new Card(
                s.text(),
                found.start(),
                found.end(),
                pinyin.toString(),
                found.pinyin(),
                found.glosses().get(0),
                s.title() + " #" + (s.sentence() + 1)));
    }
}
