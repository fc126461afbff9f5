/**
 * The first stages of the pipeline: cleaning raw text and cutting it into paragraphs and sentences, plus the
 * terminal width of text.
 *
 * <p>The stages run in this order:
 * <ol>
 *   <li>{@link io.github.zhreader.text.TextNormalizer} turns raw input into a
 *       {@link io.github.zhreader.text.NormalizedText}:
 *       line endings unified, control characters, terminal escape sequences, bidi controls and zero-width characters
 *       removed, full-width letters and digits made ASCII. The result remembers where each character came from, so
 *       offsets found later can be reported against the original input.</li>
 *   <li>{@link io.github.zhreader.text.TextSplitter} cuts the normalised text into
 *       {@link io.github.zhreader.text.ParagraphSpan}s and {@link io.github.zhreader.text.SentenceSpan}s: offsets only,
 *       no copies of the text.</li>
 * </ol>
 * Normalisation comes first so that the splitter sees clean text: a zero-width or control character would otherwise
 * make a blank line look non-blank or separate a terminator from its closing quote.
 *
 * <p>{@link io.github.zhreader.text.DisplayWidth} measures how many terminal columns text takes, per code point,
 * for renderers that align pinyin under characters.
 *
 * <p>All offsets in this package are UTF-16 indexes ({@code char} positions), end-exclusive, as in
 * {@link java.lang.String#substring(int, int)}. Every public type here is immutable or stateless and safe to share
 * between threads.
 */
package io.github.zhreader.text;
