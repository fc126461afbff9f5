/**
 * How pinyin is written: numbered syllables and tone marks ({@link io.github.zhreader.pinyin.notation.Syllables}),
 * what a user types as pinyin ({@link io.github.zhreader.pinyin.notation.PinyinInput}), and the styles a renderer
 * writes it in ({@link io.github.zhreader.pinyin.notation.ToneStyle},
 * {@link io.github.zhreader.pinyin.notation.PinyinSpacing}).
 *
 * <p>The bottom of the package graph: it uses nothing else of zhreader, so that the value types, the dictionary and
 * the reading choice above it can all write and parse syllables. Every type here is stateless or immutable.
 */
package io.github.zhreader.pinyin.notation;
