/**
 * zhreader: Chinese text read for an English speaker. {@link io.github.zhreader.ChineseReader} is the facade; it
 * returns an {@link io.github.zhreader.AnnotatedText} of {@link io.github.zhreader.Paragraph}s and
 * {@link io.github.zhreader.Sentence}s, whose {@link io.github.zhreader.Token}s carry pinyin and
 * {@link io.github.zhreader.Gloss}es, and the multi-word {@link io.github.zhreader.Expression}s found among them.
 *
 * <pre>{@code
 * ChineseReader reader = ChineseReader.create();
 * AnnotatedText doc = reader.annotate("银行行长被扎克伯格招安了。");
 * }</pre>
 *
 * <p>The package holds two layers: the immutable value types, which every stage of the pipeline uses and which
 * use nothing above the pinyin notation and the tag families, and the facade with its package-private helpers,
 * which wires the stages together. Every failure the library reports is a
 * {@link io.github.zhreader.ZhReaderException} with a one-line message.
 */
package io.github.zhreader;
