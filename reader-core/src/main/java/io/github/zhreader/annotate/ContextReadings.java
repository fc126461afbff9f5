package io.github.zhreader.annotate;

import io.github.zhreader.Gloss;
import io.github.zhreader.GlossSource;
import io.github.zhreader.pinyin.ReadingChooser;
import io.github.zhreader.pinyin.ReadingChooser.Choice;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * The sentence phase of readings: the words around a token revise the syllables its word was given
 * ({@link ReadingChooser#inContext}: 都 after a subject is dōu, 着 after a verb zhe), and a word found separated
 * gives its reading to its parts (上了他的当: dàng; 睡了一个好觉: jiào). A token whose reading changes has the
 * glosses of that reading first, or, where none has it, the glosses of its parts so read. Stateless apart from the
 * chooser and the gloss finder; thread-safe.
 */
final class ContextReadings {

    private final ReadingChooser readings;
    private final GlossFinder glosses;

    ContextReadings(ReadingChooser readings, GlossFinder glosses) {
        this.readings = readings;
        this.glosses = glosses;
    }

    /** What the sentence offers its tokens: where its words begin and end, their tags, and the separated words. */
    static final class Frame {
        private final String sentence;
        private final BitSet cuts;
        private final String[] tags;
        /** The readings that separated words give the characters of their parts, by offset; {@code null} if none. */
        private final String[] partReadings;

        Frame(String sentence, List<Piece> pieces, List<ExpressionFinder.Match> matches) {
            this.sentence = sentence;
            this.cuts = new BitSet(sentence.length() + 1);
            this.tags = new String[sentence.length() + 1];
            for (Piece piece : pieces) {
                cuts.set(piece.start());
                cuts.set(piece.end());
                tags[piece.start()] = piece.tag();
            }
            this.partReadings = partReadings(sentence, matches);
        }
    }

    /** The reading of Han token {@code piece} of the frame's sentence, revised by its neighbours. */
    TokenReading revise(Frame frame, Piece piece, TokenReading reading) {
        List<Choice> choices = readings.inContext(
                frame.sentence, piece.start(), piece.end(), frame.cuts, frame.tags, piece.tag(), reading.choices());
        if (frame.partReadings != null) choices = withPartReadings(choices, piece, frame.partReadings);
        if (choices == reading.choices()) return reading;
        List<String> syllables = choices.stream().map(Choice::syllable).toList();
        String joined = String.join(" ", syllables);
        List<Gloss> sorted = readingFirst(reading.glosses(), joined);
        // No dictionary entry of the word has the new reading (一行 is only yi1 xing2, "party"): the glosses of its
        // parts, read so, come first (一 "one" + 行 hang2 "row"); a gloss made of parts is made again with it.
        Gloss first = sorted.isEmpty() ? null : sorted.get(0);
        if (syllables.size() > 1
                && first != null
                && !first.pinyin().equalsIgnoreCase(joined)
                && (first.source() == GlossSource.CEDICT || first.source() == GlossSource.CHARACTERS)) {
            String word = frame.sentence.substring(piece.start(), piece.end());
            List<Gloss> withParts = new ArrayList<>(sorted.size() + 1);
            if (first.source() == GlossSource.CHARACTERS) {
                withParts.add(glosses.fromParts(word, syllables));
                withParts.addAll(sorted.subList(1, sorted.size()));
            } else {
                withParts.add(glosses.fromSmallerParts(word, syllables));
                withParts.addAll(sorted);
            }
            sorted = List.copyOf(withParts);
        }
        return new TokenReading(choices, syllables, sorted, reading.senseReason());
    }

    /**
     * The readings that separated words give the characters of their parts, by offset in the sentence; {@code null}
     * when no word was found separated. Only words of one reading per character count (the parts' characters are
     * BMP characters, one UTF-16 unit each).
     */
    private static String[] partReadings(String sentence, List<ExpressionFinder.Match> matches) {
        String[] found = null;
        for (ExpressionFinder.Match m : matches) {
            if (!m.separated()) continue;
            List<String> syllables = m.entry().syllables();
            int k = 0;
            int length = 0;
            for (int[] part : m.parts()) length += part[1] - part[0];
            if (length != syllables.size()) continue;
            for (int[] part : m.parts()) {
                for (int at = part[0]; at < part[1]; at++) {
                    if (found == null) found = new String[sentence.length()];
                    found[at] = syllables.get(k++);
                }
            }
        }
        return found;
    }

    /**
     * The choices of a token with the readings that a separated word gives its characters, where they differ and a
     * glossary did not choose them; the same list when none changes. Tokens of characters outside the BMP are left
     * alone (the readings are by UTF-16 offset).
     */
    private static List<Choice> withPartReadings(List<Choice> choices, Piece piece, String[] partReadings) {
        if (piece.length() != choices.size()) return choices;
        List<Choice> revised = null;
        for (int k = 0; k < choices.size(); k++) {
            String r = partReadings[piece.start() + k];
            if (r == null
                    || r.equals(choices.get(k).syllable())
                    || choices.get(k).rule() == ReadingChooser.Rule.GLOSSARY) {
                continue;
            }
            if (revised == null) revised = new ArrayList<>(choices);
            revised.set(k, new Choice(r, ReadingChooser.Rule.SEPARABLE_WORD));
        }
        return revised == null ? choices : List.copyOf(revised);
    }

    /**
     * The glosses with those of {@code reading} (numbered, space-separated) first, for a word the sentence around it
     * gave another reading (儿 read r5 after 画画 puts the erhua suffix before "son").
     */
    private static List<Gloss> readingFirst(List<Gloss> glosses, String reading) {
        List<Gloss> sorted = new ArrayList<>(glosses);
        sorted.sort(Comparator.comparing(g -> !g.pinyin().equalsIgnoreCase(reading)));
        return List.copyOf(sorted);
    }
}
