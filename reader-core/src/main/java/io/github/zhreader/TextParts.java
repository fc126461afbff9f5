package io.github.zhreader;

import java.util.ArrayList;
import java.util.List;

/**
 * Where {@link ChineseReader#annotate(String, java.util.function.Consumer)} cuts a long text into parts, so that
 * only a part's annotation is held at a time. Stateless.
 */
final class TextParts {

    private TextParts() {}

    /**
     * The {@code [start, end)} of each part, at least one. A part ends after the first line break past
     * {@code size} characters; a line longer than four parts is cut at the part size, never inside a surrogate pair.
     */
    static List<int[]> cuts(String text, int size) {
        List<int[]> cuts = new ArrayList<>();
        int from = 0;
        do {
            int to = text.length();
            if (to - from > size) {
                int cut = text.indexOf('\n', from + size);
                if (cut < 0 || cut - from > 4 * size) {
                    cut = from + size;
                    if (Character.isLowSurrogate(text.charAt(cut))) cut++;
                } else {
                    cut++;
                }
                to = Math.min(cut, text.length());
            }
            cuts.add(new int[] {from, to});
            from = to;
        } while (from < text.length());
        return cuts;
    }
}
