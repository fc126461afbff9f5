package io.github.zhreader.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.zhreader.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceHitTest {

    private static SentenceHit hit(String text, List<Span> highlights) {
        return new SentenceHit("doc", "Title", 0, 0, text.length(), text, highlights, 1f);
    }

    @Test
    void highlightedMarksEachSpan() {
        assertEquals(
                "给[[薅]]了[[羊毛]]。",
                hit("给薅了羊毛。", List.of(new Span(1, 2), new Span(3, 5))).highlighted());
        assertEquals("[[羊毛]]", hit("羊毛", List.of(new Span(0, 2))).highlighted());
        assertEquals("没有", hit("没有", List.of()).highlighted());
    }

    @Test
    void highlightsMustBeInOrderApartAndInside() {
        assertThrows(IllegalArgumentException.class, () -> hit("给薅了羊毛。", List.of(new Span(3, 5), new Span(1, 2))));
        assertThrows(IllegalArgumentException.class, () -> hit("给薅了羊毛。", List.of(new Span(1, 2), new Span(2, 3))));
        assertThrows(IllegalArgumentException.class, () -> hit("给薅了羊毛。", List.of(new Span(2, 2))));
        assertThrows(IllegalArgumentException.class, () -> hit("羊毛", List.of(new Span(1, 3))));
    }

    @Test
    void touchingAndOverlappingMatchesAreMerged() {
        assertEquals(List.of(new Span(1, 5)), Highlighter.merged(6, List.of(new int[] {1, 3}, new int[] {3, 5})));
        assertEquals(List.of(new Span(0, 4)), Highlighter.merged(6, List.of(new int[] {0, 3}, new int[] {2, 4})));
        assertEquals(List.of(new Span(4, 6)), Highlighter.merged(6, List.of(new int[] {4, 9})));
    }
}
