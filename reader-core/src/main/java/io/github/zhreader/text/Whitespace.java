package io.github.zhreader.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text at runs of whitespace, as {@code text.strip().split("\\s+")} does for text that is not blank, without
 * a regular expression: the data files read at start-up are split this way line after line, while the code is still
 * cold.
 */
public final class Whitespace {

    private Whitespace() {}

    /** The words of {@code text} between runs of whitespace; empty for blank text. */
    public static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) i++;
            if (i > start) words.add(text.substring(start, i));
        }
        return words;
    }
}
