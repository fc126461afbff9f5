/**
 * What a learner keeps: the words they know ({@link io.github.zhreader.vocab.KnownWords}, a file in the data
 * folder), a text's vocabulary list ({@link io.github.zhreader.vocab.Vocabulary}) and its exports to Anki and CSV
 * ({@link io.github.zhreader.vocab.Exports}).
 */
package io.github.zhreader.vocab;
