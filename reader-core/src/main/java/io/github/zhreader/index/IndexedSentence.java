package io.github.zhreader.index;

import io.github.zhreader.AnnotatedText;
import io.github.zhreader.ChineseReader;
import io.github.zhreader.Expression;
import io.github.zhreader.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A sentence of a library as an index holds it: where it is, its text, and its analysed forms as text, ready to
 * be indexed with the analysis of each field that the package's description gives (a search engine elsewhere
 * indexes these and runs a {@link SearchPlan} on them). {@code bigrams} and {@code characters} are made from
 * {@link #simplified}; the other fields of {@link SearchPlan#FIELDS} are the components of the same name
 * ({@code pinyin_tones} is {@link #tones}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param document   the document's id
 * @param title      the document's title
 * @param sentence   the sentence's number in its document, from 0
 * @param start      UTF-16 index of the sentence in the document's text
 * @param end        UTF-16 index just past it
 * @param text       the sentence
 * @param simplified the sentence in simplified characters
 * @param words      the segmenter's words, lower case, space-separated
 * @param pinyin     the syllables without tones, then {@code |} and each phrase's reading
 * @param tones      the syllables with tone numbers, likewise
 * @param phrases    the headwords of the phrases found in the sentence
 * @param english    the English of the words' and phrases' glosses
 */
public record IndexedSentence(
        String document,
        String title,
        int sentence,
        int start,
        int end,
        String text,
        String simplified,
        String words,
        String pinyin,
        String tones,
        String phrases,
        String english) {

    /** Checks that nothing is null. */
    public IndexedSentence {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(simplified, "simplified");
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(pinyin, "pinyin");
        Objects.requireNonNull(tones, "tones");
        Objects.requireNonNull(phrases, "phrases");
        Objects.requireNonNull(english, "english");
    }

    /** Told of each sentence of a text that a library indexes. */
    interface Visitor {
        /**
         * {@code s} is the sentence of a part that starts at {@code offset} of the whole text and whose first
         * sentence has the number {@code firstSentence}; {@code expressions} are the part's.
         */
        void sentence(Sentence s, String simplified, int offset, int firstSentence, List<Expression> expressions);
    }

    /**
     * Annotates {@code text} as the library does and tells {@code visitor} of every sentence it indexes (all but
     * clutter), then {@code progress} of how far it has got, after each part.
     */
    static void each(ChineseReader reader, String text, Visitor visitor, SentenceLibrary.Progress progress) {
        reader.annotate(text, part -> {
            AnnotatedText doc = part.text();
            for (Sentence s : doc.sentences()) {
                if (doc.isClutter(s)) continue;
                visitor.sentence(
                        s, reader.toSimplified(s.text()), part.offset(), part.firstSentence(), doc.expressions());
            }
            progress.at(part.offset() + (long) doc.text().length(), text.length());
        });
    }

    /** The sentences of document {@code id}, in order, as a library makes them from its text. */
    static List<IndexedSentence> of(ChineseReader reader, String id, String title, String text) {
        List<IndexedSentence> sentences = new ArrayList<>();
        each(
                reader,
                text,
                (s, simplified, offset, first, expressions) -> {
                    SentenceForms forms = SentenceForms.of(s, simplified, expressions);
                    sentences.add(new IndexedSentence(
                            id,
                            title,
                            s.index() + first,
                            s.start() + offset,
                            s.end() + offset,
                            s.text(),
                            simplified,
                            forms.words(),
                            forms.pinyin(),
                            forms.tones(),
                            forms.phrases(),
                            forms.english()));
                },
                (done, total) -> {});
        return sentences;
    }
}
