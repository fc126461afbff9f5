package io.github.zhreader.cli;

import io.github.zhreader.pinyin.ToneSandhi;
import io.github.zhreader.pinyin.notation.PinyinSpacing;
import io.github.zhreader.pinyin.notation.ToneStyle;
import io.github.zhreader.render.PinyinFormat;
import java.util.Map;
import java.util.Stack;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** How pinyin is shown, shared by {@code annotate} and {@code read}: spoken tone changes and spacing. */
final class PinyinOptions {

    // No defaultValue: picocli would pass it through the preprocessor, which would take it for a bare --sandhi.
    @Option(
            names = "--sandhi",
            arity = "0..1",
            paramLabel = "CHANGES",
            preprocessor = ValueOnlyWithEquals.class,
            description = "Show tones as spoken: 一 yí before a fourth tone and yì before others, 不 bú before a "
                    + "fourth tone, a third tone before a third tone as a second (你好 ní*hǎo). A changed "
                    + "syllable is followed by * (underlined in html; json adds \"sandhi\" beside the citation "
                    + "\"syllables\"). --sandhi=yi-bu shows only the changes of 一 and 不.")
    ToneSandhi sandhi = ToneSandhi.NONE;

    @Option(
            names = "--pinyin-spacing",
            defaultValue = "words",
            paramLabel = "SPACING",
            description = "words (yínháng Xī'ān, the default) or syllables (yín háng Xī ān).")
    PinyinSpacing spacing;

    /** The pinyin format these options give, with {@code tones}. */
    PinyinFormat format(ToneStyle tones) {
        return new PinyinFormat(tones, spacing, sandhi);
    }

    /**
     * {@code --sandhi} takes a value only as {@code --sandhi=VALUE}, so that {@code --sandhi FILE} reads FILE with
     * all tone changes shown instead of taking FILE for the value.
     */
    static final class ValueOnlyWithEquals implements CommandLine.IParameterPreprocessor {
        @Override
        public boolean preprocess(
                Stack<String> args, CommandSpec commandSpec, ArgSpec argSpec, Map<String, Object> info) {
            if (!"=".equals(info.get("separator"))) args.push(ToneSandhi.ALL.toString());
            return false;
        }
    }
}
