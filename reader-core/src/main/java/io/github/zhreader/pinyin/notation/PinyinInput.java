package io.github.zhreader.pinyin.notation;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads pinyin as people type it: with tone marks ({@code hāo yáng máo}), tone numbers ({@code hao1 yang2 mao2}),
 * or no tones ({@code hao yang mao}, {@code haoyangmao}); {@code ü} as {@code ü}, {@code v} or {@code u:}.
 * Stateless and thread-safe.
 */
public final class PinyinInput {

    private static final String MARKED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
    private static final String PLAIN = "aeiouv";

    private PinyinInput() {}

    /**
     * The query as compact numbered pinyin without spaces, lower-case, tone marks turned into numbers after their
     * syllable's vowel group: {@code "hāo yáng máo"} gives {@code "hao1yang2mao2"}, {@code "lü4"} gives
     * {@code "lv4"}, and an erhua {@code r} becomes the syllable {@code r5}: {@code "yīdiǎnr"} and
     * {@code "yi1 dianr3"} give {@code "yi1dian3r5"}. Empty when the query holds anything but Latin letters, tone marks, digits 1 to 5, spaces and
     * apostrophes.
     */
    public static Optional<String> compact(String query) {
        String s =
                nfc(query.strip()).toLowerCase(Locale.ROOT).replace("u:", "v").replace('ü', 'v');
        if (s.isEmpty()) return Optional.empty();
        StringBuilder out = new StringBuilder();
        int pendingTone = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int marked = MARKED.indexOf(c);
            if (marked >= 0) {
                out.append(PLAIN.charAt(marked / 4));
                pendingTone = marked % 4 + 1;
            } else if (c >= 'a' && c <= 'z') {
                // A tone mark belongs to the syllable; write it where the next syllable starts.
                if (pendingTone != 0 && startsSyllable(s, i)) {
                    out.append(pendingTone);
                    pendingTone = 0;
                }
                out.append(c);
            } else if (c >= '1' && c <= '5') {
                out.append(c);
                pendingTone = 0;
            } else if (c == ' ' || c == '\'' || c == '’' || c == '-') {
                if (pendingTone != 0) out.append(pendingTone);
                pendingTone = 0;
            } else {
                return Optional.empty();
            }
        }
        if (pendingTone != 0) out.append(pendingTone);
        return Optional.of(erhuaAsSyllable(out));
    }

    /**
     * Writes an erhua {@code r} as the syllable {@code r5}, as dictionaries do, with the tone on the syllable it
     * joins: {@code dianr3} (from {@code diǎnr}) becomes {@code dian3r5}. The syllable {@code er} stays whole.
     */
    private static String erhuaAsSyllable(StringBuilder s) {
        for (int i = s.length() - 2; i >= 1; i--) {
            char tone = s.charAt(i + 1);
            if (s.charAt(i) != 'r' || tone < '1' || tone > '5' || !Character.isLetter(s.charAt(i - 1))) continue;
            boolean syllableEr = s.charAt(i - 1) == 'e' && (i == 1 || !Character.isLetter(s.charAt(i - 2)));
            if (syllableEr) continue;
            s.replace(i, i + 2, tone + "r5");
        }
        return s.toString();
    }

    /**
     * A test for whole readings (numbered syllables) that match a pinyin query: with tones when the query has
     * them, without otherwise. Empty when the query is not pinyin.
     */
    public static Optional<java.util.function.Predicate<List<String>>> readingMatcher(String query) {
        Optional<String> compact = compact(query);
        if (compact.isEmpty() || compact.get().isEmpty()) return Optional.empty();
        String wanted = compact.get();
        boolean tones = hasTones(wanted);
        return Optional.of(syllables -> {
            String reading = compact(syllables);
            return (tones ? reading : Syllables.toneless(reading)).equals(wanted);
        });
    }

    /**
     * Splits compact pinyin into syllables: {@code "haoyangmao"} gives {@code [hao, yang, mao]},
     * {@code "hao1yang2mao2"} gives {@code [hao1, yang2, mao2]}, {@code "xian"} gives {@code [xian]} (the longest
     * syllables first, backing off where the rest would not split). Empty when it does not split into syllables.
     */
    public static Optional<List<String>> split(String compact) {
        List<String> out = new java.util.ArrayList<>();
        return splitFrom(compact, 0, out) ? Optional.of(List.copyOf(out)) : Optional.empty();
    }

    private static boolean splitFrom(String s, int from, List<String> out) {
        if (from == s.length()) return !out.isEmpty();
        for (int end = Math.min(s.length(), from + 6); end > from; end--) {
            String syllable = s.substring(from, end);
            if (syllable.chars().anyMatch(Character::isDigit)) continue;
            int next = end;
            String withTone = syllable;
            if (next < s.length() && s.charAt(next) >= '1' && s.charAt(next) <= '5') {
                withTone = syllable + s.charAt(next);
                next++;
            }
            if (!Syllables.isValid(withTone.chars().anyMatch(Character::isDigit) ? withTone : syllable + "5")) continue;
            out.add(withTone);
            if (splitFrom(s, next, out)) return true;
            out.remove(out.size() - 1);
        }
        return false;
    }

    /**
     * NFC, so that a tone mark typed as a combining character joins its vowel. Text below U+0300 (ASCII, Latin-1
     * and the Latin Extended letters, which hold all the pinyin vowels with marks) is already NFC and is returned
     * as it is, without loading the normaliser's tables.
     */
    private static String nfc(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x300) return Normalizer.normalize(text, Normalizer.Form.NFC);
        }
        return text;
    }

    /** {@code true} when the query carries tones (marks or numbers). */
    public static boolean hasTones(String compact) {
        for (int i = 0; i < compact.length(); i++) {
            if (Character.isDigit(compact.charAt(i))) return true;
        }
        return false;
    }

    /** The compact form of numbered syllables: {@code ["yin2","hang2"]} gives {@code "yin2hang2"}. */
    public static String compact(Iterable<String> syllables) {
        StringBuilder sb = new StringBuilder();
        for (String s : syllables) sb.append(s.toLowerCase(Locale.ROOT).replace("u:", "v"));
        return sb.toString();
    }

    /** After a marked vowel, a consonant starts a new syllable unless it ends this one (n, ng, r). */
    private static boolean startsSyllable(String s, int i) {
        char c = s.charAt(i);
        char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
        boolean nextIsVowel = PLAIN.indexOf(next) >= 0 || MARKED.indexOf(next) >= 0;
        if (c == 'n') return nextIsVowel; // "ān" ends, "āna" would start "na"
        if (c == 'g') return i == 0 || s.charAt(i - 1) != 'n'; // "-ng" ends a syllable
        if (c == 'r') return nextIsVowel; // erhua "huār" ends
        return PLAIN.indexOf(c) < 0; // any other consonant starts a syllable
    }
}
