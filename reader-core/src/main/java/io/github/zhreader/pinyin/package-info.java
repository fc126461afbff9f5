/**
 * Choosing the reading of each character: {@link io.github.zhreader.pinyin.ReadingChooser} in two phases, a word by
 * itself and then the sentence around it, each choice with the rule that made it; per-character readings merged
 * from HanLP's table, pinyin4j and a table of our own ({@link io.github.zhreader.pinyin.CharacterReadings}); the
 * spoken tone changes ({@link io.github.zhreader.pinyin.ToneSandhi}) and a word's pinyin written for display
 * ({@link io.github.zhreader.pinyin.WordPinyin}). How syllables are written is in
 * {@link io.github.zhreader.pinyin.notation}.
 */
package io.github.zhreader.pinyin;
