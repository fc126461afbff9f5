package io.github.zhreader.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.zhreader.AnnotatedText;
import io.github.zhreader.ChineseReader;
import io.github.zhreader.Readers;
import io.github.zhreader.segment.Segmenter;
import io.github.zhreader.segment.Word;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The published invariants hold for HanLP and for another segmenter, and a broken annotation is caught. */
class AnnotationInvariantsTest {

    /** A segmenter of another kind: every character a word of its own, tagged as a noun, spaces left out. */
    private static final class OneCharacterAtATime implements Segmenter {
        @Override
        public List<Word> segment(String text) {
            List<Word> words = new ArrayList<>();
            for (int i = 0; i < text.length(); ) {
                int next = text.offsetByCodePoints(i, 1);
                if (!Character.isWhitespace(text.codePointAt(i))) words.add(new Word(i, next, "n"));
                i = next;
            }
            return words;
        }

        @Override
        public String name() {
            return "one character at a time";
        }
    }

    private static final String TEXT = "银行行长被扎克伯格招安了。\n他们薅了羊毛, 说 OK 3.5 次!𠀀〇";

    @Test
    void theDefaultSegmenterKeepsThem() {
        AnnotationInvariants.check(Readers.shared(), TEXT);
    }

    @Test
    void anotherSegmenterKeepsThem() {
        ChineseReader reader =
                ChineseReader.builder().segmenter(new OneCharacterAtATime()).build();
        AnnotationInvariants.check(reader, TEXT);
        assertEquals("one character at a time", reader.dataSources().get(2).name());
    }

    @Test
    void aBrokenAnnotationIsNamed() {
        AnnotatedText doc = Readers.shared().annotate("银行。");
        AssertionError e = assertThrows(AssertionError.class, () -> AnnotationInvariants.check("银行!", doc));
        assertEquals("broken: the text as given: expected <银行!> but was <银行。>", e.getMessage());
    }
}
