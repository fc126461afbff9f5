package io.github.zhreader.pinyin.notation;

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

    /** Every syllable of Mandarin as pinyin spells it, without tones ({@code ü} as {@code v}). */
    private static final java.util.Set<String> VALID = java.util.Set.of(
            ("a ai an ang ao ba bai ban bang bao bei ben beng bi bia bian biang biao bie bin bing biu bo bu ca cai "
                            + "can cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan "
                            + "chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di dia "
                            + "dian diao die ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang fei fen feng fiao fo "
                            + "fou fu ga gai gan gang gao ge gei gen geng ging gong gou gu gua guai guan guang gui gun guo ha hai "
                            + "han hang hao he hei hen heng hm hng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang "
                            + "jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai "
                            + "kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo "
                            + "long lou lu luan lun luo lv lve m ma mai man mang mao me mei men meng mi mian miao mie min ming miu "
                            + "mo mou mu n na nai nan nang nao ne nei nen neng ng ni nian niang niao nie nin ning niu nong nou nu "
                            + "nuan nun nuo nv nve o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia "
                            + "qian qiang qiao qie qin qing qiong qiu qu quan que qun r ran rang rao re ren reng ri rong rou ru rua "
                            + "ruan rui run ruo sa sai san sang sao se sei sen seng sha shai shan shang shao she shei shen sheng "
                            + "shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang "
                            + "tao te tei teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo "
                            + "wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo "
                            + "yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen "
                            + "zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo ")
                    .split(" "));

    private Syllables() {}

    /**
     * {@code true} for a valid numbered syllable in lower case: a Mandarin syllable followed by a tone from 1 to 5
     * ({@code hao3}, {@code lv4}, {@code r5}); {@code false} for {@code hao6}, {@code hao}, {@code Hao3},
     * {@code xx5}.
     */
    public static boolean isValid(String numbered) {
        int tone = numbered.isEmpty() ? 0 : numbered.charAt(numbered.length() - 1);
        return tone >= '1' && tone <= '5' && VALID.contains(numbered.substring(0, numbered.length() - 1));
    }

    /**
     * Normalises a numbered syllable as written by dictionaries and users: lower-cases nothing, writes {@code u:} and
     * {@code ü} as {@code v}, and adds tone 5 when no tone number is given.
     * {@code normalize("lu:4")} is {@code "lv4"}, {@code "ma"} becomes {@code "ma5"}.
     */
    public static String normalize(String syllable) {
        String s = syllable.strip()
                .replace("u:", "v")
                .replace("U:", "V")
                .replace('ü', 'v')
                .replace('Ü', 'V');
        if (s.isEmpty()) throw new IllegalArgumentException("empty syllable");
        char last = s.charAt(s.length() - 1);
        return last >= '1' && last <= '5' ? s : s + "5";
    }

    /** The tone number (1 to 5) of a numbered syllable; 5 when it has none. */
    public static int tone(String syllable) {
        char last = syllable.isEmpty() ? '5' : syllable.charAt(syllable.length() - 1);
        return last >= '1' && last <= '5' ? last - '0' : 5;
    }

    /**
     * Numbered pinyin without its tone numbers: a syllable ({@code "hao3"} to {@code "hao"}) or several written
     * together ({@code "yin2hang2"} to {@code "yinhang"}).
     */
    public static String toneless(String pinyin) {
        int first = 0;
        while (first < pinyin.length() && !isToneNumber(pinyin.charAt(first))) first++;
        if (first == pinyin.length()) return pinyin;
        if (first == pinyin.length() - 1) return pinyin.substring(0, first);
        StringBuilder sb = new StringBuilder(pinyin.length()).append(pinyin, 0, first);
        for (int i = first + 1; i < pinyin.length(); i++) {
            if (!isToneNumber(pinyin.charAt(i))) sb.append(pinyin.charAt(i));
        }
        return sb.toString();
    }

    private static boolean isToneNumber(char c) {
        return c >= '1' && c <= '5';
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
        return (base.substring(0, at) + marked + base.substring(at + 1))
                .replace('v', 'ü')
                .replace('V', 'Ü');
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
