package io.github.zhreader.text;

import java.util.Objects;

/**
 * Text after {@link TextNormalizer}, together with the way back to the input it came from.
 *
 * <p>Every character of {@link #text()} was produced by exactly one character of {@link #original()} (characters that
 * were removed produce nothing), and the order is kept. So a span {@code [start, end)} of the normalised text maps to
 * the span {@code [originalStart(start), originalEnd(end))} of the original:
 * <pre>{@code
 * NormalizedText n = new TextNormalizer().normalize("\033[31m红\033[0m色");
 * n.text();              // "红色"
 * n.originalStart(1);    // 10, the index of 色 in the input
 * n.originalEnd(1);      // 6, just after 红: the escape code that follows 红 is not part of its span
 * }</pre>
 * Both ends of a non-empty span map to the tightest original span that holds the characters which produced it;
 * removed material at the edges (escape codes, zero-width characters) is left out, removed material inside is kept.
 * For an empty span {@code [i, i)} use {@link #originalStart(int) originalStart(i)} for both ends.
 *
 * <p>A surrogate pair is always kept or removed as a whole, and its two halves map to the two halves of the original
 * pair, so a span that does not split a pair maps to a span that does not split one either.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class NormalizedText {

    private final String original;
    private final String text;
    /**
     * {@code source[i]} is the index in {@code original} of the character that produced {@code text.charAt(i)};
     * {@code source[text.length()]} is {@code original.length()}. Null when the text is the original, unchanged.
     * This array is why the type is a final class and not a record (records hold no arrays).
     */
    private final int[] source;

    NormalizedText(String original, String text, int[] source) {
        this.original = original;
        this.text = text;
        this.source = source;
    }

    /**
     * Wraps text that needs no normalisation, with the identity mapping. No copy is made.
     *
     * @param text the text, used both as original and as normalised text
     * @return an unchanged {@code NormalizedText}
     */
    public static NormalizedText unchanged(String text) {
        Objects.requireNonNull(text, "text");
        return new NormalizedText(text, text, null);
    }

    /**
     * The input as given to the normaliser.
     *
     * @return the original text
     */
    public String original() {
        return original;
    }

    /**
     * The normalised text.
     *
     * @return the normalised text; the same {@code String} instance as {@link #original()} when nothing changed
     */
    public String text() {
        return text;
    }

    /**
     * Whether normalisation left the input as it was; then every offset maps to itself.
     *
     * @return true when {@link #text()} is {@link #original()}
     */
    public boolean isUnchanged() {
        return source == null;
    }

    /**
     * Maps a start offset (inclusive) of the normalised text to the original.
     *
     * @param index an index in {@code [0, text().length()]}
     * @return the index in the original of the character that produced {@code text().charAt(index)}, or
     *         {@code original().length()} when {@code index == text().length()}
     * @throws IndexOutOfBoundsException when {@code index} is outside {@code [0, text().length()]}
     */
    public int originalStart(int index) {
        Objects.checkIndex(index, text.length() + 1);
        return source == null ? index : source[index];
    }

    /**
     * Maps an end offset (exclusive) of the normalised text to the original.
     *
     * @param end an end-exclusive index in {@code [0, text().length()]}
     * @return the index just after the original character that produced {@code text().charAt(end - 1)}; for
     *         {@code end == 0}, {@code originalStart(0)}
     * @throws IndexOutOfBoundsException when {@code end} is outside {@code [0, text().length()]}
     */
    public int originalEnd(int end) {
        Objects.checkIndex(end, text.length() + 1);
        if (source == null) {
            return end;
        }
        // Each kept character comes from exactly one original char, so its original span has length 1.
        return end == 0 ? source[0] : source[end - 1] + 1;
    }

    /**
     * The normalised text, for debugging.
     *
     * @return {@link #text()}
     */
    @Override
    public String toString() {
        return text;
    }
}
