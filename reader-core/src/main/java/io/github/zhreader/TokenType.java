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
    OTHER
}
