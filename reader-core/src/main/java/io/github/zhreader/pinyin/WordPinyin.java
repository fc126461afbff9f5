package io.github.zhreader.pinyin;

import io.github.zhreader.pinyin.notation.PinyinSpacing;
import io.github.zhreader.pinyin.notation.Syllables;
import io.github.zhreader.pinyin.notation.ToneStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The pinyin of one word as shown to a reader, in pieces: its syllables, the separators between them (an
 * apostrophe, a space) and the marks after syllables whose spoken tone differs from the citation tone. Renderers
 * colour or style the pieces; {@link #text()} is the plain string.
 *
 * <pre>{@code
 * WordPinyin.write(List.of("ni2", "hao3"), List.of("ni3", "hao3"), ToneStyle.MARKS, PinyinSpacing.WORDS, Set.of())
 *         .text();                                                    // "ní*hǎo"
 * }</pre>
 *
 * How a word is written:
 * <ul>
 *   <li>Syllables are joined ({@link PinyinSpacing#WORDS}) or spaced ({@link PinyinSpacing#SYLLABLES}). Joined
 *   syllables that start with a, o or e get an apostrophe before them ({@code Xī'ān}, {@code nǚ'ér}), except with
 *   tone numbers, which already show where a syllable ends ({@code Xi1an1}).</li>
 *   <li>The erhua syllable {@code r5} (儿 as a suffix) joins the syllable before it: {@code yīdiǎnr}, and with
 *   tone numbers {@code yi1dianr3}. 儿 read {@code er2} is a syllable of its own: {@code nǚ'ér}.</li>
 *   <li>A syllable listed in {@code capitals} starts a capitalised part of a name, with a space before it unless it
 *   is the first: {@code Zhāng Sān}, {@code Ōuyáng Xiū}, {@code Běijīng}.</li>
 *   <li>A syllable said in another tone than its citation tone is written as said and followed by
 *   {@link #CHANGE_MARK}: {@code yí*ge}, {@code bú*shì}. Without tones there is nothing to mark.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param pieces the pieces in order
 */
public record WordPinyin(List<Piece> pieces) {

    /** Follows a syllable whose spoken tone is not its citation tone: {@code ní*hǎo}. */
    public static final String CHANGE_MARK = "*";

    /** What a piece is. */
    public enum Kind {
        /** A syllable, possibly with a joined erhua {@code r}. */
        SYLLABLE,
        /** An apostrophe or a space between syllables. */
        SEPARATOR,
        /** {@link #CHANGE_MARK} after a syllable said in another tone. */
        CHANGE_MARK
    }

    /**
     * One piece of a word's pinyin.
     *
     * @param kind     what it is
     * @param text     how it is written; empty for an erhua {@code r} written inside the syllable before it
     * @param spoken   for a syllable, the numbered syllable as said; empty for other pieces
     * @param citation for a syllable, its citation syllable; empty for other pieces
     */
    public record Piece(Kind kind, String text, String spoken, String citation) {

        /** Checks that no part is null. */
        public Piece {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(spoken, "spoken");
            Objects.requireNonNull(citation, "citation");
        }

        /** {@code true} for a syllable said in another tone than its citation tone. */
        public boolean changed() {
            return kind == Kind.SYLLABLE && !spoken.equals(citation);
        }

        /** The tone to colour a syllable by, as said: 1 to 4, or 5 for the neutral tone. */
        public int tone() {
            return Syllables.tone(spoken);
        }
    }

    /** Copies the pieces. */
    public WordPinyin {
        pieces = List.copyOf(pieces);
    }

    /** The pinyin as one string: {@code ní*hǎo}. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Piece p : pieces) sb.append(p.text());
        return sb.toString();
    }

    /** The syllable pieces, one for each syllable of the word. */
    public List<Piece> syllables() {
        return pieces.stream().filter(p -> p.kind() == Kind.SYLLABLE).toList();
    }

    /** {@code true} when a syllable is said in another tone than its citation tone. */
    public boolean changed() {
        return pieces.stream().anyMatch(Piece::changed);
    }

    /**
     * Writes a word.
     *
     * @param spoken   the numbered syllables as said (the citation syllables when no tone changes are shown)
     * @param citation the numbered citation syllables, as many as {@code spoken}
     * @param tones    marks, numbers or none
     * @param spacing  joined or spaced
     * @param capitals the indexes of the syllables that start a capitalised part of a name
     * @throws IllegalArgumentException when {@code spoken} and {@code citation} differ in length
     */
    public static WordPinyin write(
            List<String> spoken, List<String> citation, ToneStyle tones, PinyinSpacing spacing, Set<Integer> capitals) {
        if (spoken.size() != citation.size()) {
            throw new IllegalArgumentException("spoken " + spoken + " and citation " + citation + " differ in length");
        }
        List<Piece> pieces = new ArrayList<>();
        int previous = -1;
        for (int i = 0; i < spoken.size(); i++) {
            String said = spoken.get(i);
            boolean erhua = previous >= 0 && Syllables.toneless(said).equals("r") && !capitals.contains(i);
            if (erhua) {
                Piece before = pieces.get(previous);
                String r = "r";
                if (tones == ToneStyle.NUMBERS) {
                    // The tone number ends the whole syllable: dian3 + r5 is dianr3.
                    String base = Syllables.toneless(before.text());
                    pieces.set(
                            previous,
                            new Piece(
                                    Kind.SYLLABLE,
                                    base + "r" + before.text().substring(base.length()),
                                    before.spoken(),
                                    before.citation()));
                    r = "";
                }
                pieces.add(new Piece(Kind.SYLLABLE, r, said, citation.get(i)));
                continue;
            }
            String written = tones.format(said);
            boolean capital = capitals.contains(i);
            if (capital && !written.isEmpty()) {
                written = written.substring(0, 1).toUpperCase(Locale.ROOT) + written.substring(1);
            }
            if (i > 0) {
                if (spacing == PinyinSpacing.SYLLABLES || capital) pieces.add(separator(" "));
                else if (tones != ToneStyle.NUMBERS && startsWithVowel(said)) pieces.add(separator("'"));
            }
            pieces.add(new Piece(Kind.SYLLABLE, written, said, citation.get(i)));
            previous = pieces.size() - 1;
        }
        if (tones != ToneStyle.NONE) addChangeMarks(pieces);
        return new WordPinyin(pieces);
    }

    /** A mark after each changed syllable, after its erhua {@code r} when one follows. */
    private static void addChangeMarks(List<Piece> pieces) {
        for (int i = pieces.size() - 1; i >= 0; i--) {
            if (!pieces.get(i).changed()) continue;
            int after = i + 1;
            if (after < pieces.size() && isErhua(pieces.get(after))) after++;
            pieces.add(after, new Piece(Kind.CHANGE_MARK, CHANGE_MARK, "", ""));
        }
    }

    private static boolean isErhua(Piece p) {
        return p.kind() == Kind.SYLLABLE && Syllables.toneless(p.spoken()).equals("r");
    }

    private static Piece separator(String text) {
        return new Piece(Kind.SEPARATOR, text, "", "");
    }

    private static boolean startsWithVowel(String syllable) {
        return !syllable.isEmpty() && "aoe".indexOf(Character.toLowerCase(syllable.charAt(0))) >= 0;
    }
}
