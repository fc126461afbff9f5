package io.github.zhreader.annotate;

import io.github.zhreader.GlossSource;
import io.github.zhreader.TokenType;
import io.github.zhreader.lexicon.CedictEntry;
import io.github.zhreader.lexicon.Lexicon;
import io.github.zhreader.pinyin.ReadingChooser;
import io.github.zhreader.segment.NameRoles;
import io.github.zhreader.segment.Segmenter;
import io.github.zhreader.segment.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Decides whether the personal names the segmenter proposes are names. The segmenter's name model reads many
 * runs of ordinary words as names (都已妥当 gives the name 都已, 花四文 the name 花四文, and classical prose a false
 * name every sentence or two), so a proposed name must earn its place with evidence:
 * <ul>
 *   <li>the dictionary: a name CC-CEDICT or a glossary has is kept;</li>
 *   <li>the characters: how often the name model saw the first character as a surname and each of the others in
 *   its place in a given name ({@link NameRoles}); a given name made of grammatical characters (就, 已, 是, 之),
 *   of numbers, or of characters the model seldom saw in a given name reads as ordinary words;</li>
 *   <li>the sentence: a title or a verb of speech after the name (先生, 说), a naming word before it (名叫, 记者),
 *   a list of names around it;</li>
 *   <li>the document: a name written again elsewhere in the text is likely real, a one-off that reads as common
 *   words is not;</li>
 *   <li>the ordinary path: a proposed name that cuts a dictionary word of the path without names apart (不满丁真
 *   read as 不/满丁/真) reads as those words.</li>
 * </ul>
 * A rejected name is replaced by the segmenter's words for the same span without name recognition. A proposed name
 * that ends in a place word (鲁镇) is a place, one followed by the word for an establishment (咸亨 before 酒店) the
 * name of that establishment. Every decision can be reported with its reasons ({@link Decision}).
 *
 * <p>Stateless apart from the lexicon and the segmenter; thread-safe.
 */
final class NameJudge {

    /** A surname the name model saw as one in fewer than this share of its sightings is a weak surname. */
    static final double SURNAME_SHARE = 0.10;
    /** A given-name character seen in its place in fewer than this share of its sightings is a weak one. */
    static final double GIVEN_SHARE = 0.05;
    /** A surname the name model saw as one in at least this share of its sightings is a strong one. */
    static final double STRONG_SURNAME = 0.5;
    /** Characters that make a familiar form of a name before a surname or a given name: 小王, 老李, 阿明. */
    private static final String FAMILIAR = "小老阿";
    /** Characters seen fewer times than this are rare: no evidence either way, as names often use rare ones. */
    static final int RARE = 5;
    /**
     * A grammatical character seen in its place in a given name in at least this share of its sightings (之 in 羲之,
     * 真 in 丁真) may be a name's, but only with evidence from the text.
     */
    static final double GRAMMATICAL_NAME_SHARE = 0.15;
    /**
     * A character among this many most frequent words of the segmenter's dictionary, seen fewer than
     * {@value #NAME_SIGHTINGS} times in its place in a given name, is an ordinary word here (船 in 舍船).
     */
    static final int COMMON_WORD_RANK = 5000;

    static final int NAME_SIGHTINGS = 20;

    /**
     * Grammatical and very common characters, modern and classical: a given name made of one of these (unless the
     * name model often saw it in a given name) reads as ordinary words.
     */
    private static final String GRAMMATICAL = "的地得了着过是在有和与及或而且就都也还又再才便却已曾将要会能可把被让给"
            + "对向往从自到于以之其此这那哪谁么吗呢吧啊呀哦嘛我你他她它们咱您不没无非很太最更极甚个些每各某全总真教"
            + "几多少说去来看听想做为所因如若虽但则乃遂亦焉矣乎者兮哉欤耶即既皆俱尚犹莫勿毋弗未否尔汝吾予彼只并";
    /** Numbers: a given name with one reads as a number (花四文, 温两碗), unless the text says it is a name. */
    private static final String NUMERALS = "一二三四五六七八九十百千万两零〇廿";
    /** Words after a name that mark it as one: titles, kin terms, verbs of speech. */
    private static final List<String> AFTER = List.of(
            "先生", "女士", "小姐", "太太", "夫人", "老师", "同志", "同学", "教授", "博士", "医生", "大夫", "主任", "书记", "主席", "总统", "总理", "部长",
            "省长", "市长", "县长", "局长", "院长", "校长", "所长", "经理", "董事长", "总裁", "师傅", "老板", "大爷", "大娘", "大妈", "阿姨", "叔叔", "伯伯",
            "大哥", "大姐", "老爷", "少爷", "奶奶", "爷爷", "等人", "一家", "说", "道", "笑道", "问道", "答道", "表示", "指出", "认为", "介绍", "告诉",
            "透露", "强调", "回忆");
    /** Words before a name that introduce one. */
    private static final List<String> BEFORE = List.of(
            "记者", "通讯员", "编辑", "作者", "名叫", "叫做", "叫作", "名为", "姓", "主持人", "演员", "歌手", "导演", "教练", "队员", "选手", "总统", "主席",
            "总理", "部长", "先生", "女士", "同学", "老师", "朋友", "儿子", "女儿", "妻子", "丈夫", "创始人", "董事长", "总裁", "经理", "司长", "局长",
            "处长", "厅长", "省长", "市长", "县长", "书记", "主任", "委员", "发言人", "代表", "CEO", "CTO", "侄儿", "侄女", "哥哥", "姐姐", "弟弟",
            "妹妹", "叫", "称");
    /** Last characters that make a proposed name a place: a town, a village, a county. */
    private static final String PLACE_ENDINGS = "镇村庄县乡城州省市寨堡屯岛港湾街巷桥寺庙府";
    /** Words after a proposed name that make it the name of an establishment (咸亨酒店). */
    private static final List<String> ESTABLISHMENTS = List.of(
            "酒店", "饭店", "酒楼", "酒馆", "茶馆", "茶楼", "客栈", "书店", "药店", "商店", "商行", "公司", "银行", "医院", "学校", "大学", "中学", "小学",
            "学院", "书院", "工厂", "集团", "报社", "出版社", "剧院", "戏院", "饭馆", "面馆", "当铺", "钱庄", "票号", "绸缎庄");

    private final Lexicon lexicon;
    private final Segmenter segmenter;

    NameJudge(Lexicon lexicon, Segmenter segmenter) {
        this.lexicon = lexicon;
        this.segmenter = segmenter;
    }

    /** Why one proposed name was kept, made a place or establishment, or read as ordinary words. */
    record Decision(int start, int end, String step, String verdict, List<String> reasons) {}

    /**
     * The pieces with every proposed personal name judged: kept, retagged as a place or establishment, or replaced by
     * the segmenter's words without names.
     *
     * @param document the whole text the sentence is part of, for repetitions
     * @param explain  receives each decision; may be {@code null}
     */
    List<Piece> judge(String sentence, List<Piece> pieces, Document document, Consumer<Decision> explain) {
        // Where the names proposed after titles start, for the debug view only.
        java.util.BitSet proposed = explain == null ? null : new java.util.BitSet();
        pieces = proposeAfterTitles(sentence, pieces, proposed);
        List<Piece> out = null;
        PlainPath plain = null;
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            Piece next = i + 1 < pieces.size() ? pieces.get(i + 1) : null;
            boolean startsName = next != null
                    && next.start() == p.end()
                    && isProposedPerson(next)
                    && next.length() == 2
                    && segmenter.nameRoles(next.in(sentence).substring(0, 1)).surnameShare() < SURNAME_SHARE;
            if (isLoneSurname(p) && !startsName) {
                Piece judged = judgeLoneSurname(sentence, p, explain);
                if (judged != p && out == null) out = new ArrayList<>(pieces.subList(0, i));
                if (out != null) out.add(judged);
                continue;
            }
            if (!isProposedPerson(p)) {
                if (out != null) out.add(p);
                continue;
            }
            if (plain == null || !plain.covers(p)) plain = plainPath(sentence, pieces, i);
            if (out == null) out = new ArrayList<>(pieces.subList(0, i));
            // A two-character name with a weak surname after a lone strong surname is a three-character name
            // that lost its surname (记者郭/超凯 is 郭超凯).
            Piece before = out.isEmpty() ? null : out.get(out.size() - 1);
            if (p.length() == 2
                    && before != null
                    && before.end() == p.start()
                    && before.type() == TokenType.HAN
                    && before.length() == 1
                    && segmenter.nameRoles(before.in(sentence)).surnameShare() >= STRONG_SURNAME
                    && segmenter
                                    .nameRoles(sentence.substring(p.start(), p.start() + 1))
                                    .surnameShare()
                            < SURNAME_SHARE) {
                out.remove(out.size() - 1);
                p = new Piece(before.start(), p.end(), p.type(), p.tag());
            }
            Verdict v = weigh(sentence, p, out, pieces, i, plain.pieces(), document, explain != null);
            if (explain != null) {
                List<String> reasons = v.reasons();
                if (proposed.get(p.start())) {
                    reasons = new ArrayList<>(reasons);
                    reasons.add(0, "proposed after a title (the segmenter had no name here)");
                }
                explain.accept(new Decision(p.start(), p.end(), "name", v.verdict(), reasons));
            }
            switch (v.kind()) {
                case KEEP -> out.add(p);
                case PLACE -> out.add(new Piece(p.start(), p.end(), p.type(), "ns"));
                case ESTABLISHMENT -> out.add(new Piece(p.start(), p.end(), p.type(), "nt"));
                case WORDS -> i = replace(sentence, p, pieces, i, plain.pieces(), out, document, explain);
            }
        }
        return surnamesLeftApart(
                sentence,
                secondNames(
                        sentence,
                        namesWrittenElsewhere(sentence, out == null ? pieces : out, document, explain),
                        explain),
                explain);
    }

    /** The segmenter's words without names over the text of {@code [start, end)}, a run of Han pieces. */
    private record PlainPath(int start, int end, List<Piece> pieces) {

        boolean covers(Piece p) {
            return start <= p.start() && p.end() <= end;
        }
    }

    /**
     * The path without names over the run of adjacent Han pieces around piece {@code i}: a name's evidence and its
     * replacement lie inside the run, since both paths cut where the Han characters end.
     */
    private PlainPath plainPath(String sentence, List<Piece> pieces, int i) {
        int from = i;
        while (from > 0 && isAdjacentHan(pieces.get(from - 1), pieces.get(from))) from--;
        int to = i;
        while (to + 1 < pieces.size() && isAdjacentHan(pieces.get(to), pieces.get(to + 1))) to++;
        int start = pieces.get(from).start();
        int end = pieces.get(to).end();
        String run = sentence.substring(start, end);
        List<Piece> plain = new ArrayList<>();
        for (Piece q : Pieces.of(run, segmenter.segmentWithoutNames(run))) {
            plain.add(new Piece(q.start() + start, q.end() + start, q.type(), q.tag()));
        }
        return new PlainPath(start, end, plain);
    }

    private static boolean isAdjacentHan(Piece left, Piece right) {
        return left.type() == TokenType.HAN && right.type() == TokenType.HAN && left.end() == right.start();
    }

    /**
     * Joins into a name a lone strong surname and the characters after it when the text writes that name again
     * (不满/丁/真的 becomes 不满/丁真/的 where 丁真 is written elsewhere): what the rest of the document says. The
     * piece the name ends inside must leave a dictionary word or a single character.
     */
    private List<Piece> namesWrittenElsewhere(
            String sentence, List<Piece> pieces, Document document, Consumer<Decision> explain) {
        List<Piece> out = null;
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            boolean candidate = p.type() == TokenType.HAN
                    && p.length() == 1
                    && !Tags.isName(p.tag())
                    && i + 1 < pieces.size()
                    && pieces.get(i + 1).type() == TokenType.HAN
                    && pieces.get(i + 1).start() == p.end()
                    && segmenter.nameRoles(p.in(sentence)).surnameShare() >= STRONG_SURNAME;
            int[] name = null;
            int last = i;
            if (candidate) {
                int limit = Math.min(sentence.length(), p.start() + 3);
                name = nameWrittenElsewhere(sentence, p.start(), limit, document);
                if (name != null && name[0] != p.start()) name = null;
                if (name != null) {
                    while (last + 1 < pieces.size() && pieces.get(last).end() < name[1]) last++;
                    Piece end = pieces.get(last);
                    boolean clean = end.end() == name[1]
                            || end.type() == TokenType.HAN
                                    && (end.end() - name[1] == 1 || lexicon.isWord(sentence, name[1], end.end()));
                    for (int k = i + 1; k <= last && clean; k++)
                        clean = pieces.get(k).type() == TokenType.HAN;
                    if (!clean || last == i) name = null;
                }
            }
            if (name == null) {
                if (out != null) out.add(p);
                continue;
            }
            if (out == null) out = new ArrayList<>(pieces.subList(0, i));
            out.add(new Piece(name[0], name[1], TokenType.HAN, "nr"));
            Piece end = pieces.get(last);
            if (end.end() > name[1]) out.add(Piece.cutAfresh(sentence, segmenter, name[1], end.end()));
            if (explain != null) {
                explain.accept(new Decision(
                        name[0],
                        name[1],
                        "name",
                        "name",
                        List.of("written "
                                + document.count(sentence.substring(name[0], name[1]))
                                + " times in the text, with a strong "
                                + "surname and given-name characters")));
            }
            i = last;
        }
        return out == null ? pieces : out;
    }

    /** A single character tagged as a personal name: a surname standing alone, or an ordinary word misread. */
    private static boolean isLoneSurname(Piece p) {
        return p.type() == TokenType.HAN
                && p.length() == 1
                && Tags.isPersonName(p.tag())
                && !Tags.isTransliteratedName(p.tag());
    }

    /**
     * A lone surname is a name beside a title after it (王先生), or after 姓 or a familiar 老, 小, 阿; anywhere else
     * (两周, 过江) it is the ordinary word the character also is, tagged as a noun.
     */
    private static Piece judgeLoneSurname(String sentence, Piece p, Consumer<Decision> explain) {
        String after = sentence.substring(p.end());
        String before = sentence.substring(0, p.start());
        String reason = null;
        for (String a : AFTER) {
            if (a.length() > 1 && after.startsWith(a)) reason = "before " + a;
        }
        if (before.endsWith("姓")) reason = "after 姓";
        if (!before.isEmpty() && FAMILIAR.indexOf(before.charAt(before.length() - 1)) >= 0) {
            reason = "after " + before.charAt(before.length() - 1);
        }
        if (explain != null) {
            explain.accept(new Decision(
                    p.start(),
                    p.end(),
                    "name",
                    reason != null ? "name" : "not a name",
                    List.of(reason != null ? reason : "a surname alone, with no title or naming word beside it")));
        }
        return reason != null ? p : new Piece(p.start(), p.end(), p.type(), "n");
    }

    /**
     * Proposes the names the segmenter missed right after a title (创始人/牛/小满/曾 has the name 牛小满): two or three
     * characters, a strong surname and given-name characters that are neither grammatical nor numbers and that the
     * name model saw in their places, not a dictionary word, ending where a piece ends before punctuation, a verb or
     * an adverb. The proposal is then judged like the segmenter's own. {@code proposed}, if not null, is told
     * where each proposal starts.
     */
    private List<Piece> proposeAfterTitles(String sentence, List<Piece> pieces, java.util.BitSet proposed) {
        return namesAfter(sentence, pieces, i -> isTitle(sentence, pieces.get(i)), (i, name) -> {
            if (proposed != null) proposed.set(name.start());
        });
    }

    /**
     * A second name right after a name that follows a title, as bylines write two reporters (记者郭超凯曾玥报道): the
     * characters must make a plausible name as {@link #proposeAfterTitles} asks.
     */
    private List<Piece> secondNames(String sentence, List<Piece> pieces, Consumer<Decision> explain) {
        return namesAfter(
                sentence,
                pieces,
                i -> i > 0 && isName(pieces.get(i)) && isTitle(sentence, pieces.get(i - 1)),
                (i, name) -> {
                    if (explain == null) return;
                    explain.accept(new Decision(
                            name.start(),
                            name.end(),
                            "name",
                            "name",
                            List.of("a second name after "
                                    + pieces.get(i - 1).in(sentence) + " "
                                    + pieces.get(i).in(sentence) + ", with a strong "
                                    + "surname and given-name characters")));
                });
    }

    /**
     * The pieces with a plausible name ({@link #nameAfter}) made of the pieces after each piece {@code i} that
     * {@code before} accepts; {@code found} is told the index of that piece and the name.
     */
    private List<Piece> namesAfter(
            String sentence,
            List<Piece> pieces,
            java.util.function.IntPredicate before,
            java.util.function.BiConsumer<Integer, Piece> found) {
        List<Piece> out = null;
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            int last = before.test(i) ? nameAfter(sentence, pieces, i + 1) : -1;
            if (last < 0) {
                if (out != null) out.add(p);
                continue;
            }
            if (out == null) out = new ArrayList<>(pieces.subList(0, i));
            out.add(p);
            Piece name = new Piece(pieces.get(i + 1).start(), pieces.get(last).end(), TokenType.HAN, "nr");
            out.add(name);
            found.accept(i, name);
            i = last;
        }
        return out == null ? pieces : out;
    }

    private static boolean isTitle(String sentence, Piece p) {
        return p.length() <= 5
                && TITLE_STARTS.indexOf(sentence.charAt(p.start())) >= 0
                && TITLES.contains(p.in(sentence));
    }

    /** The index of the last piece of a plausible name of two or three characters starting at {@code from}, or -1. */
    private int nameAfter(String sentence, List<Piece> pieces, int from) {
        if (from >= pieces.size()
                || pieces.get(from).start() != pieces.get(from - 1).end()) return -1;
        int start = pieces.get(from).start();
        int found = -1;
        for (int k = from; k < pieces.size() && k < from + 3; k++) {
            Piece q = pieces.get(k);
            if (q.type() != TokenType.HAN
                    || Tags.isPersonName(q.tag())
                    || k > from && q.start() != pieces.get(k - 1).end()) {
                break;
            }
            int length = q.end() - start;
            if (length > 3) break;
            if (length >= 2 && endsCleanly(pieces, k + 1) && plausibleName(sentence.substring(start, q.end()))) {
                found = k;
            }
        }
        return found;
    }

    /**
     * Whether the piece at {@code k} (if any) ends a name: punctuation, a verb, an adverb, a preposition or
     * conjunction, a time word, or nothing.
     */
    private static boolean endsCleanly(List<Piece> pieces, int k) {
        if (k >= pieces.size()) return true;
        Piece p = pieces.get(k);
        if (p.type() != TokenType.HAN) return true;
        String t = p.tag();
        return Tags.isVerb(t)
                || Tags.isAdverb(t)
                || Tags.isPreposition(t)
                || Tags.isConjunction(t)
                || Tags.isPunctuation(t)
                || Tags.isTime(t);
    }

    /**
     * Joins into a name a character that is nearly always a surname (刘, 陈, 吴: {@value #NEAR_ONLY_SURNAME} of its
     * sightings in names or more), which the segmenter left as a common word, and the one or two single characters
     * after it when they make a plausible name that ends cleanly (学生/刘/伟/按 is 学生 刘伟 按). The surname must
     * open the phrase: after punctuation, the sentence's start or a noun, not after a number or a verb (两/周).
     */
    private List<Piece> surnamesLeftApart(String sentence, List<Piece> pieces, Consumer<Decision> explain) {
        List<Piece> out = null;
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            int last = leftApartNameEnd(sentence, pieces, i);
            if (last < 0) {
                if (out != null) out.add(p);
                continue;
            }
            if (out == null) out = new ArrayList<>(pieces.subList(0, i));
            Piece name = new Piece(p.start(), pieces.get(last).end(), TokenType.HAN, "nr");
            out.add(name);
            if (explain != null) {
                explain.accept(
                        new Decision(
                                name.start(),
                                name.end(),
                                "name",
                                "name",
                                List.of(
                                        p.in(sentence)
                                                + " nearly always a surname, left apart by the segmenter, before given-name characters")));
            }
            i = last;
        }
        return out == null ? pieces : out;
    }

    /** The index of the last piece of the name {@link #surnamesLeftApart} makes from piece {@code i}, or -1. */
    private int leftApartNameEnd(String sentence, List<Piece> pieces, int i) {
        Piece p = pieces.get(i);
        if (p.type() != TokenType.HAN
                || p.length() != 1
                || p.tag().isEmpty()
                || "njgb".indexOf(p.tag().charAt(0)) < 0
                || Tags.isPersonName(p.tag())
                || i + 1 >= pieces.size()) {
            return -1;
        }
        Piece previous = i > 0 ? pieces.get(i - 1) : null;
        // After a place or a name, the character is more often a title or a word (南阳王/石恢, 九世孙/游以仁).
        boolean opens = previous == null
                || previous.end() < p.start()
                || previous.type() != TokenType.HAN
                || Tags.isNoun(previous.tag()) && !Tags.isName(previous.tag());
        if (!opens || segmenter.nameRoles(p.in(sentence)).surnameShare() < NEAR_ONLY_SURNAME) return -1;
        // A foreign name spelt out around it (奥珀卢萨斯, 卡罗维发利) is no Chinese name.
        if (p.start() > 0 && ReadingChooser.isTransliterationMark(sentence.charAt(p.start() - 1))) return -1;
        int found = -1;
        for (int k = i + 1; k < pieces.size() && k <= i + 2; k++) {
            Piece q = pieces.get(k);
            if (q.type() != TokenType.HAN
                    || q.length() != 1
                    || Tags.isPersonName(q.tag())
                    || q.tag().isEmpty()
                    || "dpcurmqfywe".indexOf(q.tag().charAt(0)) >= 0
                    || q.start() != pieces.get(k - 1).end()
                    || !givenCharacter(sentence.charAt(q.start()))) {
                break;
            }
            boolean ends = endsCleanly(pieces, k + 1)
                    || Tags.isPersonName(pieces.get(k + 1).tag());
            if (ends
                    && plausibleName(sentence.substring(p.start(), q.end()))
                    && (q.end() - p.end() < 2 || !lexicon.isWord(sentence, p.end(), q.end()))) {
                found = k;
            }
        }
        if (found < 0) return -1;
        Piece end = pieces.get(found);
        String given = sentence.substring(p.end(), end.end());
        boolean foreign = given.chars().allMatch(ReadingChooser::isTransliterationMark)
                || end.end() < sentence.length() && ReadingChooser.isTransliterationMark(sentence.charAt(end.end()));
        // A single character after the name that could go on with it leaves the name's end in doubt (胡骞/予).
        Piece after = found + 1 < pieces.size() ? pieces.get(found + 1) : null;
        boolean doubtfulEnd = after != null
                && after.type() == TokenType.HAN
                && after.length() == 1
                && after.start() == end.end()
                && givenCharacter(sentence.charAt(after.start()))
                && segmenter.nameRoles(after.in(sentence)).givenShare(1, 2) >= GIVEN_SHARE;
        return foreign || doubtfulEnd ? -1 : found;
    }

    /**
     * Whether a character can be part of a given name the segmenter left apart: not a place word (镇, 县), and not a
     * common word the name model seldom saw in names (号, 朝).
     */
    private boolean givenCharacter(char c) {
        if (PLACE_ENDINGS.indexOf(c) >= 0 || GRAMMATICAL.indexOf(c) >= 0 || NUMERALS.indexOf(c) >= 0) return false;
        String g = String.valueOf(c);
        NameRoles roles = segmenter.nameRoles(g);
        double share = Math.max(roles.givenShare(0, 2), roles.givenShare(0, 1));
        return !(share * roles.total() < NAME_SIGHTINGS
                && segmenter.frequencyRank(g).orElse(Integer.MAX_VALUE) <= COMMON_WORD_RANK);
    }

    /** The share of name sightings as a surname above which a character is taken for one when left apart. */
    static final double NEAR_ONLY_SURNAME = 0.97;

    /** Whether a span not in the dictionary has a strong surname and plausible given-name characters. */
    private boolean plausibleName(String name) {
        if (name.codePointCount(0, name.length()) != name.length() || lexicon.isWord(name)) return false;
        if (segmenter.nameRoles(name.substring(0, 1)).surnameShare() < STRONG_SURNAME) return false;
        int given = name.length() - 1;
        for (int k = 1; k < name.length(); k++) {
            char c = name.charAt(k);
            if (GRAMMATICAL.indexOf(c) >= 0 || NUMERALS.indexOf(c) >= 0) return false;
            if (segmenter.nameRoles(String.valueOf(c)).givenShare(k - 1, given) < GIVEN_SHARE) return false;
        }
        return true;
    }

    /** Titles and roles right before which a name the segmenter missed is proposed (创始人牛小满). */
    private static final Set<String> TITLES = Set.of(
            "记者", "通讯员", "司长", "局长", "处长", "厅长", "部长", "省长", "市长", "县长", "书记", "主任", "发言人", "创始人", "联合创始人", "董事长", "总裁",
            "总经理", "经理", "CEO", "CTO", "教授", "院长", "校长", "主席", "总理", "总统", "特首", "主持人", "导演", "教练", "队长", "社长");

    /** The first characters of the titles, to skip most pieces without making their text. */
    private static final String TITLE_STARTS =
            TITLES.stream().map(t -> t.substring(0, 1)).distinct().collect(java.util.stream.Collectors.joining());

    /** A Chinese personal name proposed by the segmenter (not a transliterated or Japanese one), 2 to 4 characters. */
    private static boolean isProposedPerson(Piece p) {
        if (p.type() != TokenType.HAN
                || !Tags.isPersonName(p.tag())
                || Tags.isTransliteratedName(p.tag())
                || Tags.isJapaneseName(p.tag())) {
            return false;
        }
        return p.length() >= 2 && p.length() <= 4;
    }

    private enum Kind {
        KEEP,
        PLACE,
        ESTABLISHMENT,
        WORDS
    }

    private record Verdict(Kind kind, String verdict, List<String> reasons) {}

    /** Weighs one proposed name; {@code explaining} says whether the figures behind the verdict are written out. */
    private Verdict weigh(
            String sentence,
            Piece p,
            List<Piece> out,
            List<Piece> pieces,
            int i,
            List<Piece> plain,
            Document document,
            boolean explaining) {
        String name = p.in(sentence);
        List<String> reasons = new ArrayList<>();
        if (lexicon.glossaryEntries(name).stream().anyMatch(e -> e.source() == GlossSource.USER)) {
            return new Verdict(Kind.KEEP, "name", List.of("in the user's glossary"));
        }
        List<CedictEntry> entries = lexicon.lookup(name);
        if (!entries.isEmpty() && entries.stream().anyMatch(CedictEntry::properNoun)) {
            return new Verdict(Kind.KEEP, "name", List.of("a proper noun in the dictionary"));
        }
        String after = sentence.substring(p.end());
        for (String e : ESTABLISHMENTS) {
            if (after.startsWith(e)) {
                return new Verdict(Kind.ESTABLISHMENT, "establishment", List.of("before " + e));
            }
        }
        int last = name.codePointBefore(name.length());
        if (PLACE_ENDINGS.indexOf(last) >= 0
                && name.codePointCount(0, name.length()) <= 3
                && !crossesPlainWord(p, plain)
                && (document.count(name) > 1 || !document.classical())) {
            return new Verdict(Kind.PLACE, "place", List.of("ends in " + Character.toString(last) + ", a place word"));
        }

        int[] cps = name.codePoints().toArray();
        if (cps.length == 2 && FAMILIAR.indexOf(cps[0]) >= 0) {
            String second = Character.toString(cps[1]);
            NameRoles roles = segmenter.nameRoles(second);
            if (GRAMMATICAL.indexOf(cps[1]) < 0
                    && NUMERALS.indexOf(cps[1]) < 0
                    && roles.surnameShare() >= STRONG_SURNAME) {
                return new Verdict(
                        Kind.KEEP,
                        "name",
                        List.of("a familiar form: " + Character.toString(cps[0]) + " before a surname"));
            }
        }
        String surname = Character.toString(cps[0]);
        NameRoles sRoles = segmenter.nameRoles(surname);
        boolean weakSurname = sRoles.surnameShare() < SURNAME_SHARE;
        if (explaining) {
            reasons.add(String.format(
                    Locale.ROOT,
                    "%s a surname in %s of %d sightings",
                    surname,
                    percent(sRoles.surnameShare()),
                    sRoles.total()));
        }
        int given = cps.length - 1;
        boolean weakGiven = false;
        boolean grammatical = false;
        boolean grammaticalNotName = false;
        for (int k = 1; k < cps.length; k++) {
            String g = Character.toString(cps[k]);
            NameRoles roles = segmenter.nameRoles(g);
            int position = Math.min(k - 1, 1);
            double share = roles.givenShare(position, Math.min(given, 2));
            boolean rare = roles.total() < RARE;
            boolean number = NUMERALS.indexOf(cps[k]) >= 0;
            boolean function = GRAMMATICAL.indexOf(cps[k]) >= 0;
            boolean commonWord = !function
                    && !number
                    && share * roles.total() < NAME_SIGHTINGS
                    && segmenter.frequencyRank(g).orElse(Integer.MAX_VALUE) <= COMMON_WORD_RANK;
            boolean weak = !rare && share < GIVEN_SHARE || commonWord || function && share < GRAMMATICAL_NAME_SHARE;
            weakGiven |= weak;
            grammatical |= function || number;
            grammaticalNotName |= function && share < GRAMMATICAL_NAME_SHARE;
            if (explaining) {
                reasons.add(String.format(
                        Locale.ROOT,
                        "%s %s in %s of %d sightings%s",
                        g,
                        given == 1
                                ? "a given name"
                                : position == 0 ? "a given name's first character" : "a given name's second character",
                        percent(share),
                        roles.total(),
                        number
                                ? ", a number"
                                : function
                                        ? ", a grammatical word"
                                        : commonWord ? ", a common word" : rare ? ", rare" : ""));
            }
        }
        boolean cue = false;
        boolean inList = false;
        for (String a : AFTER) {
            if (after.startsWith(a)) {
                reasons.add("before " + a);
                cue = true;
                break;
            }
        }
        String before = sentence.substring(0, p.start());
        for (String b : BEFORE) {
            if (before.endsWith(b)) {
                reasons.add("after " + b);
                cue = true;
                break;
            }
        }
        if (before.endsWith("、") && out.size() >= 2 && isName(out.get(out.size() - 2))
                || after.startsWith("、") && i + 2 < pieces.size() && isName(pieces.get(i + 2))) {
            reasons.add("in a list of names");
            cue = true;
            inList = true;
        }
        int repeats = document.count(name);
        if (repeats > 1) reasons.add("written " + repeats + " times in the text");
        boolean crosses = crossesPlainWord(p, plain);
        if (crosses) reasons.add("cuts apart a word of the path without names");
        boolean surnameInWord = surnameInPlainWord(p, plain);
        if (surnameInWord) reasons.add("its surname begins a word of the path without names");

        boolean commonWord = !entries.isEmpty();
        if (commonWord) reasons.add("a common word in the dictionary");
        // A surname that is also a common word (管, 高, 余) reads as that word where the path without names has it so;
        // a surname that is seldom anything else (缪, 褚) does not.
        boolean surnameIsWord = sRoles.surnameShare() < STRONG_SURNAME
                || segmenter.frequencyRank(surname).orElse(Integer.MAX_VALUE) <= COMMON_WORD_RANK;
        String plainReading = surnameIsWord ? plainReading(p, plain, sentence) : null;
        if (plainReading != null) reasons.add(plainReading);
        boolean classical = document.classical();
        if (classical && repeats == 1) reasons.add("a one-off in classical Chinese");

        // Weak characters need a title or naming word beside the name; grammatical characters the name model
        // often saw in names, a weak surname, a better path through words, or a one-off that reads as common
        // words need that or a repetition.
        boolean kept;
        // A grammatical word the name model hardly saw in names, after a "surname" the path without names reads as
        // an ordinary word, needs a list of names around it, or a title or naming word and a repetition
        // (朋友/都去了 is 都 去; 陈俊中、何为担任导演 keeps 何为).
        if (grammaticalNotName && plainReading != null) kept = inList || cue && repeats > 1;
        else if (weakGiven || weakSurname && plainReading != null) kept = cue;
        else if (commonWord) kept = cue;
        else if (grammatical || weakSurname || crosses || surnameInWord) kept = cue || repeats > 1;
        else if (plainReading != null || classical) kept = cue || repeats > 1;
        else kept = true;
        return kept ? new Verdict(Kind.KEEP, "name", reasons) : new Verdict(Kind.WORDS, "not a name", reasons);
    }

    private static boolean isName(Piece p) {
        return p.type() == TokenType.HAN && Tags.isPersonName(p.tag());
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    /** Whether a word of two or more characters of the path without names starts or ends inside the name. */
    private static boolean crossesPlainWord(Piece name, List<Piece> plain) {
        for (Piece q : plain) {
            if (q.end() <= name.start() || q.start() >= name.end()) continue;
            if (q.length() < 2) continue;
            if (q.start() < name.start() || q.end() > name.end()) return true;
        }
        return false;
    }

    /** Parts of speech that make a character read as an ordinary word rather than a surname. */
    private static final String FUNCTION_TAGS = "vpdcuramqfyeo";

    /**
     * How the path without names reads the span, when it reads it as ordinary words: one word with a tag that is
     * not a name's, or a first character tagged as a verb, preposition, adverb and the like; {@code null}
     * otherwise.
     */
    private static String plainReading(Piece name, List<Piece> plain, String sentence) {
        for (Piece q : plain) {
            if (q.start() != name.start()) continue;
            if (q.end() == name.end() && !Tags.isNoun(q.tag()) && !q.tag().isEmpty()) {
                return "the path without names reads it as the word " + q.in(sentence) + "/" + q.tag();
            }
            if (q.end() == name.end() && Tags.isNoun(q.tag()) && !Tags.isName(q.tag())) {
                return "the path without names reads it as the word " + q.in(sentence) + "/" + q.tag();
            }
            if (q.length() == 1
                    && !q.tag().isEmpty()
                    && FUNCTION_TAGS.indexOf(q.tag().charAt(0)) >= 0) {
                return "the path without names reads " + q.in(sentence) + " as " + q.tag();
            }
            return null;
        }
        return null;
    }

    /** Whether the path without names has a word of two or more characters that starts with the name's surname. */
    private static boolean surnameInPlainWord(Piece name, List<Piece> plain) {
        for (Piece q : plain) {
            if (q.start() == name.start()) return q.length() >= 2;
        }
        return false;
    }

    /**
     * Replaces the rejected name {@code p} (piece {@code i}, perhaps grown by a surname before it) by the words of
     * the path without names over the smallest span that begins and ends at a cut of both paths and covers it,
     * taking back from {@code out} the pieces before it that the span covers; a name the text writes elsewhere
     * too, found inside the span, is kept as a name (不满丁真的 read as 不满/丁/真的 becomes 不满/丁真/的 when 丁真 is
     * written again). Returns the index of the last piece of {@code pieces} the span covers.
     */
    private int replace(
            String sentence,
            Piece p,
            List<Piece> pieces,
            int i,
            List<Piece> plain,
            List<Piece> out,
            Document document,
            Consumer<Decision> explain) {
        int start = p.start();
        int end = p.end();
        int last = i;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Piece q : plain) {
                if (q.end() <= start || q.start() >= end) continue;
                if (q.start() < start) {
                    start = q.start();
                    changed = true;
                }
                if (q.end() > end) {
                    end = q.end();
                    changed = true;
                }
            }
            while (!out.isEmpty() && out.get(out.size() - 1).end() > start) {
                Piece back = out.remove(out.size() - 1);
                if (back.start() < start) {
                    start = back.start();
                    changed = true;
                }
            }
            while (last + 1 < pieces.size() && pieces.get(last).end() < end) {
                last++;
                if (pieces.get(last).end() > end) {
                    end = pieces.get(last).end();
                    changed = true;
                }
            }
        }
        int[] name = nameWrittenElsewhere(sentence, start, end, document);
        for (Piece q : plain) {
            if (q.start() < start || q.end() > end) continue;
            // The dictionary's own names in the span were read as the rejected name's parts: ordinary nouns here.
            if (Tags.isName(q.tag())) q = new Piece(q.start(), q.end(), q.type(), "n");
            if (name == null || q.end() <= name[0] || q.start() >= name[1]) {
                out.add(q);
                continue;
            }
            if (q.start() < name[0]) {
                for (int[] r : lexicon.longestWords(sentence, q.start(), name[0])) {
                    out.add(Piece.cutAfresh(sentence, segmenter, r[0], r[1]));
                }
            }
            if (q.start() <= name[0] && q.end() >= name[0]) {
                out.add(new Piece(name[0], name[1], TokenType.HAN, "nr"));
                if (explain != null) {
                    explain.accept(new Decision(
                            name[0],
                            name[1],
                            "name",
                            "name",
                            List.of("written " + document.count(sentence.substring(name[0], name[1]))
                                    + " times in the text, with a strong surname")));
                }
            }
            if (q.end() > name[1]) {
                for (int[] r : lexicon.longestWords(sentence, name[1], q.end())) {
                    out.add(Piece.cutAfresh(sentence, segmenter, r[0], r[1]));
                }
            }
        }
        return last;
    }

    /**
     * A span of two or three characters inside {@code [start, end)} that begins with a strong surname, whose other
     * characters are not weak in a given name, and that the text writes at least twice; {@code null} if none.
     */
    private int[] nameWrittenElsewhere(String sentence, int start, int end, Document document) {
        for (int from = start; from + 2 <= end; from++) {
            if (segmenter.nameRoles(sentence.substring(from, from + 1)).surnameShare() < STRONG_SURNAME) continue;
            for (int to = Math.min(end, from + 3); to >= from + 2; to--) {
                // The characters are weighed before the text is searched: most spans fail on them.
                boolean good = true;
                int given = to - from - 1;
                for (int k = from + 1; k < to && good; k++) {
                    if (NUMERALS.indexOf(sentence.charAt(k)) >= 0) {
                        good = false;
                        break;
                    }
                    NameRoles roles = segmenter.nameRoles(sentence.substring(k, k + 1));
                    double share = roles.givenShare(Math.min(k - from - 1, 1), given);
                    good = share >= GIVEN_SHARE
                            && (GRAMMATICAL.indexOf(sentence.charAt(k)) < 0 || share >= GRAMMATICAL_NAME_SHARE);
                }
                if (good && document.count(sentence.substring(from, to)) >= 2) return new int[] {from, to};
            }
        }
        return null;
    }

    /**
     * The text a sentence belongs to, for counting how often a name is written in it. In a long text the first count
     * indexes where each Han character (and each surrogate, for the supplementary planes) stands, in one pass, so
     * that a count looks only at the places its first character is written; a short text is searched. Thread-safe.
     */
    static final class Document {
        private final String text;
        private final Map<String, Integer> counts = new ConcurrentHashMap<>();

        private volatile int classical = -1;
        private volatile Positions positions;

        Document(String text) {
            this.text = text;
        }

        /**
         * Whether the text reads as classical Chinese: its classical particles (之 乎 者 也 矣 焉 哉 曰 其 而) make
         * at least {@value #CLASSICAL_SHARE} of its Han characters, some six times their share in modern prose; or,
         * in a text of at least {@value #SPARE_MINIMUM} Han characters, they make at least
         * {@value #SPARE_CLASSICAL_SHARE} and the particles of the modern language (的 了 们 这 那 吗 呢 着 很 么), 4 to
         * 12% of modern prose and news, at most {@value #MODERN_SHARE}: plain classical narrative (桃花源记) uses its
         * particles sparingly, but it has none of the modern ones.
         */
        boolean classical() {
            int c = classical;
            if (c < 0) {
                int han = 0;
                int particles = 0;
                int modern = 0;
                for (int i = 0; i < text.length(); i++) {
                    char ch = text.charAt(i);
                    if (TokenType.isHan(ch)) {
                        han++;
                        if (CLASSICAL_PARTICLES.indexOf(ch) >= 0) particles++;
                        else if (MODERN_PARTICLES.indexOf(ch) >= 0) modern++;
                    }
                }
                boolean reads = particles >= CLASSICAL_SHARE * han
                        || han >= SPARE_MINIMUM
                                && particles >= SPARE_CLASSICAL_SHARE * han
                                && modern <= MODERN_SHARE * han;
                classical = c = han >= 20 && reads ? 1 : 0;
            }
            return c == 1;
        }

        private static final String CLASSICAL_PARTICLES = "之乎者也矣焉哉曰其而";
        static final double CLASSICAL_SHARE = 0.08;
        private static final String MODERN_PARTICLES = "的了们这那吗呢着很么";
        static final double SPARE_CLASSICAL_SHARE = 0.03;
        static final double MODERN_SHARE = 0.01;
        /** The fewest Han characters for the second test: one sentence of a modern text may lack its particles. */
        static final int SPARE_MINIMUM = 150;

        /** How many times {@code word} occurs in the text (at least once, for a word of one of its sentences). */
        int count(String word) {
            if (word.isEmpty()) return 1;
            return counts.computeIfAbsent(
                    word,
                    w -> Math.max(
                            text.length() < INDEXED_LENGTH
                                    ? Positions.search(text, w)
                                    : positions().count(text, w),
                            1));
        }

        /** Texts at least this long (in UTF-16 units) are indexed before they are counted in. */
        private static final int INDEXED_LENGTH = 1 << 14;

        private Positions positions() {
            Positions p = positions;
            if (p == null) positions = p = Positions.of(text);
            return p;
        }

        /** Whether a character is indexed: Han or half of a surrogate pair. */
        private static boolean indexed(char c) {
            return TokenType.isHan(c) || Character.isSurrogate(c);
        }

        /**
         * Where each indexed character stands, grouped by character: the offsets of character {@code c} are
         * {@code at[first[c]]} to {@code at[first[c + 1] - 1]}, in text order.
         */
        private record Positions(int[] first, int[] at) {

            static Positions of(String text) {
                int[] first = new int[Character.MAX_VALUE + 2];
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (indexed(c)) first[c + 1]++;
                }
                for (int c = 1; c < first.length; c++) first[c] += first[c - 1];
                int[] at = new int[first[first.length - 1]];
                int[] next = first.clone();
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (indexed(c)) at[next[c]++] = i;
                }
                return new Positions(first, at);
            }

            /** Occurrences of {@code word} that do not overlap one another. */
            int count(String text, String word) {
                // The word's rarest indexed character is the one whose positions are walked.
                int offset = -1;
                int fewest = Integer.MAX_VALUE;
                for (int j = 0; j < word.length(); j++) {
                    char c = word.charAt(j);
                    if (!indexed(c)) continue;
                    int seen = first[c + 1] - first[c];
                    if (seen < fewest) {
                        fewest = seen;
                        offset = j;
                    }
                }
                if (offset < 0) return search(text, word);
                char c = word.charAt(offset);
                int n = 0;
                int covered = 0;
                for (int k = first[c]; k < first[c + 1]; k++) {
                    int i = at[k] - offset;
                    if (i >= covered && text.startsWith(word, i)) {
                        n++;
                        covered = i + word.length();
                    }
                }
                return n;
            }

            static int search(String text, String word) {
                int n = 0;
                for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) n++;
                return n;
            }
        }
    }
}
