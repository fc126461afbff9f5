package io.github.zhreader.index;

import io.github.zhreader.Expression;
import io.github.zhreader.Gloss;
import io.github.zhreader.GlossSource;
import io.github.zhreader.Sentence;
import io.github.zhreader.Token;
import io.github.zhreader.TokenType;
import io.github.zhreader.pinyin.notation.Syllables;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The analysed fields of a sentence as text: the segmenter's words, the pinyin with and without tones (then each
 * phrase's reading), the phrases, and the glosses whose text is the {@code english} field; and its vocabulary, the
 * words a learner learns (names and numbers left out, as {@link Token#isVocabulary()} says) in simplified
 * characters, in order, space-separated.
 */
record SentenceForms(
        String words, String pinyin, String tones, String phrases, List<Gloss> glosses, String vocabulary) {

    /** The forms of sentence {@code s}, whose text in simplified characters is {@code simplified}. */
    static SentenceForms of(Sentence s, String simplified, List<Expression> expressions) {
        StringBuilder words = new StringBuilder();
        StringBuilder pinyin = new StringBuilder();
        StringBuilder tones = new StringBuilder();
        StringBuilder vocabulary = new StringBuilder();
        List<Gloss> glosses = new ArrayList<>();
        for (Token t : s.tokens()) {
            if (t.type() == TokenType.PUNCTUATION) continue;
            String word = simplified.substring(t.start() - s.start(), t.end() - s.start());
            words.append(word.toLowerCase(Locale.ROOT)).append(' ');
            if (t.isVocabulary()) vocabulary.append(word).append(' ');
            for (String syllable : t.syllables()) {
                pinyin.append(Syllables.toneless(syllable)).append(' ');
                tones.append(syllable).append(' ');
            }
            glosses.addAll(shownGlosses(t));
        }
        StringBuilder phrases = new StringBuilder();
        for (Expression e : expressions) {
            if (e.sentence() != s.index()) continue;
            // A phrase with words inside (薅了羊毛) is found by its own form and reading too.
            phrases.append(e.headword()).append(' ');
            pinyin.append("| ");
            tones.append("| ");
            for (String syllable : e.gloss().pinyin().toLowerCase(Locale.ROOT).split(" ")) {
                pinyin.append(Syllables.toneless(syllable)).append(' ');
                tones.append(syllable).append(' ');
            }
            glosses.add(e.gloss());
        }
        return new SentenceForms(
                words.toString(),
                pinyin.toString(),
                tones.toString(),
                phrases.toString(),
                glosses,
                vocabulary.toString().strip());
    }

    /**
     * The glosses a reader sees for the word (the glossary's and the dictionary's first three entries), leaving
     * out dictionary entries of another reading than the text's: 的 read de is not found by 的士's "taxi", nor
     * 还 read hai by "to give back". Tones are not compared (不 has bu2 before a fourth tone in some
     * dictionaries). When no entry has the reading, the first is kept.
     */
    private static List<Gloss> shownGlosses(Token t) {
        List<Gloss> shown = t.glosses().subList(0, Math.min(3, t.glosses().size()));
        String reading = letters(String.join("", t.syllables()));
        List<Gloss> kept = new ArrayList<>(shown.size());
        for (Gloss g : shown) {
            if (g.source() != GlossSource.CEDICT || letters(g.pinyin()).equals(reading)) kept.add(g);
        }
        if (kept.isEmpty() && !shown.isEmpty()) kept.add(shown.get(0));
        return kept;
    }

    /** Numbered or marked pinyin as lower-case letters alone: {@code "Bei3 jing1"} is {@code "beijing"}. */
    private static String letters(String pinyin) {
        StringBuilder letters = new StringBuilder(pinyin.length());
        String lower = pinyin.toLowerCase(Locale.ROOT).replace("u:", "v").replace('ü', 'v');
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z') letters.append(c);
        }
        return letters.toString();
    }

    /** The text of the {@code english} field. */
    String english() {
        StringBuilder english = new StringBuilder();
        for (Gloss g : glosses) GlossTerms.text(g, english);
        return english.toString();
    }
}
