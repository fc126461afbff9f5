package io.github.zhreader.annotate;

import io.github.zhreader.TokenType;
import io.github.zhreader.segment.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a segmenter's words into typed {@link Piece}s: characters the segmenter left out become pieces of their
 * own, whitespace is dropped, and a word mixing scripts ({@code AI公司}) is cut where the script changes, so that
 * every piece is all Han, all Latin, a number, or punctuation. Stateless.
 */
final class Pieces {

    private Pieces() {}

    static List<Piece> of(String sentence, List<Word> words) {
        List<Piece> pieces = new ArrayList<>(words.size() + 4);
        int covered = 0;
        for (Word w : words) {
            if (w.start() < covered) continue;
            if (w.start() > covered) cut(sentence, covered, w.start(), "", pieces);
            cut(sentence, w.start(), w.end(), w.tag(), pieces);
            covered = w.end();
        }
        if (covered < sentence.length()) cut(sentence, covered, sentence.length(), "", pieces);
        return joinAlphanumerics(pieces);
    }

    /** Joins letters and digits the segmenter cut apart into one Latin word: H/100 becomes H100, Llama/4 Llama4. */
    private static List<Piece> joinAlphanumerics(List<Piece> pieces) {
        List<Piece> out = new ArrayList<>(pieces.size());
        for (Piece p : pieces) {
            Piece last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null
                    && last.end() == p.start()
                    && isAlphanumeric(last)
                    && isAlphanumeric(p)
                    && (last.type() == TokenType.LATIN || p.type() == TokenType.LATIN)) {
                out.set(out.size() - 1, new Piece(last.start(), p.end(), TokenType.LATIN, last.tag()));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean isAlphanumeric(Piece p) {
        return p.type() == TokenType.LATIN || p.type() == TokenType.NUMBER;
    }

    /** Adds the pieces of {@code sentence[start, end)}, cut at changes of character class. */
    private static void cut(String sentence, int start, int end, String tag, List<Piece> out) {
        if (CharClasses.isArabicNumber(sentence, start, end)) {
            out.add(new Piece(start, end, TokenType.NUMBER, tag));
            return;
        }
        int runStart = -1;
        TokenType runType = null;
        int i = start;
        while (i < end) {
            int cp = sentence.codePointAt(i);
            int next = i + Character.charCount(cp);
            // Most characters are common Han ideographs: no space, and of one class.
            boolean ideograph = CharClasses.isCommonIdeograph(cp);
            if (!ideograph && CharClasses.isSpace(cp)) {
                if (runType != null) out.add(new Piece(runStart, i, runType, tag));
                runType = null;
            } else {
                TokenType type = ideograph ? TokenType.HAN : CharClasses.of(cp);
                // Letters and digits together make one Latin word (H100); punctuation runs only repeat one mark (……).
                if (type == TokenType.NUMBER && runType == TokenType.LATIN) type = TokenType.LATIN;
                if (type == TokenType.LATIN && runType == TokenType.NUMBER) runType = TokenType.LATIN;
                boolean same =
                        type == runType && (type != TokenType.PUNCTUATION || sentence.codePointAt(runStart) == cp);
                if (!same) {
                    if (runType != null) out.add(new Piece(runStart, i, runType, tag));
                    runStart = i;
                    runType = type;
                }
            }
            i = next;
        }
        if (runType != null) out.add(new Piece(runStart, end, runType, tag));
    }
}
