package io.github.zhreader.annotate;

import io.github.zhreader.TokenType;

/** Classifies characters into the {@link TokenType}s a token can have. Stateless. */
final class CharClasses {

    private CharClasses() {}

    /**
     * Whether the character is in the CJK Unified Ideographs block, where nearly every character of a text lies: all
     * Han letters, none a space.
     */
    static boolean isCommonIdeograph(int cp) {
        return cp >= 0x4E00 && cp <= 0x9FFF;
    }

    /** The type of one character, as a single-character token would have it. */
    static TokenType of(int cp) {
        if (TokenType.isHan(cp)) return TokenType.HAN;
        if (isDigit(cp)) return TokenType.NUMBER;
        if (Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) return TokenType.LATIN;
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION,
                    Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> TokenType.PUNCTUATION;
            default -> TokenType.OTHER;
        };
    }

    static boolean isDigit(int cp) {
        return (cp >= '0' && cp <= '9') || (cp >= '０' && cp <= '９');
    }

    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    /** {@code true} when {@code s[start, end)} is a number written with Arabic digits: 2019, 3.5, 1,000, 49%. */
    static boolean isArabicNumber(String s, int start, int end) {
        if (start >= end || !isDigit(s.charAt(start))) return false;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            boolean separator =
                    (c == '.' || c == ',' || c == '．' || c == '，') && i + 1 < end && isDigit(s.charAt(i + 1));
            if (!isDigit(c) && !separator && !(c == '%' && i == end - 1)) return false;
        }
        return true;
    }
}
