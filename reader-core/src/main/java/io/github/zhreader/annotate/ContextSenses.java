package io.github.zhreader.annotate;

import io.github.zhreader.pinyin.ReadingChooser.Choice;
import io.github.zhreader.segment.Tags;
import java.util.List;

/**
 * The sentence phase of senses: the sense table's lines that look at a token's neighbours ({@link SenseOrder#inContext}:
 * 约 before a number is "about", 花 before 钱 "to spend") put the sense that fits first, and may bring the reading
 * of that sense with them when only the word alone chose the reading. Stateless apart from the table; thread-safe.
 */
final class ContextSenses {

    private final SenseOrder senses;

    ContextSenses(SenseOrder senses) {
        this.senses = senses;
    }

    /**
     * The senses of Han token {@code i} of {@code pieces}, revised by its neighbours; the same reading when the
     * table has no line for its word that looks at the sentence.
     */
    TokenReading revise(
            String sentence,
            List<Piece> pieces,
            int i,
            NameJudge.Document document,
            WordAnnotator.WordAnnotation word,
            TokenReading reading) {
        Piece piece = pieces.get(i);
        if (word.senseSettled() || !senses.hasRules(word.senseWord())) return asVerb(pieces, i, sentence, reading);
        SenseOrder.Ordered ordered = senses.inContext(
                reading.glosses(), word.senseWord(), piece.tag(), () -> context(sentence, pieces, i, document));
        List<Choice> bySense =
                ordered.reading().isEmpty() ? null : WordAnnotator.bySense(reading.choices(), ordered.reading());
        if (ordered.reason().isEmpty() || (!ordered.reading().isEmpty() && bySense == null)) {
            return asVerb(pieces, i, sentence, reading);
        }
        if (bySense == null) return reading.withSenses(ordered);
        return new TokenReading(
                bySense, bySense.stream().map(Choice::syllable).toList(), ordered.glosses(), ordered.reason());
    }

    /** The tokens on either side of piece {@code i}, for the sense table. */
    private static SenseOrder.Context context(String sentence, List<Piece> pieces, int i, NameJudge.Document document) {
        Piece beforePrevious = i > 1 ? pieces.get(i - 2) : null;
        Piece previous = i > 0 ? pieces.get(i - 1) : null;
        Piece next = i + 1 < pieces.size() ? pieces.get(i + 1) : null;
        Piece afterNext = i + 2 < pieces.size() ? pieces.get(i + 2) : null;
        return new SenseOrder.Context(
                beforePrevious == null ? null : beforePrevious.in(sentence),
                beforePrevious == null ? null : beforePrevious.type(),
                beforePrevious == null ? "" : beforePrevious.tag(),
                previous == null ? null : previous.in(sentence),
                previous == null ? null : previous.type(),
                previous == null ? "" : previous.tag(),
                next == null ? null : next.in(sentence),
                next == null ? null : next.type(),
                next == null ? "" : next.tag(),
                afterNext == null ? null : afterNext.in(sentence),
                afterNext == null ? null : afterNext.type(),
                afterNext == null ? "" : afterNext.tag(),
                sentence,
                document.classical(),
                pieces,
                i);
    }

    /**
     * A verb used as a noun ({@code vn}) with its object or an aspect particle after it (影响他们) reads as the verb:
     * a "to …" sense first, which no table line that looked at the sentence put elsewhere. After a noun, with which
     * it may make a compound, only an aspect particle counts (这件事影响了我们).
     */
    private TokenReading asVerb(List<Piece> pieces, int i, String sentence, TokenReading reading) {
        Piece piece = pieces.get(i);
        if (i + 1 >= pieces.size()) return reading;
        if (piece.tag().equals("a")) return adjectiveAsVerb(pieces, i, sentence, reading);
        if (!Tags.isVerbalNoun(piece.tag())) return reading;
        Piece next = pieces.get(i + 1);
        // After a noun it may end a compound (社会生活各个领域): only an aspect particle shows the verb then.
        if (i > 0 && Tags.isNoun(pieces.get(i - 1).tag()) && !SenseOrder.isAspect(next.in(sentence))) return reading;
        SenseOrder.Ordered ordered = senses.asVerb(reading.glosses(), next.in(sentence), next.type(), next.tag());
        return ordered == null ? reading : reading.withSenses(ordered);
    }

    /**
     * An adjective with an object after it works as a verb (丰富了人民的生活 "to enrich", 方便群众 is not enough, but
     * 方便了群众 and 方便他们 are): 了 or 过 then a noun or a pronoun, or a pronoun right after it.
     */
    private TokenReading adjectiveAsVerb(List<Piece> pieces, int i, String sentence, TokenReading reading) {
        Piece next = pieces.get(i + 1);
        Piece object = next;
        if (SenseOrder.isAspect(next.in(sentence))) {
            if (i + 2 >= pieces.size()) return reading;
            object = pieces.get(i + 2);
        }
        boolean hasObject = Tags.isPronoun(object.tag())
                || object != next && Tags.isNoun(object.tag()) && !Tags.isPersonName(object.tag());
        if (!hasObject) return reading;
        SenseOrder.Ordered ordered =
                senses.verbSenseFirst(reading.glosses(), "an adjective with an object after it: a \"to …\" sense");
        return ordered == null ? reading : reading.withSenses(ordered);
    }
}
