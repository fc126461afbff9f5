package io.github.zhreader.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * Cleans raw input before it is split and segmented, keeping a map back to the input.
 *
 * <p>What changes, in the order a reader would notice it:
 * <ul>
 *   <li>Line endings: {@code "\r\n"} and a lone {@code '\r'} become {@code '\n'} (of a CRLF pair, the CR counts as
 *       removed and the LF as kept). A tab becomes a space.</li>
 *   <li>Terminal escape sequences are removed whole: CSI ({@code ESC [} parameters, intermediates, final byte, as in
 *       {@code "\033[31m"}); OSC ({@code ESC ]} up to BEL or {@code ESC \}); DCS, SOS, PM and APC
 *       ({@code ESC P}, {@code ESC X}, {@code ESC ^}, {@code ESC _} up to {@code ESC \}); and the short forms
 *       {@code ESC} + intermediates + final character ({@code ESC c}, {@code ESC ( B}). A string sequence without its
 *       terminator loses only its two introducing characters, so a stray {@code ESC ]} never swallows the rest of the
 *       text. An {@code ESC} that starts no sequence is removed alone.</li>
 *   <li>Other C0 controls (all but {@code '\n'}), DEL and C1 controls (U+0080..U+009F) are removed. C1 controls are
 *       removed one by one; the 8-bit forms of CSI and OSC are not parsed as introducers.</li>
 *   <li>Bidi controls (U+200E, U+200F, U+061C, U+202A..U+202E, U+2066..U+2069) and zero-width characters
 *       (U+200B..U+200D, U+2060, U+FEFF, including a byte order mark) are removed.</li>
 *   <li>A surrogate without its partner becomes U+FFFD, so the reader sees that something was lost and offsets stay
 *       one-to-one.</li>
 *   <li>Full-width digits and Latin letters (U+FF10..U+FF19, U+FF21..U+FF3A, U+FF41..U+FF5A) become ASCII, and the
 *       ideographic space U+3000 becomes a space: segmenters and dictionaries know {@code "H100"}, not
 *       {@code "Ｈ１００"}. Full-width punctuation ({@code ，。！？：；（）“”} and the rest of U+FF01..U+FF5E) is kept, as
 *       Chinese readers expect it.</li>
 * </ul>
 * Everything else, including characters outside the BMP such as 𠮷 (U+20BB7) and 𰻞 (U+30EDE), is kept as it is.
 * Normalising twice gives the same text as normalising once.
 *
 * <p>When nothing needs to change, {@link #normalize(String)} returns the input itself with the identity mapping and
 * allocates no copy. Time and memory are linear in the input length.
 *
 * <p>Instances hold no state and are thread-safe.
 */
public final class TextNormalizer {

    private static final char ESC = '\u001b';
    private static final char BEL = '\u0007';
    private static final char REPLACEMENT = '\uFFFD';

    /** Creates a normaliser. */
    public TextNormalizer() {}

    /**
     * Normalises {@code input}.
     *
     * <pre>{@code
     * new TextNormalizer().normalize("第１章\r\n").text();   // "第1章\n"
     * }</pre>
     *
     * @param input raw text, for example a decoded file
     * @return the normalised text with its map back to {@code input}
     */
    public NormalizedText normalize(String input) {
        Objects.requireNonNull(input, "input");
        int first = firstChange(input);
        if (first == input.length()) {
            return NormalizedText.unchanged(input);
        }
        return new Rewriter(input).run(first);
    }

    /** Index of the first char that normalisation would change, or {@code input.length()} if none. */
    private static int firstChange(String input) {
        int n = input.length();
        for (int i = 0; i < n; i++) {
            char c = input.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(input.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c) || isRemoved(c) || replacement(c) != c) {
                return i;
            }
        }
        return n;
    }

    /** One pass over one input; not shared. */
    private static final class Rewriter {

        private final String input;
        private final int n;
        // Set once a search for a string terminator (ST, or BEL for OSC) has reached the end of the input without
        // finding one: later searches cannot find one either. This keeps input like "ESC ] ESC ] ESC ] ..." linear.
        private boolean noStAhead;
        private boolean noBelAhead;

        Rewriter(String input) {
            this.input = input;
            this.n = input.length();
        }

        NormalizedText run(int first) {
            StringBuilder out = new StringBuilder(n);
            int[] source = new int[n + 1];
            out.append(input, 0, first);
            for (int k = 0; k < first; k++) {
                source[k] = k;
            }
            int i = first;
            while (i < n) {
                char c = input.charAt(i);
                if (c == ESC) {
                    i = escapeEnd(i);
                    continue;
                }
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(input.charAt(i + 1))) {
                    source[out.length()] = i;
                    out.append(c);
                    source[out.length()] = i + 1;
                    out.append(input.charAt(i + 1));
                    i += 2;
                    continue;
                }
                if (c == '\r' && i + 1 < n && input.charAt(i + 1) == '\n') {
                    i++; // the LF that follows is kept
                    continue;
                }
                if (!isRemoved(c)) {
                    source[out.length()] = i;
                    out.append(Character.isSurrogate(c) ? REPLACEMENT : replacement(c));
                }
                i++;
            }
            int length = out.length();
            source[length] = n;
            return new NormalizedText(input, out.toString(), Arrays.copyOf(source, length + 1));
        }

        /** End (exclusive) of what is removed for the {@code ESC} at {@code start}. */
        private int escapeEnd(int start) {
            int i = start + 1;
            if (i == n) {
                return i;
            }
            char c = input.charAt(i);
            switch (c) {
                case '[':
                    i++;
                    while (i < n && input.charAt(i) >= 0x30 && input.charAt(i) <= 0x3F) {
                        i++; // parameter bytes
                    }
                    while (i < n && input.charAt(i) >= 0x20 && input.charAt(i) <= 0x2F) {
                        i++; // intermediate bytes
                    }
                    if (i < n && input.charAt(i) >= 0x40 && input.charAt(i) <= 0x7E) {
                        i++; // final byte
                    }
                    // A sequence cut short by another character ends there; that character is kept.
                    return i;
                case ']':
                case 'P':
                case 'X':
                case '^':
                case '_': {
                    int end = stringEnd(i + 1, c == ']');
                    // Without a terminator only the introducer goes; the text after it stays.
                    return end < 0 ? i + 1 : end;
                }
                default:
                    while (i < n && input.charAt(i) >= 0x20 && input.charAt(i) <= 0x2F) {
                        i++; // intermediate bytes, as in ESC ( B
                    }
                    if (i < n && input.charAt(i) >= 0x30 && input.charAt(i) <= 0x7E) {
                        return i + 1; // final character
                    }
                    // Not a sequence: the ESC goes, with the intermediates it was followed by.
                    return i;
            }
        }

        /**
         * End (exclusive) of a control string whose content starts at {@code from}: just after its ST
         * ({@code ESC \} or U+009C) or, for OSC, its BEL; -1 when it has none.
         */
        private int stringEnd(int from, boolean belTerminates) {
            boolean findSt = !noStAhead;
            boolean findBel = belTerminates && !noBelAhead;
            if (findSt || findBel) {
                for (int i = from; i < n; i++) {
                    char c = input.charAt(i);
                    if (findSt && (c == '\u009c' || c == ESC && i + 1 < n && input.charAt(i + 1) == '\\')) {
                        return c == ESC ? i + 2 : i + 1;
                    }
                    if (findBel && c == BEL) {
                        return i + 1;
                    }
                }
            }
            noStAhead |= findSt;
            noBelAhead |= findBel;
            return -1;
        }
    }

    /** Whether a single {@code c} is removed; surrogates are never removed (see {@link Rewriter#run}). */
    private static boolean isRemoved(char c) {
        if (c < 0x20) {
            return c != '\t' && c != '\r' && c != '\n';
        }
        if (c < 0x7F) {
            return false;
        }
        if (c <= 0x9F) {
            return true; // DEL and C1 controls
        }
        switch (c) {
            case '\u061C': // Arabic letter mark
            case '\u200B': // zero width space
            case '\u200C': // zero width non-joiner
            case '\u200D': // zero width joiner
            case '\u200E': // left-to-right mark
            case '\u200F': // right-to-left mark
            case '\u202A': // LRE
            case '\u202B': // RLE
            case '\u202C': // PDF
            case '\u202D': // LRO
            case '\u202E': // RLO
            case '\u2060': // word joiner
            case '\u2066': // LRI
            case '\u2067': // RLI
            case '\u2068': // FSI
            case '\u2069': // PDI
            case '\uFEFF': // zero width no-break space, byte order mark
                return true;
            default:
                return false;
        }
    }

    /** The character that a kept, non-surrogate {@code c} becomes. */
    private static char replacement(char c) {
        if (c == '\t' || c == '\u3000') {
            return ' ';
        }
        if (c == '\r') {
            return '\n';
        }
        if (c >= '\uFF10' && c <= '\uFF19' || c >= '\uFF21' && c <= '\uFF3A' || c >= '\uFF41' && c <= '\uFF5A') {
            return (char) (c - 0xFEE0);
        }
        return c;
    }
}
