package io.github.zhreader.pinyin;

import io.github.zhreader.Token;
import io.github.zhreader.pinyin.notation.Syllables;
import io.github.zhreader.segment.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Spoken tone changes (tone sandhi), a display layer over the citation tones that tokens carry. Dictionaries and
 * {@link Token#syllables()} write every syllable in its citation tone (一 yī, 不 bù, 你好 nǐ hǎo); speech changes
 * some of them by what follows, across word boundaries:
 * <ul>
 *   <li><b>一</b> is yí before a fourth tone (一个 yí ge, 一共 yígòng) and yì before the others (一起 yìqǐ,
 *   一点儿 yìdiǎnr). It stays yī where it is a number said by itself: at the end of a word or phrase (统一, 唯一,
 *   十一, 初一), after 第 and after other digits (第一次 dì yī cì, 十一个), before other digits (一九八四),
 *   in dates (一月 the month, 一号, 一月一日) and in ordinal words (一等奖, 一流). Between two copies of a verb it
 *   is said lightly (看一看 kàn yi kàn).</li>
 *   <li><b>不</b> is bú before a fourth tone (不是 bú shì, 不对 búduì) and bù elsewhere (不好 bù hǎo); between two
 *   copies of a word it is said lightly (是不是 shì bu shì).</li>
 *   <li><b>Third tones</b> ({@link #ALL} only): a third tone before another third tone is said as a second tone.
 *   Inside a word every third tone before a third tone changes (你好 ní hǎo, 展览馆 zhánlán guǎn); between words
 *   only a one-syllable word changes, and only if the next word still begins with a third tone as it is said,
 *   working from the end of the phrase (很好 hén hǎo, 我很好 wǒ hén hǎo, 小老虎 xiǎo láohǔ, 老板很好
 *   láobǎn hén hǎo).</li>
 * </ul>
 * A neutral syllable counts with the tone of its character's reading (个 ge, said after 一 as if gè: 一个 yí ge).
 * Phrases end at punctuation and at anything that is not Chinese text; tokens are one phrase when they touch.
 *
 * <pre>{@code
 * List<List<String>> spoken = ToneSandhi.ALL.apply(sentence.tokens());   // one list per token
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public enum ToneSandhi {
    /** No changes: the citation tones. */
    NONE,
    /** The changes of 一 and 不, which textbooks write: yí ge, bú shì. */
    YI_BU,
    /** The changes of 一 and 不 and the third-tone change: ní hǎo. */
    ALL;

    private static final int YI = '一';
    private static final int BU = '不';
    /** Characters that make 一 a digit when they stand beside it: 一九八四, 十一, 一一. */
    private static final String DIGITS = "〇零一二三四五六七八九十";
    /** Words in which 一 means "first": 一等奖, 一流, 一审, 一号, 一年级, 一季度. */
    private static final List<String> ORDINAL = List.of("一等", "一流", "一审", "一号", "一年级", "一季度");

    private static final class Holder {
        static final CharacterReadings READINGS = new CharacterReadings();
    }

    /**
     * Parses {@code none}, {@code yi-bu} or {@code all}, ignoring case.
     *
     * @throws IllegalArgumentException naming the bad value and the accepted ones
     */
    public static ToneSandhi parse(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (ToneSandhi s : values()) {
            if (s.toString().equals(v)) return s;
        }
        throw new IllegalArgumentException("unknown tone changes '" + value + "' (expected none, yi-bu or all)");
    }

    /** {@code none}, {@code yi-bu} or {@code all}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The syllables of {@code tokens} as spoken: one list per token, each as long as the token's
     * {@link Token#syllables()}, with numbered syllables; unchanged syllables are the citation syllables
     * themselves. Give a whole sentence's tokens: changes depend on the next word.
     */
    public List<List<String>> apply(List<Token> tokens) {
        Objects.requireNonNull(tokens, "tokens");
        List<List<String>> spoken = new ArrayList<>(tokens.size());
        for (Token t : tokens) spoken.add(new ArrayList<>(t.syllables()));
        if (this != NONE) {
            int from = 0;
            while (from < tokens.size()) {
                if (!speakable(tokens.get(from))) {
                    from++;
                    continue;
                }
                int to = from + 1;
                while (to < tokens.size()
                        && speakable(tokens.get(to))
                        && tokens.get(to - 1).end() == tokens.get(to).start()) to++;
                phrase(tokens.subList(from, to), spoken.subList(from, to));
                from = to;
            }
        }
        return spoken.stream().map(List::copyOf).toList();
    }

    /** A token of Chinese characters with one syllable for each. */
    private static boolean speakable(Token t) {
        return t.isHan()
                && !t.syllables().isEmpty()
                && t.syllables().size() == t.text().codePointCount(0, t.text().length());
    }

    /** One syllable of a phrase: its character, its token and its place in it. */
    private record Syllable(int character, String citation, Token token, int index) {

        boolean lastOfLongerWord() {
            return index == token.syllables().size() - 1 && index > 0;
        }

        /** The rest of the token's text from this syllable on. */
        String wordFromHere() {
            String text = token.text();
            return text.substring(text.offsetByCodePoints(0, index));
        }
    }

    private void phrase(List<Token> tokens, List<List<String>> out) {
        List<Syllable> syllables = new ArrayList<>();
        for (Token t : tokens) {
            int index = 0;
            for (int i = 0;
                    i < t.text().length();
                    i += Character.charCount(t.text().codePointAt(i))) {
                syllables.add(
                        new Syllable(t.text().codePointAt(i), t.syllables().get(index), t, index));
                index++;
            }
        }
        String[] spoken = syllables.stream().map(Syllable::citation).toArray(String[]::new);
        for (int i = 0; i < syllables.size(); i++) {
            Syllable before = i > 0 ? syllables.get(i - 1) : null;
            Syllable after = i + 1 < syllables.size() ? syllables.get(i + 1) : null;
            String changed = switch (syllables.get(i).character()) {
                case YI -> yi(before, syllables.get(i), after);
                case BU -> bu(before, syllables.get(i), after);
                default -> null;
            };
            if (changed != null) spoken[i] = changed;
        }
        if (this == ALL) thirdTones(syllables, spoken);
        int k = 0;
        for (List<String> token : out) {
            for (int j = 0; j < token.size(); j++) token.set(j, spoken[k++]);
        }
    }

    /** 一 as said before {@code after}; null when it stays yī. */
    private static String yi(Syllable before, Syllable yi, Syllable after) {
        if (!yi.citation().equals("yi1") || after == null || yi.lastOfLongerWord()) return null;
        if (before != null && (before.character() == '第' || DIGITS.indexOf(before.character()) >= 0)) return null;
        if (DIGITS.indexOf(after.character()) >= 0 || isDateOrOrdinal(before, yi, after)) return null;
        if (before != null && before.character() == after.character()) return "yi5";
        return switch (citationTone(after)) {
            case 4 -> "yi2";
            case 1, 2, 3 -> "yi4";
            default -> null;
        };
    }

    /** 一月 the month, 一号, 一月一日, and words where 一 means "first". */
    private static boolean isDateOrOrdinal(Syllable before, Syllable yi, Syllable after) {
        if (after.character() == '月')
            return Tags.isTime(yi.token().tag()) || Tags.isTime(after.token().tag());
        if (after.character() == '号') return true;
        if (after.character() == '日') return before != null && before.character() == '月';
        String word = yi.wordFromHere();
        return ORDINAL.stream().anyMatch(word::startsWith);
    }

    /** 不 as said before {@code after}; null when it stays bù. */
    private static String bu(Syllable before, Syllable bu, Syllable after) {
        if (!bu.citation().equals("bu4") || after == null) return null;
        if (before != null && before.character() == after.character()) return "bu5";
        return citationTone(after) == 4 ? "bu2" : null;
    }

    /**
     * Third tone before third tone: inside a word on the citation tones, then between words from the end of the
     * phrase, where a one-syllable word changes when the next word still starts with a third tone as said.
     */
    private static void thirdTones(List<Syllable> syllables, String[] spoken) {
        for (int i = 0; i + 1 < syllables.size(); i++) {
            Syllable a = syllables.get(i);
            Syllable b = syllables.get(i + 1);
            if (a.token() == b.token() && isThird(spoken[i]) && Syllables.tone(b.citation()) == 3) {
                spoken[i] = Syllables.toneless(spoken[i]) + "2";
            }
        }
        for (int i = syllables.size() - 2; i >= 0; i--) {
            Syllable a = syllables.get(i);
            Syllable b = syllables.get(i + 1);
            if (a.token() != b.token()
                    && a.token().syllables().size() == 1
                    && isThird(spoken[i])
                    && isThird(spoken[i + 1])) {
                spoken[i] = Syllables.toneless(spoken[i]) + "2";
            }
        }
    }

    private static boolean isThird(String syllable) {
        return Syllables.tone(syllable) == 3;
    }

    /**
     * The tone a syllable counts with: its own, or for a neutral syllable the tone of its character's reading
     * with the same sound (个 ge5 counts as gè); 5 when there is none.
     */
    private static int citationTone(Syllable s) {
        int tone = Syllables.tone(s.citation());
        if (tone != 5) return tone;
        String sound = Syllables.toneless(s.citation());
        for (String reading : Holder.READINGS.readings(s.character())) {
            if (Syllables.toneless(reading).equals(sound) && Syllables.tone(reading) != 5)
                return Syllables.tone(reading);
        }
        return 5;
    }
}
