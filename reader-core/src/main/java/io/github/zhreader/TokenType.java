package io.github.zhreader;

/** What a {@link Token} is made of. Only {@link #HAN} tokens carry pinyin. */
public enum TokenType {
    /** Chinese characters: a word, a name, an idiom or a single character. */
    HAN,
    /** Latin letters, possibly mixed with digits ({@code H100}, {@code ChatGPT}). */
    LATIN,
    /** Arabic digits, possibly with a decimal point or separators ({@code 2019}, {@code 3.5}). */
    NUMBER,
    /** Punctuation, Chinese or Western. */
    PUNCTUATION,
    /** Anything else: symbols, emoji, other scripts. */
    OTHER;

    /**
     * Whether a character is one that {@link #HAN} tokens are made of: a Han letter of any CJK block (卡, 㐀, 𠀀),
     * the iteration mark 々 and the ideographic zero 〇, but not a radical or a stroke. The one definition every part
     * of zhreader uses.
     */
    public static boolean isHan(int codePoint) {
        if (codePoint >= 0x4E00 && codePoint <= 0x9FFF) return true; // nearly every character of a text
        if (codePoint < 0x2E80) return false; // below the first Han block
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN && Character.isLetter(codePoint)
                || codePoint == 0x3007;
    }

    /** Whether {@code text} has a character that {@link #isHan(int)} accepts. */
    public static boolean containsHan(CharSequence text) {
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            if (isHan(cp)) return true;
            i += Character.charCount(cp);
        }
        return false;
    }
}
