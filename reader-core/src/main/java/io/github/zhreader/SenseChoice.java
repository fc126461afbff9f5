package io.github.zhreader;

/**
 * Why a Han token's glosses begin with the sense they begin with: one line of the debug view of the senses
 * ({@link ChineseReader#explainSenses}).
 *
 * @param word   the token as the text writes it
 * @param start  its UTF-16 offset in the text
 * @param end    the offset after it
 * @param tag    its part-of-speech tag
 * @param sense  the sense shown first
 * @param reason what put it first: {@code "dictionary order"}, the part of speech, or a line of the sense table
 */
public record SenseChoice(String word, int start, int end, String tag, String sense, String reason) {}
