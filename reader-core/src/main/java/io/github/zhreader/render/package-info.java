/**
 * The outputs of an annotation: plain interlinear text ({@link io.github.zhreader.render.Interlinear}), an HTML
 * page with ruby ({@link io.github.zhreader.render.HtmlRenderer}) and JSON
 * ({@link io.github.zhreader.render.JsonRenderer}), each told by one
 * {@link io.github.zhreader.render.RenderOptions} and each writing to a String or any {@link java.lang.Appendable}.
 * Control and escape characters from the input never reach an output. Every type here is immutable and
 * thread-safe.
 */
package io.github.zhreader.render;
