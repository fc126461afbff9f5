package io.github.zhreader;

/**
 * Why a Han character has the syllable it has: one line of the debug view of the pinyin
 * ({@link ChineseReader#explainPinyin}).
 *
 * @param character the character as the text writes it
 * @param start     its UTF-16 offset in the text
 * @param syllable  its numbered syllable ({@code "hang2"})
 * @param rule      the rule that chose it, in a few words ({@code "dictionary word"}, {@code "part of speech"})
 * @param word      the token the character belongs to
 * @param tag       the token's part-of-speech tag
 */
public record PinyinChoice(String character, int start, String syllable, String rule, String word, String tag) {}
