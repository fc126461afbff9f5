package io.github.zhreader.pinyin.notation;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** How pinyin is written for display: with tone marks, tone numbers, or no tones. */
public enum ToneStyle {
    /** {@code hāo yáng máo} */
    MARKS,
    /** {@code hao1 yang2 mao2} */
    NUMBERS,
    /** {@code hao yang mao} */
    NONE;

    /**
     * Parses {@code marks}, {@code numbers} or {@code none}, ignoring case.
     *
     * @throws IllegalArgumentException naming the bad value and the accepted ones
     */
    public static ToneStyle parse(String value) {
        for (ToneStyle style : values()) {
            if (style.name().equalsIgnoreCase(value.strip())) return style;
        }
        throw new IllegalArgumentException("unknown tone style '" + value + "' (expected marks, numbers or none)");
    }

    /** The syllables in this style, separated by spaces. */
    public String format(List<String> syllables) {
        return switch (this) {
            case MARKS -> Syllables.toMarks(syllables);
            case NUMBERS -> String.join(" ", syllables);
            case NONE -> Syllables.toPlain(syllables);
        };
    }

    /** One syllable in this style. */
    public String format(String syllable) {
        return format(List.of(syllable));
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The accepted values, for help texts. */
    public static String names() {
        return java.util.Arrays.stream(values()).map(ToneStyle::toString).collect(Collectors.joining(", "));
    }
}
