package io.github.zhreader.pinyin;

import java.util.List;
import java.util.Locale;

/**
 * Pinyin syllables written with tone numbers ({@code "lv4"}, {@code "hao3"}, {@code "ma5"}) and their conversion to
 * tone marks. Tone 5 is the neutral tone; {@code ü} is written {@code v} in numbered form and accepted as {@code u:}
 * or {@code ü} on input.
 *
 * <p>Stateless and thread-safe.
 */
public final class Syllables {

    private static final String[][] MARKED = {
            {"a", "ā", "á", "ǎ", "à"},
            {"e", "ē", "é", "ě", "è"},
            {"i", "ī", "í", "ǐ", "ì"},
            {"o", "ō", "ó", "ǒ", "ò"},
            {"u", "ū", "ú", "ǔ", "ù"},
            {"v", "ǖ", "ǘ", "ǚ", "ǜ"},
            {"n", "n\u0304", "ń", "ň", "ǹ"},
            {"m", "m\u0304", "ḿ", "m\u030C", "m\u0300"},
    };

    private Syllables() {
    }

    /**
     * Normalises a numbered syllable as written by dictionaries and users: lower-cases nothing, writes {@code u:} and
     * {@code ü} as {@code v}, and adds tone 5 when no tone number is given.
     * {@code normalize("lu:4")} is {@code "lv4"}, {@code "ma"} becomes {@code "ma5"}.
     */
    public static String normalize(String syllable) {
        String s = syllable.strip().replace("u:", "v").replace("U:", "V").replace('ü', 'v').replace('Ü', 'V');
        if (s.isEmpty()) throw new IllegalArgumentException("empty syllable");
        char last = s.charAt(s.length() - 1);
        return last >= '1' && last <= '5' ? s : s + "5";
    }

    /** The tone number (1 to 5) of a numbered syllable; 5 when it has none. */
    public static int tone(String syllable) {
        char last = syllable.isEmpty() ? '5' : syllable.charAt(syllable.length() - 1);
        return last >= '1' && last <= '5' ? last - '0' : 5;
    }

    /** The syllable without its tone number. */
    public static String toneless(String syllable) {
        int tone = syllable.isEmpty() ? 5 : syllable.charAt(syllable.length() - 1);
        return tone >= '1' && tone <= '5' ? syllable.substring(0, syllable.length() - 1) : syllable;
    }

    /**
     * One numbered syllable with its tone mark: {@code "hao3"} to {@code "hǎo"}, {@code "lv4"} to {@code "lǜ"},
     * {@code "liu2"} to {@code "liú"}, {@code "ma5"} to {@code "ma"}. The mark goes on {@code a} or {@code e} when
     * present, on the {@code o} of {@code ou}, and otherwise on the last vowel. Capitals are kept.
     */
    public static String toMarks(String syllable) {
        String base = toneless(syllable).replace("u:", "v");
        int tone = tone(syllable);
        if (tone == 5) return base.replace('v', 'ü').replace('V', 'Ü');
        int at = markPosition(base.toLowerCase(Locale.ROOT));
        if (at < 0) return base.replace('v', 'ü').replace('V', 'Ü');
        char c = base.charAt(at);
        String marked = markedVowel(Character.toLowerCase(c), tone);
        if (Character.isUpperCase(c)) marked = marked.toUpperCase(Locale.ROOT);
        return (base.substring(0, at) + marked + base.substring(at + 1)).replace('v', 'ü').replace('V', 'Ü');
    }

    /** Several numbered syllables with tone marks, separated by single spaces. */
    public static String toMarks(List<String> syllables) {
        StringBuilder sb = new StringBuilder();
        for (String s : syllables) {
            if (!sb.isEmpty()) sb.append(' ');
            sb.append(toMarks(s));
        }
        return sb.toString();
    }

    /** Several numbered syllables without tones, separated by single spaces: {@code "hao yang mao"}. */
    public static String toPlain(List<String> syllables) {
        StringBuilder sb = new StringBuilder();
        for (String s : syllables) {
            if (!sb.isEmpty()) sb.append(' ');
            sb.append(toneless(s).replace('v', 'ü').replace('V', 'Ü'));
        }
        return sb.toString();
    }

    private static int markPosition(String s) {
        int a = s.indexOf('a');
        if (a >= 0) return a;
        int e = s.indexOf('e');
        if (e >= 0) return e;
        int ou = s.indexOf("ou");
        if (ou >= 0) return ou;
        for (int i = s.length() - 1; i >= 0; i--) {
            if ("iouv".indexOf(s.charAt(i)) >= 0) return i;
        }
        // Syllables without a vowel: m, n, ng (呣, 嗯)
        if (s.startsWith("n") || s.startsWith("m")) return 0;
        return -1;
    }

    private static String markedVowel(char vowel, int tone) {
        for (String[] row : MARKED) {
            if (row[0].charAt(0) == vowel) return row[tone];
        }
        return String.valueOf(vowel);
    }
}
