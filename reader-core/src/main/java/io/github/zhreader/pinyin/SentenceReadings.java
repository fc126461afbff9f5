package io.github.zhreader.pinyin;

import io.github.zhreader.TokenType;
import io.github.zhreader.lexicon.CedictEntry;
import io.github.zhreader.lexicon.Lexicon;
import io.github.zhreader.pinyin.ReadingChooser.Choice;
import io.github.zhreader.pinyin.ReadingChooser.Rule;
import io.github.zhreader.pinyin.notation.Syllables;
import io.github.zhreader.segment.Tags;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The sentence phase of the reading choice: the words around a token revise the syllables {@link WordReadings}
 * gave it (a transliteration beside foreign-name characters, a reading after a number, grammar around function
 * words, a dictionary word the segmenter cut across). Rules: see {@link ReadingChooser}. Thread-safe.
 */
final class SentenceReadings {

    private final Lexicon lexicon;
    private final CharacterReadings characters;
    private final WordReadings words;

    SentenceReadings(Lexicon lexicon, CharacterReadings characters, WordReadings words) {
        this.lexicon = lexicon;
        this.characters = characters;
        this.words = words;
    }

    /** See {@link ReadingChooser#inContext(String, int, int, BitSet, String[], String, List)}. */
    List<Choice> inContext(
            String sentence, int start, int end, BitSet cuts, String[] tags, String tag, List<Choice> chosen) {
        List<Choice> complement = asComplement(sentence, start, end, tags, chosen);
        if (complement != null) return complement;
        List<Choice> lines = linesOf(sentence, start, end, tags, chosen);
        if (lines != null) return lines;
        List<Choice> revised = chosen;
        int offset = start;
        for (int i = 0; i < chosen.size(); i++) {
            int cp = sentence.codePointAt(offset);
            Choice c = chosen.get(i);
            // A character with one reading and no note keeps it whatever the sentence says: most characters.
            if (revisable(c.rule()) && (characters.readings(cp).size() > 1 || characters.hasNote(cp))) {
                int at = offset;
                Choice better = transliterated(sentence, at, tag, cp, c)
                        .or(() -> inPlaceName(sentence, at, cp, c))
                        .or(() -> chosen.size() == 1 ? afterNumber(sentence, at, cp, tag) : Optional.empty())
                        .or(() -> chosen.size() == 1 ? byNeighbours(sentence, at, cp) : Optional.empty())
                        .or(() -> chosen.size() == 1
                                ? byGrammar(sentence, at, cp, end, cuts, tags, tag)
                                : Optional.empty())
                        // A tag that reads the character its common way (都/d dou1) is surer than a word the
                        // segmenter did not make (都会 du1 hui4 in 都/会出现).
                        .or(() -> c.rule() == Rule.PART_OF_SPEECH
                                        && c.syllable()
                                                .equals(words.commonReading(cp).syllable())
                                ? Optional.empty()
                                : acrossTokens(
                                        sentence,
                                        at,
                                        cp,
                                        c,
                                        start,
                                        end,
                                        cuts,
                                        c.rule() == Rule.PART_OF_SPEECH && chosen.size() == 1 && "uv".equals(tag)))
                        .orElse(c);
                if (!better.equals(c)) {
                    if (revised == chosen) revised = new ArrayList<>(chosen);
                    revised.set(i, better);
                }
            }
            offset += Character.charCount(cp);
        }
        return revised == chosen ? chosen : List.copyOf(revised);
    }

    /**
     * A number and 行 written as one word before a thing (一行代码, 两行字) count lines: hang2, where the word 一行
     * is a party travelling together (xing2: 代表团一行, 一行人, 一行十人); {@code null} otherwise.
     */
    private List<Choice> linesOf(String sentence, int start, int end, String[] tags, List<Choice> chosen) {
        if (tags == null || end - start != 2 || sentence.charAt(start + 1) != '行' || chosen.size() != 2) return null;
        if (COUNTING.indexOf(sentence.charAt(start)) < 0
                || chosen.get(1).syllable().equals("hang2")) return null;
        String next = end < tags.length ? tags[end] : null;
        if (next == null || !Tags.isNoun(next) || Tags.isName(next) || sentence.charAt(end) == '人') return null;
        return List.of(chosen.get(0), new Choice("hang2", Rule.GRAMMAR));
    }

    /** Digits, numerals and the demonstratives a measure word follows (这场, 每卷, 几幢). */
    private static final String COUNTING = ReadingChooser.CONTEXT_WORDS.characters("counting");

    /**
     * A directional complement right after a verb or adjective (看起来, 笑了起来, 拿出来, 传过去) takes the
     * dictionary's entry for the word as a suffix, with its neutral tones and its sense ("(after a verb) …"), where
     * the dictionary has such an entry beside the word's own (起来 qi3 lai5 "to stand up"); {@code null} otherwise.
     */
    private List<Choice> asComplement(String sentence, int start, int end, String[] tags, List<Choice> chosen) {
        if (tags == null || end - start != 2) return null;
        // Every complement ends in 来 or 去: other words of two characters are passed over without a string made.
        char last = sentence.charAt(start + 1);
        if (last != '来' && last != '去') return null;
        String word = sentence.substring(start, end);
        if (!COMPLEMENTS.contains(word)) return null;
        int previous = tokenStartBefore(tags, start);
        // 了 between them (笑了起来), or 不 or 得 of a potential form (想不起来, 站得起来), leaves the verb before it.
        if (previous > 0 && previous == start - 1 && "了不得".indexOf(sentence.charAt(previous)) >= 0) {
            previous = tokenStartBefore(tags, previous);
        }
        if (previous < 0
                || tags[previous] == null
                || !(Tags.isVerb(tags[previous]) || Tags.isAdjective(tags[previous]))) {
            return null;
        }
        for (CedictEntry e : lexicon.lookup(word)) {
            String first = e.definitions().isEmpty() ? "" : e.definitions().get(0);
            if (!first.startsWith("(after a verb") && !first.startsWith("(verb suffix)")) continue;
            List<String> syllables =
                    e.syllables().stream().map(x -> x.toLowerCase(Locale.ROOT)).toList();
            if (syllables.size() != chosen.size()) return null;
            boolean same = true;
            for (int i = 0; i < syllables.size(); i++)
                same &= syllables.get(i).equals(chosen.get(i).syllable());
            return same ? null : ReadingChooser.all(syllables, Rule.COMPLEMENT);
        }
        return null;
    }

    /**
     * Directional complements, whose dictionary entries may include one for the word as a verb's suffix. Not 过去,
     * which after a verb is as often its object, "the past" (回顾过去).
     */
    private static final Set<String> COMPLEMENTS = ReadingChooser.CONTEXT_WORDS.words("complements");

    private static boolean revisable(Rule rule) {
        return rule == Rule.COMMON || rule == Rule.SURNAME || rule == Rule.PART_OF_SPEECH || rule == Rule.CLASSIFIER;
    }

    /**
     * The reading of a character in the name of a place or an old state, where it has one and the next character is
     * an administrative unit or a ruler's title (蔚州 yu4, 掖县 ye4, 燕王 yan1).
     */
    private Optional<Choice> inPlaceName(String sentence, int at, int cp, Choice current) {
        int next = at + Character.charCount(cp);
        if (next >= sentence.length() || PLACE_FOLLOWERS.indexOf(sentence.charAt(next)) < 0) return Optional.empty();
        Optional<String> reading = characters.inPlaceName(cp);
        if (reading.isEmpty() || reading.get().equals(current.syllable())) return Optional.empty();
        return Optional.of(new Choice(reading.get(), Rule.PLACE_NAME));
    }

    /** One-character verbs of an official career that 累 "successively" comes before (累迁, 累官, 累擢). */
    private static final String OFFICE_STEPS = ReadingChooser.CONTEXT_WORDS.characters("office-steps");

    /** Administrative units and rulers' titles that follow the name of a place or a state (州, 县, 王, 国). */
    private static final String PLACE_FOLLOWERS = ReadingChooser.CONTEXT_WORDS.characters("place-followers");

    /** The transliteration reading, when the character has one and a foreign name is being spelt around it. */
    private Optional<Choice> transliterated(String sentence, int at, String tag, int cp, Choice current) {
        Optional<String> reading = characters.transliteration(cp);
        if (reading.isEmpty() || reading.get().equals(current.syllable())) return Optional.empty();
        boolean foreign = Tags.isTransliteratedName(tag)
                || Tags.isTransliteratedPlace(tag)
                || spellsForeignName(sentence, at, cp);
        return foreign ? Optional.of(new Choice(reading.get(), Rule.TRANSLITERATION)) : Optional.empty();
    }

    /** {@code true} when one of the two Han characters on either side (across a name dot) spells foreign names. */
    private static boolean spellsForeignName(String sentence, int at, int cp) {
        return marksWithinTwo(sentence, at, -1) || marksWithinTwo(sentence, at + Character.charCount(cp), 1);
    }

    /**
     * {@code true} when one of the next two Han characters from {@code from}, going forwards ({@code step} 1) or
     * backwards (-1) and skipping name dots, is one that spells foreign names; any other character stops the look.
     */
    private static boolean marksWithinTwo(String sentence, int from, int step) {
        int i = from;
        for (int n = 0; n < 2 && (step > 0 ? i < sentence.length() : i > 0); ) {
            int c = step > 0 ? sentence.codePointAt(i) : sentence.codePointBefore(i);
            i += step * Character.charCount(c);
            if (c == '·' || c == '-') continue;
            if (!TokenType.isHan(c)) return false;
            if (ReadingChooser.isTransliterationMark(c)) return true;
            n++;
        }
        return false;
    }

    /**
     * The reading a polyphone has in a dictionary word that spans it and its neighbours in the sentence, where the
     * segmenter cut the sentence elsewhere (轧 in 牛/轧/糖 reads ga2 as in 牛轧糖). The longest such word wins; proper
     * nouns do not count, nor words that would cut into a neighbouring token (还清 in 还/清楚).
     */
    private Optional<Choice> acrossTokens(
            String sentence, int at, int cp, Choice current, int start, int end, BitSet cuts, boolean particle) {
        if (characters.readings(cp).size() < 2) return Optional.empty();
        String best = null;
        int bestAt = 0;
        for (int from = Math.max(0, at - 3); from <= at; from++) {
            if (Character.isLowSurrogate(sentence.charAt(from))) continue;
            if (from < start && !cuts.get(from)) continue;
            for (int to = Math.min(sentence.length(), from + 4); to > at + 1 && to - from >= 2; to--) {
                if (to - from <= (best == null ? 1 : best.length())) break;
                if (to > end && !cuts.get(to)) continue;
                int hash = Lexicon.hash(sentence, from, to);
                if (!lexicon.mayBeWord(hash) && !characters.mayBeTableWord(hash)) continue;
                String word = sentence.substring(from, to);
                // 儿 after a word is more often the next word (把儿子) than an erhua suffix (把儿, a handle).
                if (word.endsWith("儿")) continue;
                if (lexicon.lookup(word).stream().anyMatch(e -> !e.properNoun())
                        || characters.wordReading(word).isPresent()) {
                    best = word;
                    bestAt = from;
                }
            }
        }
        // 地 tagged as the adverbial particle does not begin a word with what follows it (钩心斗角/地/和 is de);
        // it may end one with what comes before (高/地 is 高地 gao1 di4).
        if (best == null || particle && bestAt == at) return Optional.empty();
        CedictEntry entry = words.bestEntry(lexicon.lookup(best), best.codePointCount(0, best.length()), false);
        List<String> syllables =
                entry != null ? entry.syllables() : characters.wordReading(best).orElse(List.of());
        int index = best.codePointCount(0, at - bestAt);
        if (index >= syllables.size()) return Optional.empty();
        String syllable = syllables.get(index).toLowerCase(Locale.ROOT);
        return syllable.equals(current.syllable()) || Syllables.tone(syllable) == 5
                ? Optional.empty()
                : Optional.of(new Choice(syllable, Rule.ACROSS_TOKENS));
    }

    /**
     * A function word read by the word next to it: 还 before 了, 给 or 清 that start no word of their own is huan2
     * ("give back": 他还了钱, but 他还了解 is hai2); 儿 closing a phrase after a word is the erhua suffix r5 (画画儿。);
     * 啦 closing a clause is the particle la5 (好啦！) while 啦啦 is la1; 为 after 被, 作 or 改, or before a value that
     * closes the clause, is wei2 ("be, become": 被贬为侯, 型号为XG27), and so is 为 closing a clause, the verb "to do"
     * (二者之为).
     */
    private Optional<Choice> byNeighbours(String sentence, int at, int cp) {
        int next = at + Character.charCount(cp);
        int after = next < sentence.length() ? sentence.codePointAt(next) : 0;
        int before = at > 0 ? sentence.codePointBefore(at) : 0;
        if (cp == '还'
                && "了给清完钱债款".indexOf(after) >= 0
                && !lexicon.isWord(sentence, next, Math.min(sentence.length(), next + 2))) {
            return Optional.of(new Choice("huan2", Rule.NEIGHBOURS));
        }
        if (cp == '儿'
                && TokenType.isHan(before)
                && COUNTING.indexOf(before) < 0
                && (after == 0 || !TokenType.isHan(after) || "的了吧呢吗啊呀".indexOf(after) >= 0)) {
            return Optional.of(new Choice("r5", Rule.NEIGHBOURS));
        }
        if (cp == '啦' && before != '啦' && (after == 0 || !Character.isLetterOrDigit(after))) {
            return Optional.of(new Choice("la5", Rule.NEIGHBOURS));
        }
        // 为 closing a clause after a character is the verb, "to do, to act" (二者之为, 无所为): wei2; the preposition
        // always has its object after it.
        if (cp == '为' && TokenType.isHan(before) && isPause(after))
            return Optional.of(new Choice("wei2", Rule.NEIGHBOURS));
        if (cp == '为' && ("被作改贬选封立拜升降评列视分化".indexOf(before) >= 0 || valueFollows(sentence, next))) {
            return Optional.of(new Choice("wei2", Rule.NEIGHBOURS));
        }
        // 边 standing alone after a word that ends in a locative is the neutral suffix of place (嘴里/边, 门外/边): bian5.
        if (cp == '边'
                && at >= 2
                && TokenType.isHan(sentence.charAt(at - 2))
                && "里外前后上下左右东西南北这那".indexOf(before) >= 0
                && (!TokenType.isHan(after) || "的有是也都就还".indexOf(after) >= 0)) {
            return Optional.of(new Choice("bian5", Rule.NEIGHBOURS));
        }
        // 所处 is "where (it) is situated" (所处的环境, 所处的位置): chu3, the verb.
        if (cp == '处' && before == '所') return Optional.of(new Choice("chu3", Rule.NEIGHBOURS));
        return Optional.empty();
    }

    /**
     * A one-character token read by the grammar around it:
     * <ul>
     *   <li>着 right before 了 is zhao2, "to catch, to fall into" (着了慌, 着了迷): the aspect particle zhe never
     *   comes before 了;</li>
     *   <li>了 after 不, or after the particle 得, is liao3, a potential complement (干不了, 侍候不了, 干得了);</li>
     *   <li>a verb right before an aspect particle takes the table's verbal reading (数了一遍 shu3, 系着 ji4);</li>
     *   <li>着 after 不 is zhao2 (睡不着, 花不着钱); 干 before 不了 or 得了 is gan4, "to do", after a verb of wiping
     *   or drying gan1, "dry" (擦干, 拭干了泪);</li>
     *   <li>得 after a verb and 不 is de5, the potential complement (熬不得夜);</li>
     *   <li>好 before a verb and 懒 is hao4, "to be fond of" (好喝懒做);</li>
     *   <li>背 before a text one learns by heart is bei4, "to recite" (背诗, 背单词); 系 before something tied is
     *   ji4 (系鞋带, 系围裙); 供 before what is worshipped is gong4 (供祖像, 供佛);</li>
     *   <li>an adjective with an object after 了 takes the verbal reading as a verb does (长了价钱 zhang3);</li>
     *   <li>a character tagged as a verb between 的 and a locative or the clause's end is a noun and takes the
     *   table's noun reading (长胡子的背上 bei4);</li>
     *   <li>奔 before a place or thing is ben4, "to head for" (径奔船尾);</li>
     *   <li>行 after 这, 哪, 同, 各 or 本 closing the phrase is hang2, "a line of work" (干这行);</li>
     *   <li>得 after a subject, an adverb, a conjunction or a pause, with more of the clause after it, is dei3,
     *   "must" (我得去, 还得走, 所以得多走路), where after a verb or an adjective it is the particle de5 (跑得快),
     *   unless 被 or a verb with a number after it follows (指定得被扣光, 说得加三块钱: dei3);</li>
     *   <li>地 that closes a clause, or comes before 的 or 之, is the noun di4, "the ground" (低头向着地。): the
     *   adverbial particle never does;</li>
     *   <li>得无, 得非 opening a clause is de2, the classical "could it be that" (得无异乎);</li>
     *   <li>葛 standing alone before a pause is ge2, the plant (长满了葛。);</li>
     *   <li>累 before a verb of office is lei3, "successively" (累迁, 累官至);</li>
     *   <li>率 right after a noun or verb of two or more characters is lv4, "rate" (贡献率, 增长率);</li>
     *   <li>教 before a pronoun and a verb or adjective is jiao4, "to make, to have someone do" (教我坐下, 教他纳罕);</li>
     *   <li>为 before a colon, after 以 earlier in the clause (以…为核心), or before a one-character word of what
     *   something is taken as (捕鱼为业, 以此为荣), is wei2, "to be, to take as".</li>
     * </ul>
     */
    /** Verbs of one character that follow 得 as a result or direction complement (看得见, 说得出, 买得起). */
    private static final String RESULT_COMPLEMENTS = "见懂起到完动下住清出来去过了开上成着透";

    private Optional<Choice> byGrammar(
            String sentence, int at, int cp, int end, BitSet cuts, String[] tags, String tag) {
        int next = at + Character.charCount(cp);
        int after = next < sentence.length() ? sentence.codePointAt(next) : 0;
        int before = at > 0 ? sentence.codePointBefore(at) : 0;
        int previousStart = tags == null ? -1 : tokenStartBefore(tags, at);
        String previousTag = previousStart < 0 ? null : tags[previousStart];
        String nextTag = tags == null || next >= tags.length ? null : tags[next];
        // A verb right before an aspect particle takes its verbal reading (数了一遍 shu3, 系着 ji4), where the table
        // lists one; an adjective keeps its own (时间长了 chang2).
        // An adjective with an object after 了 is a verb too (长了价钱, 长了一岁 zhang3).
        String afterParticle = tags == null || next + 1 >= tags.length ? null : tags[next + 1];
        boolean objectAfter = after == '了'
                && afterParticle != null
                && (Tags.isNoun(afterParticle) && !Tags.isName(afterParticle)
                        || Tags.isNumeral(afterParticle)
                        || Tags.isClassifier(afterParticle));
        if ((after == '着' || after == '了' || after == '过')
                && cuts.get(next)
                && (next + 1 >= sentence.length() || cuts.get(next + 1))
                && (!Tags.isAdjective(tag) || objectAfter)) {
            Optional<String> verbal = characters.beforeAspect(cp);
            if (verbal.isPresent()) return Optional.of(new Choice(verbal.get(), Rule.GRAMMAR));
        }
        // After 的 and before a locative or the clause's end, a character is a noun whatever its tag (的背上 bei4,
        // 的空处 kong4): the table's noun reading.
        if (Tags.isVerb(tag)
                && before == '的'
                && cuts.get(at)
                && cuts.get(next)
                && (after == 0 || "上里中下内外，。！？；、,.!?;处".indexOf(after) >= 0)) {
            Optional<String> noun = characters.asWord(cp, "n");
            if (noun.isPresent()) return Optional.of(new Choice(noun.get(), Rule.GRAMMAR));
        }
        switch (cp) {
            case '着' -> {
                if (after == '了' && cuts.get(next)) return Optional.of(new Choice("zhao2", Rule.GRAMMAR));
                // 着 after 不 is a potential complement: 睡不着, 花不着钱 (zhao2).
                if (before == '不' && cuts.get(at) && at >= 2) return Optional.of(new Choice("zhao2", Rule.GRAMMAR));
            }
            case '奔' -> {
                // 奔 before a place or thing is ben4, "to head for" (径奔船尾, 直奔主题), not ben1 "to rush"; so is 奔着,
                // "heading for, aiming at" (奔着民族情怀来的).
                if (nextTag != null
                        && (Tags.isNoun(nextTag) && !Tags.isPersonName(nextTag)
                                || Tags.isPlaceWord(nextTag)
                                || after == '着' && cuts.get(next) && cuts.get(next + 1))) {
                    return Optional.of(new Choice("ben4", Rule.GRAMMAR));
                }
            }
            case '系' -> {
                // 系 before something tied or fastened is ji4, "to tie" (系鞋带, 系围裙, 系安全带), not xi4.
                if (nextTokenIn(sentence, tags, next, TIED)) return Optional.of(new Choice("ji4", Rule.GRAMMAR));
            }
            case '供' -> {
                // 供 before what is worshipped is gong4, "to lay offerings to" (供祖像, 供佛), not gong1 "to supply".
                if (nextTokenIn(sentence, tags, next, WORSHIPPED)) {
                    return Optional.of(new Choice("gong4", Rule.GRAMMAR));
                }
            }
            case '背' -> {
                // 背 before a text to learn is bei4, "to recite" (背诗, 背单词), not bei1 "to carry".
                if (nextTokenIn(sentence, tags, next, RECITED)) return Optional.of(new Choice("bei4", Rule.GRAMMAR));
            }
            case '好' -> {
                // 好 before a verb and 懒 is "to be fond of" (好喝懒做, 好吃懒做): hao4.
                if (cuts.get(next) && next + 1 < sentence.length() && sentence.charAt(next + 1) == '懒') {
                    return Optional.of(new Choice("hao4", Rule.GRAMMAR));
                }
            }
            case '干' -> {
                if (sentence.startsWith("不了", next) || sentence.startsWith("得了", next)) {
                    return Optional.of(new Choice("gan4", Rule.GRAMMAR));
                }
                // After a verb of wiping, drying or draining, 干 is its result, "dry" (擦干, 晒干, 拭干了泪).
                if (DRYING_VERBS.indexOf(before) >= 0 && cuts.get(at))
                    return Optional.of(new Choice("gan1", Rule.GRAMMAR));
            }
            case '子' -> {
                // 子 standing alone right after a noun of one or two characters is the neutral noun suffix the segmenter
                // cut off (木箱/子, 皮帽/子): zi5, not zi3 "son".
                if (previousTag != null
                        && Tags.isNoun(previousTag)
                        && !Tags.isName(previousTag)
                        && cuts.get(at)
                        && cuts.get(next)
                        && at - previousStart <= 2
                        && (!TokenType.isHan(after) || "的了着里上是也都就".indexOf(after) >= 0)) {
                    return Optional.of(new Choice("zi5", Rule.GRAMMAR));
                }
            }
            case '葛' -> {
                // 葛 standing alone before a pause is the plant, kudzu (长满了葛。): ge2. Before more characters it is
                // mostly the surname ge3 with a given name the segmenter left apart (葛振赶到).
                if (cuts.get(at) && cuts.get(next) && isPause(after))
                    return Optional.of(new Choice("ge2", Rule.GRAMMAR));
            }
            case '累' -> {
                // 累 standing alone before a verb of office is lei3, "successively" (累迁刑部侍郎, 累官至太尉): the
                // biographies' word, not lei4 "tired".
                if (cuts.get(at) && cuts.get(next) && OFFICE_STEPS.indexOf(after) >= 0) {
                    return Optional.of(new Choice("lei3", Rule.GRAMMAR));
                }
            }
            case '铺' -> {
                // After a noun, 铺 standing alone before a pause, the clause's end or an administrative unit names a
                // shop or an old post station (文房四宝铺、, 递铺街道, 黄牛铺镇): pu4, not pu1 "to spread", which
                // takes what it spreads (铺路, 铺上).
                boolean unitOrPause = isPause(after)
                        || nextTag != null && ADMINISTRATIVE_UNITS.contains(tokenAt(sentence, tags, next));
                if (previousTag != null && Tags.isNoun(previousTag) && cuts.get(at) && cuts.get(next) && unitOrPause) {
                    return Optional.of(new Choice("pu4", Rule.GRAMMAR));
                }
            }
            case '将' -> {
                // 将 standing alone after a noun, 的 or 之 at the end of a clause is a general (右营参将，, 蜀国的将。,
                // 魏国之将，): jiang4. The adverb and the preposition (将要, 将他) never end a clause.
                if (previousTag != null
                        && (Tags.isNoun(previousTag) || before == '的' || before == '之')
                        && cuts.get(at)
                        && isPause(after)) {
                    return Optional.of(new Choice("jiang4", Rule.GRAMMAR));
                }
            }
            case '汗' -> {
                // 汗 standing alone right after a name is a khan (拉藏汗, 土谢图汗): han2, not han4 "sweat", which
                // follows verbs, adjectives and measures (出汗, 冷汗, 一身汗).
                if (previousTag != null
                        && (Tags.isPersonName(previousTag) || Tags.isOtherProperNoun(previousTag))
                        && cuts.get(at)) {
                    return Optional.of(new Choice("han2", Rule.GRAMMAR));
                }
            }
            case '劲' -> {
                // 劲 standing alone before a noun, or after one at the end of a clause, is "strong" (劲歌, 劲骑五百,
                // 霜风劲): jing4, not jin4 "strength" (使劲, 有劲, 劲儿).
                boolean beforeNoun = nextTag != null && after != '儿' && Tags.isNoun(nextTag) && !Tags.isName(nextTag);
                boolean endsClauseAfterNoun = previousTag != null && Tags.isNoun(previousTag) && isPause(after);
                if (cuts.get(at) && cuts.get(next) && (beforeNoun || endsClauseAfterNoun)) {
                    return Optional.of(new Choice("jing4", Rule.GRAMMAR));
                }
            }
            case '行' -> {
                // 这行, 哪行, 同行, 干这行: a line of work (hang2); 那行 is "that'll do" (xing2).
                if ("这哪同各本".indexOf(before) >= 0
                        && (after == 0 || after == '儿' || after == '的' || !TokenType.isHan(after))) {
                    return Optional.of(new Choice("hang2", Rule.GRAMMAR));
                }
            }
            case '了' -> {
                if (before == '不' && cuts.get(at) && at >= 2 && TokenType.isHan(sentence.codePointBefore(at - 1))
                        || before == '得' && previousTag != null && Tags.isParticle(previousTag)) {
                    return Optional.of(new Choice("liao3", Rule.GRAMMAR));
                }
            }
            case '得' -> {
                // 得无, 得非 opening a clause is the classical "could it be that …" (得无异乎): de2.
                if ((after == '无' || after == '非' || after == '毋') && !TokenType.isHan(before)) {
                    return Optional.of(new Choice("de2", Rule.GRAMMAR));
                }
                // After a verb and 不, 得 is the potential complement, "can't be done" (熬不得夜, 近不得台旁): de5,
                // also where the segmenter wrote 不得 as one word after the verb (近/不得/台旁).
                if (before == '不' && tags != null && at >= 1 && (cuts.get(at) ? previousStart > 0 : cuts.get(at - 1))) {
                    int verbStart = tokenStartBefore(tags, cuts.get(at) ? previousStart : at - 1);
                    String verbTag = verbStart < 0 ? null : tags[verbStart];
                    if (verbTag != null && (Tags.isVerb(verbTag) || Tags.isAdjective(verbTag))) {
                        return Optional.of(new Choice("de5", Rule.GRAMMAR));
                    }
                }
                // 得 before a passive or before an action with a counted object is "must" even after a verb
                // (指定得被扣光, 说得加三块钱): what follows the particle is a state or a result (跑得快, 看得见一个),
                // never a clause with 被, nor a verb of its own with a number after it.
                if (tags != null && cuts.get(at) && cuts.get(next) && next < sentence.length()) {
                    if (after == '被') return Optional.of(new Choice("dei3", Rule.GRAMMAR));
                    int verbEnd = next + 1;
                    while (verbEnd < sentence.length() && !cuts.get(verbEnd)) verbEnd++;
                    String counted = verbEnd < tags.length ? tags[verbEnd] : null;
                    if (nextTag != null
                            && Tags.isVerb(nextTag)
                            && !Tags.isVerbalNoun(nextTag)
                            && counted != null
                            && Tags.isNumeral(counted)
                            && !(verbEnd - next == 1 && RESULT_COMPLEMENTS.indexOf(after) >= 0)) {
                        return Optional.of(new Choice("dei3", Rule.GRAMMAR));
                    }
                }
                // The particle right after a verb or an adjective stays the particle, whatever word a neighbour
                // would make with it across the cut (急/得/要/哭 is not 得要 dei3 yao4 "must"): de5.
                if (tags != null
                        && cuts.get(at)
                        && cuts.get(next)
                        && Tags.isParticle(tag)
                        && previousTag != null
                        && (Tags.isVerb(previousTag) && !Tags.isVerbalNoun(previousTag)
                                || Tags.isAdjective(previousTag))) {
                    return Optional.of(new Choice("de5", Rule.GRAMMAR));
                }
                // After a verb or an adjective, 得 is the particle (跑得快); after a subject, an adverb, a
                // conjunction or a pause, and before more of the clause, it is "must" (我得去, 还得走, 所以得多走路,
                // ，得想办法).
                boolean afterPredicate = previousTag != null
                        && (Tags.isVerb(previousTag)
                                || Tags.isAdjective(previousTag)
                                || Tags.isStateWord(previousTag)
                                || Tags.isParticle(previousTag));
                boolean moreFollows = after != 0
                        && (TokenType.isHan(after) || Character.isLetterOrDigit(after))
                        && after != '的'
                        && after != '了';
                if (tags != null && !afterPredicate && moreFollows && (nextTag == null || !Tags.isParticle(nextTag))) {
                    return Optional.of(new Choice("dei3", Rule.GRAMMAR));
                }
            }
            case '过' -> {
                // After an adverb or the adverbial 地, opening a clause, or before 着, 过 is the verb itself, "to pass,
                // to live" (马上就过了, 过了一会, 幸福地过了两三个月, 过着…的生活): guo4; the particle follows a verb (看过).
                if (tags != null
                        && cuts.get(at)
                        && cuts.get(next)
                        && Tags.isParticle(tag)
                        && (previousTag != null && Tags.isAdverb(previousTag)
                                || before == 0
                                || isPause(before)
                                || before == '地'
                                || after == '着'
                                || previousTag != null && Tags.isConjunction(previousTag))) {
                    return Optional.of(new Choice("guo4", Rule.GRAMMAR));
                }
                // Before 不 or 得 and a complement, 过 is the verb with a potential form (过不了一会, 过得去): the
                // particle never takes one.
                if (cuts.get(at)
                        && (after == '不' || after == '得')
                        && next + 1 < sentence.length()
                        && "了去来下".indexOf(sentence.charAt(next + 1)) >= 0) {
                    return Optional.of(new Choice("guo4", Rule.GRAMMAR));
                }
            }
            case '罢' -> {
                // A verb and 罢 that close the sentence with ！ or ？ say "do it" (赶紧吃罢！): the particle, ba5.
                // Before a comma it is the verb's completion (说罢，他走了: ba4).
                if (previousTag != null
                        && Tags.isVerb(previousTag)
                        && cuts.get(at)
                        && cuts.get(next)
                        && (after == 0 || "。！？!?".indexOf(after) >= 0)) {
                    return Optional.of(new Choice("ba5", Rule.GRAMMAR));
                }
            }
            case '吓' -> {
                // An interjection set off by a pause (吓，你说什么？) is he4; 吓 before a complement is "to scare".
                if (Tags.isInterjection(tag) && isPause(after)) {
                    return Optional.of(new Choice("he4", Rule.GRAMMAR));
                }
            }
            case '转' -> {
                // 转儿 is a turn, a spin (打转儿): zhuan4.
                if (after == '儿') return Optional.of(new Choice("zhuan4", Rule.GRAMMAR));
            }
            case '空' -> {
                // Free room or time after 什么 or 没有, closing the clause or before 处 (没有什么空了, 的空处): kong4.
                String previous = previousStart < 0 ? "" : sentence.substring(previousStart, at);
                if (cuts.get(at)
                        && cuts.get(next)
                        && FREE_ROOM_BEFORE.contains(previous)
                        && (after == '了' || after == '处' || after == '儿' || isPause(after))) {
                    return Optional.of(new Choice("kong4", Rule.GRAMMAR));
                }
            }
            case '地' -> {
                // The adverbial particle never closes a clause nor comes before 的 or 之 (低头向着地。, 田地的河流), and
                // never opens one (冷啊！地冻裂了): di4.
                if (after == 0
                        || "，。！？；、,.!?;…”」』）)的之".indexOf(after) >= 0
                        || cuts.get(at) && (before == 0 || isPause(before) || "“「『（(".indexOf(before) >= 0)) {
                    return Optional.of(new Choice("di4", Rule.GRAMMAR));
                }
            }
            case '率' -> {
                if (previousTag != null
                        && (Tags.isNoun(previousTag) || Tags.isVerb(previousTag))
                        && !Tags.isName(previousTag)
                        && !Tags.isVerb(tag)
                        && at - previousStart >= 2) {
                    return Optional.of(new Choice("lv4", Rule.GRAMMAR));
                }
            }
            case '教' -> {
                String person = nextTag == null ? null : tokenAt(sentence, tags, next);
                if (person != null && Tags.isPronoun(nextTag) && !person.isEmpty()) {
                    int then = next + person.length();
                    String verb = then < tags.length ? tags[then] : null;
                    if (verb != null && (Tags.isVerb(verb) || Tags.isAdjective(verb))) {
                        return Optional.of(new Choice("jiao4", Rule.GRAMMAR));
                    }
                }
            }
            case '为' -> {
                if (after == '：' || after == ':') return Optional.of(new Choice("wei2", Rule.GRAMMAR));
                // 为 before a one-character word of what something is taken as: 捕鱼为业, 以此为荣, 为宜 (wei2).
                if (AS_WHAT.indexOf(after) >= 0
                        && cuts.get(next)
                        && (next + 1 >= sentence.length() || cuts.get(next + 1))) {
                    return Optional.of(new Choice("wei2", Rule.GRAMMAR));
                }
                // 以 X 为 Y, "to take X as Y", and a verb of making or naming with its object before 为: 改 X 为 Y,
                // 视 X 为 Y, 立 X 为 Y (wei2), the verb and 以 standing alone, earlier in the clause.
                for (int i = at - 1; i >= 0 && at - i <= 25; i--) {
                    char c = sentence.charAt(i);
                    if ("，。！？；：,.!?;:".indexOf(c) >= 0) break;
                    // Not a verb going on (变着法子为个人捞好处: for, wei4).
                    boolean takesAs =
                            c == '以' || MAKES_AS.indexOf(c) >= 0 && i < at - 1 && sentence.charAt(i + 1) != '着';
                    if (takesAs && cuts.get(i) && cuts.get(i + 1)) return Optional.of(new Choice("wei2", Rule.GRAMMAR));
                }
            }
            default -> {}
        }
        return Optional.empty();
    }

    /** Whether {@code c} ends the sentence (0) or is a pause in it: a comma, a stop, a question mark. */
    private static boolean isPause(int c) {
        return c == 0 || "，。！？；、,.!?;…".indexOf(c) >= 0;
    }

    /** Words before 空 as free room or time (没有什么空了, 我的空处). */
    private static final Set<String> FREE_ROOM_BEFORE = ReadingChooser.CONTEXT_WORDS.words("free-room-before");

    /** Whether a token starts at {@code next} and is one of {@code words}. */
    private static boolean nextTokenIn(String sentence, String[] tags, int next, Set<String> words) {
        return tags != null
                && next < tags.length
                && tags[next] != null
                && words.contains(tokenAt(sentence, tags, next));
    }

    /** One-character words of what 为 wei2 "as" takes something to be (为业, 为生, 为荣, 为宜). */
    private static final String AS_WHAT = ReadingChooser.CONTEXT_WORDS.characters("as-what");

    /** One-character verbs that make or name their object as something, with 为 after it (改 X 为 Y, 视 X 为 Y). */
    private static final String MAKES_AS = ReadingChooser.CONTEXT_WORDS.characters("makes-as");

    /** Administrative units a place name ends in (黄牛铺镇, 泉河铺乡, 递铺街道, 红花铺站). */
    private static final Set<String> ADMINISTRATIVE_UNITS = ReadingChooser.CONTEXT_WORDS.words("administrative-units");

    /** What 系 ji4 ties or fastens. */
    private static final Set<String> TIED = ReadingChooser.CONTEXT_WORDS.words("tied");

    /** What 供 gong4 lays offerings to. */
    private static final Set<String> WORSHIPPED = ReadingChooser.CONTEXT_WORDS.words("worshipped");

    /** What one learns by heart: 背 before these is bei4, "to recite". */
    private static final Set<String> RECITED = ReadingChooser.CONTEXT_WORDS.words("recited");

    /** Verbs whose result 干 is "dry" (gan1) right after them. */
    private static final String DRYING_VERBS = ReadingChooser.CONTEXT_WORDS.characters("drying-verbs");

    /** Where the token that ends at {@code at} starts, or -1 at the start of the sentence. */
    private static int tokenStartBefore(String[] tags, int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (tags[i] != null) return i;
        }
        return -1;
    }

    /** The token that starts at {@code at}, ending where the next token starts. */
    private static String tokenAt(String sentence, String[] tags, int at) {
        int i = at + 1;
        while (i < tags.length && tags[i] == null) i++;
        return sentence.substring(at, Math.min(i, sentence.length()));
    }

    /**
     * {@code true} when a value in Latin letters or digits follows and closes the clause (型号为XG27。), where 为 means
     * "is"; 为OpenAI提供服务 ("for OpenAI") goes on in Chinese.
     */
    private static boolean valueFollows(String sentence, int from) {
        int i = from;
        while (i < sentence.length()
                && !TokenType.isHan(sentence.charAt(i))
                && (Character.isLetterOrDigit(sentence.charAt(i)) || " .-%".indexOf(sentence.charAt(i)) >= 0)) {
            i++;
        }
        return i > from && (i == sentence.length() || !TokenType.isHan(sentence.codePointAt(i)));
    }

    /**
     * The reading of a one-character token right after a number or a demonstrative (八卷 juan4, 这场 chang3): the
     * table's after-a-number reading, else for a measure word the table's classifier reading or the dictionary's.
     */
    private Optional<Choice> afterNumber(String sentence, int at, int cp, String tag) {
        if (at == 0) return Optional.empty();
        int before = sentence.codePointBefore(at);
        Optional<Choice> number = characters.afterNumber(cp).map(r -> new Choice(r, Rule.AFTER_NUMBER));
        // Right after a title, a measure word counts the parts of the work (《隋书》卷四, 《丹台春晓图》卷: juan4).
        if (before == '》' || before == '〉') return number;
        if (COUNTING.indexOf(before) < 0) return Optional.empty();
        if (number.isPresent() || !Tags.isClassifier(tag)) return number;
        Optional<String> table = characters.asWord(cp, "q");
        if (table.isPresent()) return Optional.of(new Choice(table.get(), Rule.CLASSIFIER));
        CedictEntry classifier = words.bestEntry(
                lexicon.lookup(new String(Character.toChars(cp))).stream()
                        .filter(e -> e.definitions().stream().anyMatch(d -> d.startsWith("classifier")))
                        .toList(),
                1,
                null);
        return classifier == null
                ? Optional.empty()
                : Optional.of(new Choice(classifier.syllables().get(0).toLowerCase(Locale.ROOT), Rule.CLASSIFIER));
    }
}
