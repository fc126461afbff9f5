package io.github.zhreader.index;

import io.github.zhreader.Gloss;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.util.BytesRef;

/**
 * The {@code english} field of a sentence, analysed once per gloss instead of once per sentence. The field's text is
 * the glosses' texts one after another ({@link #text}), each ending in whitespace, so the standard tokenizer never
 * joins two glosses and the English analyzer's terms for the whole are those of each gloss in turn; the only thing
 * that crosses from one gloss to the next is the position gap of stop words removed at a gloss's end. Each gloss's
 * terms are kept with their position increments and that gap, and {@link #stream} plays them back as the token
 * stream the analyzer would have made of the joined text: the same terms at the same positions.
 */
final class GlossTerms {

    /** The analysed terms of one gloss: UTF-8 terms, their position increments, and the gap left at the end. */
    record Piece(BytesRef[] terms, int[] increments, int trailing) {}

    private static final Analyzer ENGLISH = new EnglishAnalyzer();
    /** Glosses come from the dictionaries and a few rules; the cache is emptied if it ever grows past this. */
    private static final int LIMIT = 300_000;

    private static final ConcurrentHashMap<Gloss, Piece> CACHE = new ConcurrentHashMap<>();

    private GlossTerms() {}

    /** The text a gloss contributes to the {@code english} field: its senses, then its literal meaning, if any. */
    static void text(Gloss g, StringBuilder out) {
        out.append(String.join(" ; ", g.senses())).append(" . ");
        if (!g.literal().isEmpty()) out.append(g.literal()).append(" . ");
    }

    /** The English analyzer's terms for a gloss's text. Thread-safe. */
    static Piece of(Gloss g) {
        Piece piece = CACHE.get(g);
        if (piece != null) return piece;
        StringBuilder text = new StringBuilder();
        text(g, text);
        piece = analyse(text.toString());
        if (CACHE.size() >= LIMIT) CACHE.clear();
        CACHE.put(g, piece);
        return piece;
    }

    private static Piece analyse(String text) {
        List<BytesRef> terms = new ArrayList<>();
        List<Integer> increments = new ArrayList<>();
        try (TokenStream ts = ENGLISH.tokenStream(Analyzers.ENGLISH, text)) {
            TermToBytesRefAttribute term = ts.getAttribute(TermToBytesRefAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(BytesRef.deepCopyOf(term.getBytesRef()));
                increments.add(increment.getPositionIncrement());
            }
            ts.end();
            int[] inc = increments.stream().mapToInt(Integer::intValue).toArray();
            return new Piece(terms.toArray(new BytesRef[0]), inc, increment.getPositionIncrement());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The token stream of the glosses' texts joined, as the English analyzer makes it. */
    static TokenStream stream(List<Piece> pieces) {
        return new Stream(pieces);
    }

    private static final class Stream extends TokenStream {
        private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final List<Piece> pieces;
        private int piece;
        private int next;
        /** Positions skipped by stop words at the end of the glosses since the last term. */
        private int carry;

        Stream(List<Piece> pieces) {
            this.pieces = pieces;
        }

        @Override
        public boolean incrementToken() {
            clearAttributes();
            while (piece < pieces.size()) {
                Piece p = pieces.get(piece);
                if (next < p.terms.length) {
                    term.setBytesRef(p.terms[next]);
                    increment.setPositionIncrement(p.increments[next] + carry);
                    carry = 0;
                    next++;
                    return true;
                }
                carry += p.trailing;
                piece++;
                next = 0;
            }
            return false;
        }

        @Override
        public void end() throws IOException {
            super.end();
            increment.setPositionIncrement(carry);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            piece = 0;
            next = 0;
            carry = 0;
        }
    }
}
