package io.github.zhreader;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The result of {@link ChineseReader#annotate(String)}: the input split into paragraphs and sentences, every sentence
 * into tokens with pinyin and glosses, and the multi-word expressions found.
 *
 * <p>Immutable and thread-safe. All offsets are UTF-16 indexes into {@link #text()}, the input as given.
 *
 * @param text        the input as given to {@code annotate}
 * @param paragraphs  the paragraphs, in order
 * @param sentences   all sentences, in order
 * @param expressions multi-word expressions, in order of their first part
 */
public record AnnotatedText(
        String text, List<Paragraph> paragraphs, List<Sentence> sentences, List<Expression> expressions) {

    /** Copies the lists. */
    public AnnotatedText {
        Objects.requireNonNull(text, "text");
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
        expressions = List.copyOf(expressions);
    }

    /** All tokens of all sentences, in order. */
    public Stream<Token> tokens() {
        return sentences.stream().flatMap(s -> s.tokens().stream());
    }

    /** {@code true} when the sentence belongs to the web clutter after the article. */
    public boolean isClutter(Sentence sentence) {
        return paragraphs.get(sentence.paragraph()).clutter();
    }

    /** The sentences of one paragraph. */
    public List<Sentence> sentencesOf(Paragraph paragraph) {
        return sentences.subList(paragraph.firstSentence(), paragraph.firstSentence() + paragraph.sentenceCount());
    }
}
