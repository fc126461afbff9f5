/**
 * The CC-CEDICT Chinese-English dictionary: parsing its text format, a compact binary form built into the jar, and
 * look-ups by simplified or traditional headword.
 * <pre>{@code
 * CedictDictionary cedict = CedictDictionary.bundled();
 * List<CedictEntry> entries = cedict.lookup("银行");   // [銀行 银行 [yin2 hang2] /bank/...]
 * }</pre>
 *
 * <p>API: {@link io.github.zhreader.lexicon.CedictDictionary}, {@link io.github.zhreader.lexicon.CedictEntry},
 * {@link io.github.zhreader.lexicon.CedictParser}, {@link io.github.zhreader.lexicon.CedictCompiler} and
 * {@link io.github.zhreader.lexicon.CedictFormatException}. The package-private classes are not API; the code that
 * fetches CC-CEDICT and compiles it when reader-core is built ({@code DictionaryBuild}) is in {@code src/build/java}
 * and not in the jar.
 *
 * <p>CC-CEDICT is licensed CC BY-SA 4.0 (see {@link io.github.zhreader.lexicon.CedictDictionary#metadata()}); the
 * data is fetched and compiled at build time and is not part of the source tree.
 */
package io.github.zhreader.lexicon;
