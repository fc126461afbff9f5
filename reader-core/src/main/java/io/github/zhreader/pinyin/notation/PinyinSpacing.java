package io.github.zhreader.pinyin.notation;

import java.util.Locale;

/** How the syllables of a word are laid out for display: joined per word, or one by one. */
public enum PinyinSpacing {
    /** {@code yínháng}, {@code Xī'ān}, {@code nǚ'ér}, {@code yīdiǎnr}: as running pinyin text writes words. */
    WORDS,
    /** {@code yín háng}, {@code Xī ān}, {@code nǚ ér}, {@code yī diǎnr}: a space between syllables. */
    SYLLABLES;

    /**
     * Parses {@code words} or {@code syllables}, ignoring case.
     *
     * @throws IllegalArgumentException naming the bad value and the accepted ones
     */
    public static PinyinSpacing parse(String value) {
        for (PinyinSpacing s : values()) {
            if (s.name().equalsIgnoreCase(value.strip())) return s;
        }
        throw new IllegalArgumentException("unknown pinyin spacing '" + value + "' (expected words or syllables)");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
