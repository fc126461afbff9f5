package io.github.zhreader.render;

import io.github.zhreader.Gloss;
import io.github.zhreader.GlossKind;
import io.github.zhreader.Token;
import io.github.zhreader.pinyin.ToneSandhi;
import io.github.zhreader.pinyin.WordPinyin;
import io.github.zhreader.pinyin.notation.PinyinSpacing;
import io.github.zhreader.pinyin.notation.ToneStyle;
import io.github.zhreader.segment.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * How renderers write the pinyin of words: tones as marks, numbers or none; syllables joined per word or spaced;
 * and which spoken tone changes to show. The data ({@link Token#syllables()}) always keeps the citation tones;
 * a changed syllable is shown as said with {@link WordPinyin#CHANGE_MARK} after it in text ({@code yí*ge rén},
 * {@code ní*hǎo}) and underlined in HTML. Proper nouns are capitalised: a name as the dictionary writes it
 * ({@code Ōuyáng Xiū}, {@code Běijīng Dàxué}), a name the dictionary lacks that the segmenter tags as one
 * ({@code nr}, {@code ns}, {@code nt}) on its first syllable, or for a Chinese personal name on its surname and
 * given name ({@code Wáng Tāo}); time words, numbers and classifiers (一月, 星期一, 美分) are not names.
 *
 * <pre>{@code
 * PinyinFormat format = PinyinFormat.DEFAULT.withSandhi(ToneSandhi.ALL);
 * new Interlinear(RenderOptions.DEFAULT.withPinyin(format)).render(doc);   // ní*hǎo
 * format.words(sentence.tokens()).get(0).text();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param tones   how tones are written
 * @param spacing syllables joined per word or spaced
 * @param sandhi  which spoken tone changes to show
 */
public record PinyinFormat(ToneStyle tones, PinyinSpacing spacing, ToneSandhi sandhi) {

    /** Tone marks, syllables joined per word, citation tones: {@code yīge rén}. */
    public static final PinyinFormat DEFAULT = new PinyinFormat(ToneStyle.MARKS, PinyinSpacing.WORDS, ToneSandhi.NONE);

    /** Compound surnames, for the space between surname and given name: 欧阳修 Ōuyáng Xiū. */
    private static final Set<String> COMPOUND_SURNAMES = Set.of(
            "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容", "司徒", "夏侯", "尉迟", "公孙", "长孙", "宇文", "端木", "独孤", "南宫", "西门",
            "轩辕", "申屠", "澹台", "太史", "闻人", "呼延", "百里", "东郭", "钟离", "赫连", "淳于", "濮阳", "歐陽", "諸葛", "司馬", "東方", "長孫", "獨孤",
            "軒轅");

    /** Checks that no option is null. */
    public PinyinFormat {
        Objects.requireNonNull(tones, "tones");
        Objects.requireNonNull(spacing, "spacing");
        Objects.requireNonNull(sandhi, "sandhi");
    }

    /** The default format with other tones. */
    public static PinyinFormat of(ToneStyle tones) {
        return DEFAULT.withTones(tones);
    }

    /** This format with other tones. */
    public PinyinFormat withTones(ToneStyle tones) {
        return new PinyinFormat(tones, spacing, sandhi);
    }

    /** This format with other spacing. */
    public PinyinFormat withSpacing(PinyinSpacing spacing) {
        return new PinyinFormat(tones, spacing, sandhi);
    }

    /** This format with other tone changes shown. */
    public PinyinFormat withSandhi(ToneSandhi sandhi) {
        return new PinyinFormat(tones, spacing, sandhi);
    }

    /**
     * The pinyin of each token of a sentence (empty for tokens without syllables), with the tone changes worked
     * out across the tokens: give a whole sentence.
     */
    public List<WordPinyin> words(List<Token> tokens) {
        List<List<String>> spoken = sandhi.apply(tokens);
        List<WordPinyin> words = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) words.add(write(tokens.get(i), spoken.get(i)));
        return List.copyOf(words);
    }

    /** The pinyin of one token on its own: tone changes inside it only. */
    public WordPinyin word(Token token) {
        return write(token, sandhi.apply(List.of(token)).get(0));
    }

    private WordPinyin write(Token token, List<String> spoken) {
        return WordPinyin.write(spoken, token.syllables(), tones, spacing, capitals(token));
    }

    /**
     * The indexes of the syllables that start a capitalised part of a proper noun; empty for other words. A name
     * the dictionary or a glossary has is capitalised as its reading is (on its first syllable when the reading is
     * all lower case); a word the dictionary has as a common word is not, whatever its tag (HanLP tags 时薪 as a
     * personal name); a word the dictionary lacks is capitalised when the segmenter tags it as a name. Time words,
     * numbers and classifiers are never capitalised (一月, 美分).
     */
    static Set<Integer> capitals(Token t) {
        int size = t.syllables().size();
        String tag = t.tag();
        if (size == 0 || Tags.isTime(tag) || Tags.isNumeral(tag) || Tags.isClassifier(tag)) return Set.of();
        Gloss first = t.glosses().isEmpty() ? null : t.glosses().get(0);
        if (first != null && first.kind() == GlossKind.NAME) {
            String[] written = first.pinyin().split(" ");
            if (written.length == size) {
                Set<Integer> capitals = new TreeSet<>();
                for (int i = 0; i < size; i++) {
                    if (!written[i].isEmpty() && Character.isUpperCase(written[i].charAt(0))) capitals.add(i);
                }
                if (!capitals.isEmpty()) return capitals;
            }
            return byTag(t, size);
        }
        if (first != null && first.source().wordLevel()) return Set.of();
        boolean name = Tags.isPersonName(tag) || Tags.isPlaceName(tag) || Tags.isOrganisation(tag);
        return name ? byTag(t, size) : Set.of();
    }

    /** A Chinese personal name on its surname and given name (王涛 Wáng Tāo, 欧阳修 Ōuyáng Xiū); others on the first. */
    private static Set<Integer> byTag(Token t, int size) {
        if (!t.tag().equals("nr") || size < 2) return Set.of(0);
        String text = t.text();
        int surname = size > 2 && COMPOUND_SURNAMES.contains(text.substring(0, text.offsetByCodePoints(0, 2))) ? 2 : 1;
        return Set.of(0, surname);
    }
}
