package io.github.zhreader.render;

import io.github.zhreader.pinyin.ToneSandhi;
import io.github.zhreader.pinyin.notation.ToneStyle;
import java.util.Objects;

/**
 * What every renderer is told: how to write the pinyin, which characters to show, and the options of one output
 * (the terminal's width, the HTML page's title, indented JSON). A renderer uses the options that concern it.
 *
 * <pre>{@code
 * RenderOptions options = RenderOptions.DEFAULT.withWidth(100).withTones(ToneStyle.NUMBERS);
 * new Interlinear(options).render(doc, System.out);
 * new HtmlRenderer(options.withTitle("Scale AI")).render(doc);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param width       the interlinear text's line width in columns, at least 20
 * @param pinyin      how the pinyin over the words is written: tones, spacing, spoken tone changes (the JSON's
 *                    {@code sandhi} field follows its {@link PinyinFormat#sandhi()})
 * @param script      which characters to show
 * @param keepClutter the interlinear text also renders the web clutter after an article, otherwise folded into a
 *                    line
 * @param title       the HTML page's title
 * @param pretty      the JSON is indented for people; compact otherwise
 */
public record RenderOptions(
        int width, PinyinFormat pinyin, Script script, boolean keepClutter, String title, boolean pretty) {

    /** 80 columns, tone marks, the characters as written, clutter folded, no title, compact JSON. */
    public static final RenderOptions DEFAULT =
            new RenderOptions(80, PinyinFormat.DEFAULT, Script.AS_WRITTEN, false, "", false);

    /** Checks the width and that no option is null. */
    public RenderOptions {
        if (width < 20) throw new IllegalArgumentException("width " + width + " < 20");
        Objects.requireNonNull(pinyin, "pinyin");
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(title, "title");
    }

    /** These options with another line width. */
    public RenderOptions withWidth(int columns) {
        return new RenderOptions(columns, pinyin, script, keepClutter, title, pretty);
    }

    /** These options with another pinyin format. */
    public RenderOptions withPinyin(PinyinFormat format) {
        return new RenderOptions(width, format, script, keepClutter, title, pretty);
    }

    /** These options with the pinyin's tones written another way. */
    public RenderOptions withTones(ToneStyle tones) {
        return withPinyin(pinyin.withTones(tones));
    }

    /** These options with other spoken tone changes shown. */
    public RenderOptions withSandhi(ToneSandhi sandhi) {
        return withPinyin(pinyin.withSandhi(sandhi));
    }

    /** These options with other characters shown. */
    public RenderOptions withScript(Script characters) {
        return new RenderOptions(width, pinyin, characters, keepClutter, title, pretty);
    }

    /** These options with the web clutter kept ({@code true}) or folded. */
    public RenderOptions withClutterKept(boolean keep) {
        return new RenderOptions(width, pinyin, script, keep, title, pretty);
    }

    /** These options with another page title. */
    public RenderOptions withTitle(String pageTitle) {
        return new RenderOptions(width, pinyin, script, keepClutter, pageTitle, pretty);
    }

    /** These options with indented ({@code true}) or compact JSON. */
    public RenderOptions withPretty(boolean indented) {
        return new RenderOptions(width, pinyin, script, keepClutter, title, indented);
    }
}
