package io.github.zhreader.cli;

import java.util.List;
import java.util.Locale;
import org.jline.utils.AttributedStyle;

/**
 * Colours for the five tones, the scheme most readers know from Pleco: first tone red, second green, third blue,
 * fourth purple, neutral grey. Another scheme is given as five colour names, such as
 * {@code red,orange,green,blue,grey}.
 */
record ToneColors(List<Integer> colours) {

    static final String DEFAULT = "red,green,blue,magenta,grey";

    private static final List<String> NAMES =
            List.of("black", "red", "green", "yellow", "blue", "magenta", "cyan", "white");

    /** No colour: the terminal's default. */
    private static final int NONE = -1;

    ToneColors {
        colours = List.copyOf(colours);
        if (colours.size() != 5) throw new IllegalArgumentException("five tone colours needed, not " + colours.size());
    }

    /**
     * Parses five comma-separated colour names: black, red, green, yellow, blue, magenta, cyan, white, grey,
     * orange, or default.
     *
     * @throws IllegalArgumentException naming the bad value
     */
    static ToneColors parse(String value) {
        String[] names = value.split(",");
        if (names.length != 5) {
            throw new IllegalArgumentException("tone colours '" + value + "': give five colours, e.g. " + DEFAULT);
        }
        List<Integer> colours = new java.util.ArrayList<>();
        for (String name : names) colours.add(colour(name.strip().toLowerCase(Locale.ROOT), value));
        return new ToneColors(colours);
    }

    private static int colour(String name, String value) {
        return switch (name) {
            case "default" -> NONE;
            case "grey", "gray" -> AttributedStyle.BRIGHT | AttributedStyle.BLACK;
            case "orange" -> 208;
            default -> {
                int index = NAMES.indexOf(name);
                if (index < 0) throw new IllegalArgumentException("unknown colour '" + name + "' in '" + value + "'");
                yield index;
            }
        };
    }

    /** {@code base} in the colour of a numbered syllable's tone. */
    AttributedStyle apply(AttributedStyle base, String syllable) {
        char last = syllable.isEmpty() ? '5' : syllable.charAt(syllable.length() - 1);
        int tone = last >= '1' && last <= '5' ? last - '0' : 5;
        int colour = colours.get(tone - 1);
        return colour == NONE ? base : base.foreground(colour);
    }
}
