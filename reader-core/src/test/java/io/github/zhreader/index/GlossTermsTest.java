package io.github.zhreader.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.zhreader.AnnotatedText;
import io.github.zhreader.Gloss;
import io.github.zhreader.GlossKind;
import io.github.zhreader.GlossSource;
import io.github.zhreader.Readers;
import io.github.zhreader.Token;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.junit.jupiter.api.Test;

/** The English field played back from each gloss's terms is what the English analyzer makes of the whole text. */
class GlossTermsTest {

    /** Terms and positions, as "term@position". */
    private static List<String> terms(TokenStream ts) throws IOException {
        List<String> out = new ArrayList<>();
        try (ts) {
            TermToBytesRefAttribute term = ts.getAttribute(TermToBytesRefAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += increment.getPositionIncrement();
                out.add(term.getBytesRef().utf8ToString() + "@" + position);
            }
            ts.end();
            out.add("end+" + increment.getPositionIncrement());
        }
        return out;
    }

    private static void assertSame(List<Gloss> glosses) throws IOException {
        StringBuilder text = new StringBuilder();
        List<GlossTerms.Piece> pieces = new ArrayList<>();
        for (Gloss g : glosses) {
            GlossTerms.text(g, text);
            pieces.add(GlossTerms.of(g));
        }
        try (EnglishAnalyzer english = new EnglishAnalyzer()) {
            assertEquals(
                    terms(english.tokenStream(Analyzers.ENGLISH, text.toString())),
                    terms(GlossTerms.stream(pieces)),
                    text.toString());
        }
    }

    private static Gloss gloss(String literal, String... senses) {
        return new Gloss("词", "詞", "ci2", List.of(senses), GlossSource.CEDICT, GlossKind.WORD, literal, "");
    }

    @Test
    void stopWordsAtTheEdgesOfGlossesLeaveTheSameGaps() throws IOException {
        assertSame(List.of(
                gloss("", "to be out of print", "the"),
                gloss("one of the", "a gold rush"),
                gloss("", "of the"),
                gloss("", "children's books; U.S.A.", "it is"),
                gloss("", "running dogs")));
    }

    @Test
    void everySentenceOfTheSampleIsAnalysedAlike() throws IOException {
        AnnotatedText sample = Readers.shared().annotate(Readers.sampleArticle());
        for (io.github.zhreader.Sentence s : sample.sentences()) {
            List<Gloss> glosses = new ArrayList<>();
            for (Token t : s.tokens())
                glosses.addAll(t.glosses().subList(0, Math.min(3, t.glosses().size())));
            assertSame(glosses);
        }
    }
}
