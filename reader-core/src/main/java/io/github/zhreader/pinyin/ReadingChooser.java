package io.github.zhreader.pinyin;

import io.github.zhreader.TokenType;
import io.github.zhreader.ZhReaderException;
import io.github.zhreader.lexicon.CedictEntry;
import io.github.zhreader.lexicon.Lexicon;
import io.github.zhreader.pinyin.notation.Syllables;
import io.github.zhreader.segment.Tags;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the numbered syllables of a token, one small named rule at a time, and says which rule chose each
 * syllable. In order: the word's reading in the lexicon (a proper-noun reading only for names); for a word the
 * lexicon lacks, the readings of the dictionary words inside it and a surname's reading at the start of a personal
 * name; for a character standing alone, its part of speech (了 le5 as an aspect particle, 还 hai2 as an adverb, 钉
 * ding4 as a verb) and its classifier reading; then, from the sentence around it, a transliteration's reading (塞
 * sai4 beside 尔 or 维), a reading after numbers (八卷 juan4) and a function word's reading beside particular words
 * (还 huan2 before 了); and last the character's most common reading.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReadingChooser {

    /** The syllable given to a Han character no source knows a reading for. */
    public static final String UNKNOWN = "?";

    /** The rules that choose readings, named for the debug view ({@code zhreader annotate --explain-pinyin}). */
    public enum Rule {
        /** The reading of a curated glossary entry. */
        GLOSSARY("glossary word"),
        /** The reading of the word in the dictionary. */
        DICTIONARY_WORD("dictionary word"),
        /** The one reading of the traditional form the text writes (隻 zhi1, where 只 is also zhi3). */
        WRITTEN_FORM("traditional form written"),
        /** The reading of a word the dictionary lacks, from HanLP's pinyin table. */
        READING_TABLE_WORD("word in HanLP's pinyin table"),
        /** The reading of a dictionary word inside a longer word the dictionary lacks. */
        WORD_PART("dictionary word inside an unknown word"),
        /** A particle, adverb or verb read by its part of speech (了 le5, 还 hai2, 钉 ding4). */
        PART_OF_SPEECH("part of speech"),
        /** A measure word's reading (一幢 zhuang4). */
        CLASSIFIER("classifier"),
        /** The first character of a personal name read as a surname (翟 zhai2). */
        SURNAME("surname"),
        /** A character spelling out a foreign name (塞 sai4 beside 尔, 维 or 亚). */
        TRANSLITERATION("transliteration"),
        /** A character read by the words next to it (还 before 了 is huan2: 他还了钱). */
        NEIGHBOURS("neighbouring words"),
        /** A part of a separable word found with other words inside, read as in the word (上了他的当 dang4). */
        SEPARABLE_WORD("separable word"),
        /** A reduplicated form read as its base word (干干净净 as 干净 gan1 jing4). */
        REDUPLICATION("reduplicated word"),
        /** A directional complement after a verb, read and glossed as the dictionary's suffix (看起来 qi5 lai5). */
        COMPLEMENT("complement after a verb"),
        /** A character read by the grammar around it (得 before a verb is dei3: 我得去). */
        GRAMMAR("grammar of the neighbours"),
        /** The reading in a dictionary word across the segmenter's cut (攒 in 人头/攒/动 as in 攒动). */
        ACROSS_TOKENS("dictionary word across tokens"),
        /** A character read by the number before it (第八卷 juan4, 四十弄 long4). */
        AFTER_NUMBER("after a number"),
        /** The reading of the sense that the sense table chose for the sentence (予观夫 fu2 "this"). */
        SENSE("the sense the sentence calls for"),
        /** The character's most common reading. */
        COMMON("most common reading"),
        /** No table knows the character. */
        NONE("no reading known");

        private final String description;

        Rule(String description) {
            this.description = description;
        }

        /** A few words saying what the rule does, for the debug view. */
        public String description() {
            return description;
        }
    }

    /** One syllable and the rule that chose it. */
    public record Choice(String syllable, Rule rule) {
        // Written out: a record's generated methods link a method handle on first use, which showed in start-up.
        @Override
        public boolean equals(Object o) {
            return o instanceof Choice c && syllable.equals(c.syllable) && rule == c.rule;
        }

        @Override
        public int hashCode() {
            return syllable.hashCode() * 31 + rule.hashCode();
        }
    }

    /** The word lists of the reading rules, by section ({@code reading-context-words.txt}). */
    private static final WordLists CONTEXT_WORDS = WordLists.load("reading-context-words.txt");

    /**
     * Readings of function words decided by part of speech: key is the character and the first letters of the tag
     * (PKU tag set, as HanLP writes it), tried from the longest tag prefix to the shortest. Content characters read
     * by part of speech are in the character table.
     */
    private static final Map<String, String> BY_TAG = loadReadingsByTag("readings-by-tag.txt");

    /**
     * Characters that mostly spell out foreign names (尔 in 托尔金, 斯 in 希什曼斯): a polyphone beside one of them, and
     * not inside a dictionary word, takes its transliteration reading.
     */
    public static final String TRANSLITERATION_MARKS = CONTEXT_WORDS.characters("transliteration-marks");

    /** Whether a character mostly spells out foreign names (尔, 斯, 萨). */
    public static boolean isTransliterationMark(int cp) {
        return cp < 0x10000 && TRANSLITERATION_MARKS.indexOf(cp) >= 0;
    }

    /** Characters that a personal name's second character is almost never: 曾在 is "once at", not a name. */
    private static final String NOT_IN_NAMES = CONTEXT_WORDS.characters("not-in-names");

    /** Digits, numerals and the demonstratives a measure word follows (这场, 每卷, 几幢). */
    private static final String COUNTING = CONTEXT_WORDS.characters("counting");

    /**
     * Words whose everyday sense is the dictionary's neutral-tone reading (东西 dōngxi "thing", not dōngxī "east and
     * west"); other words with both prefer the full tones (精神 jīngshén, 过去 guòqù).
     */
    private static final Set<String> NEUTRAL_TONE_WORDS = loadWords("neutral-tone-words.txt");

    private final Lexicon lexicon;
    private final CharacterReadings characters;

    /** Chooses readings from {@code lexicon}, with {@code characters} for per-character readings. */
    public ReadingChooser(Lexicon lexicon, CharacterReadings characters) {
        this.lexicon = lexicon;
        this.characters = characters;
    }

    /**
     * The syllables of a token of Han characters, one per character, lower-case and numbered.
     *
     * @param word    the token, made only of Han characters
     * @param tag     its part-of-speech tag, empty when unknown
     * @param entries its lexicon entries (possibly empty)
     */
    public List<String> choose(String word, String tag, List<CedictEntry> entries) {
        return explain(word, tag, entries).stream().map(Choice::syllable).toList();
    }

    /** As {@link #choose}, with the rule that chose each syllable; the sentence around the word is not consulted. */
    public List<Choice> explain(String word, String tag, List<CedictEntry> entries) {
        int count = word.codePointCount(0, word.length());
        if (count == 1) return List.of(characterReading(word.codePointAt(0), tag, entries));
        // A time word may be a dynasty (明朝 Ming2 chao2), which the dictionary lists as a proper noun.
        CedictEntry best = bestEntry(entries, count, Tags.isTime(tag) ? null : Tags.isName(tag), tag);
        if (best != null) return all(best.syllables(), Rule.DICTIONARY_WORD);
        Optional<List<String>> table = characters.wordReading(word);
        if (table.isPresent()) return all(table.get(), Rule.READING_TABLE_WORD);
        return List.copyOf(unknownWord(word, tag));
    }

    /** Marks syllables as chosen by the traditional form the text writes. */
    public static List<Choice> fromWrittenForm(List<String> syllables) {
        return all(syllables, Rule.WRITTEN_FORM);
    }

    /** Marks glossary syllables as chosen by the glossary rule. */
    public static List<Choice> fromGlossary(List<String> syllables) {
        return all(syllables, Rule.GLOSSARY);
    }

    /**
     * Revises the choices of a token from the sentence around it: characters chosen only by their common, surname,
     * part-of-speech or classifier reading take their transliteration reading beside characters that spell out
     * foreign names, their after-a-number reading after a number, a function word's reading beside particular
     * words, or their reading in a dictionary word the segmenter cut across. Returns {@code chosen} itself when
     * nothing changes, which is the common case and allocates nothing.
     *
     * @param sentence the sentence, in simplified characters
     * @param start    where the token starts in {@code sentence}
     * @param end      where it ends
     * @param cuts     the offsets in {@code sentence} where its tokens start and end
     * @param tag      the token's part-of-speech tag
     * @param chosen   the token's choices from {@link #explain}
     */
    public List<Choice> inContext(String sentence, int start, int end, BitSet cuts, String tag, List<Choice> chosen) {
        return inContext(sentence, start, end, cuts, null, tag, chosen);
    }

    /**
     * As {@link #inContext(String, int, int, BitSet, String, List)}, with the tags of the sentence's tokens:
     * {@code tags[i]} is the tag of the token that starts at offset {@code i}, {@code null} where none starts; may be
     * {@code null}, and the rules that look at the neighbours' parts of speech then stay silent.
     */
    public List<Choice> inContext(String sentence, int start, int end, BitSet cuts, String[] tags, String tag,
                                  List<Choice> chosen) {
        List<Choice> complement = asComplement(sentence, start, end, tags, chosen);
        if (complement != null) return complement;
        List<Choice> revised = chosen;
        int offset = start;
        for (int i = 0; i < chosen.size(); i++) {
            int cp = sentence.codePointAt(offset);
            Choice c = chosen.get(i);
            // A character with one reading and no note keeps it whatever the sentence says: most characters.
            if (revisable(c.rule()) && (characters.readings(cp).size() > 1 || characters.hasNote(cp))) {
                int at = offset;
                Choice better = transliterated(sentence, at, tag, cp, c)
                        .or(() -> chosen.size() == 1 ? afterNumber(sentence, at, cp, tag) : Optional.empty())
                        .or(() -> chosen.size() == 1 ? byNeighbours(sentence, at, cp) : Optional.empty())
                        .or(() -> chosen.size() == 1 ? byGrammar(sentence, at, cp, end, cuts, tags, tag)
                                : Optional.empty())
                        // A tag that reads the character its common way (都/d dou1) is surer than a word the
                        // segmenter did not make (都会 du1 hui4 in 都/会出现).
                        .or(() -> c.rule() == Rule.PART_OF_SPEECH
                                && c.syllable().equals(commonReading(cp).syllable()) ? Optional.empty()
                                : acrossTokens(sentence, at, cp, c, start, end, cuts))
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
        // 了 between them (笑了起来) leaves the verb before it.
        if (previous > 0 && previous == start - 1 && sentence.charAt(previous) == '了') {
            previous = tokenStartBefore(tags, previous);
        }
        if (previous < 0 || tags[previous] == null
                || !(Tags.isVerb(tags[previous]) || Tags.isAdjective(tags[previous]))) {
            return null;
        }
        for (CedictEntry e : lexicon.lookup(word)) {
            String first = e.definitions().isEmpty() ? "" : e.definitions().get(0);
            if (!first.startsWith("(after a verb") && !first.startsWith("(verb suffix)")) continue;
            List<String> syllables = e.syllables().stream().map(x -> x.toLowerCase(Locale.ROOT)).toList();
            if (syllables.size() != chosen.size()) return null;
            boolean same = true;
            for (int i = 0; i < syllables.size(); i++) same &= syllables.get(i).equals(chosen.get(i).syllable());
            return same ? null : all(syllables, Rule.COMPLEMENT);
        }
        return null;
    }

    /**
     * Directional complements, whose dictionary entries may include one for the word as a verb's suffix. Not 过去,
     * which after a verb is as often its object, "the past" (回顾过去).
     */
    private static final Set<String> COMPLEMENTS = CONTEXT_WORDS.words("complements");

    private static boolean revisable(Rule rule) {
        return rule == Rule.COMMON || rule == Rule.SURNAME || rule == Rule.PART_OF_SPEECH || rule == Rule.CLASSIFIER;
    }

    /** The transliteration reading, when the character has one and a foreign name is being spelt around it. */
    private Optional<Choice> transliterated(String sentence, int at, String tag, int cp, Choice current) {
        Optional<String> reading = characters.transliteration(cp);
        if (reading.isEmpty() || reading.get().equals(current.syllable())) return Optional.empty();
        boolean foreign = Tags.isTransliteratedName(tag) || Tags.isTransliteratedPlace(tag) || spellsForeignName(sentence, at, cp);
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
            if (isTransliterationMark(c)) return true;
            n++;
        }
        return false;
    }

    /**
     * The reading a polyphone has in a dictionary word that spans it and its neighbours in the sentence, where the
     * segmenter cut the sentence elsewhere (轧 in 牛/轧/糖 reads ga2 as in 牛轧糖). The longest such word wins; proper
     * nouns do not count, nor words that would cut into a neighbouring token (还清 in 还/清楚).
     */
    private Optional<Choice> acrossTokens(String sentence, int at, int cp, Choice current, int start, int end,
                                          BitSet cuts) {
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
        if (best == null) return Optional.empty();
        CedictEntry entry = bestEntry(lexicon.lookup(best), best.codePointCount(0, best.length()), false);
        List<String> syllables = entry != null ? entry.syllables() : characters.wordReading(best).orElse(List.of());
        int index = best.codePointCount(0, at - bestAt);
        if (index >= syllables.size()) return Optional.empty();
        String syllable = syllables.get(index).toLowerCase(Locale.ROOT);
        return syllable.equals(current.syllable()) || Syllables.tone(syllable) == 5 ? Optional.empty()
                : Optional.of(new Choice(syllable, Rule.ACROSS_TOKENS));
    }

    /**
     * A function word read by the word next to it: 还 before 了, 给 or 清 that start no word of their own is huan2
     * ("give back": 他还了钱, but 他还了解 is hai2); 儿 closing a phrase after a word is the erhua suffix r5 (画画儿。);
     * 啦 closing a clause is the particle la5 (好啦！) while 啦啦 is la1; 为 after 被, 作 or 改, or before a value that
     * closes the clause, is wei2 ("be, become": 被贬为侯, 型号为XG27).
     */
    private Optional<Choice> byNeighbours(String sentence, int at, int cp) {
        int next = at + Character.charCount(cp);
        int after = next < sentence.length() ? sentence.codePointAt(next) : 0;
        int before = at > 0 ? sentence.codePointBefore(at) : 0;
        if (cp == '还' && "了给清完钱债款".indexOf(after) >= 0 && !lexicon.isWord(sentence, next,
                Math.min(sentence.length(), next + 2))) {
            return Optional.of(new Choice("huan2", Rule.NEIGHBOURS));
        }
        if (cp == '儿' && TokenType.isHan(before) && COUNTING.indexOf(before) < 0
                && (after == 0 || !TokenType.isHan(after) || "的了吧呢吗啊呀".indexOf(after) >= 0)) {
            return Optional.of(new Choice("r5", Rule.NEIGHBOURS));
        }
        if (cp == '啦' && before != '啦' && (after == 0 || !Character.isLetterOrDigit(after))) {
            return Optional.of(new Choice("la5", Rule.NEIGHBOURS));
        }
        if (cp == '为' && ("被作改贬选封立拜升降评列视分化".indexOf(before) >= 0 || valueFollows(sentence, next))) {
            return Optional.of(new Choice("wei2", Rule.NEIGHBOURS));
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
     *   "must" (我得去, 还得走, 所以得多走路), where after a verb or an adjective it is the particle de5 (跑得快);</li>
     *   <li>地 that closes a clause, or comes before 的 or 之, is the noun di4, "the ground" (低头向着地。): the
     *   adverbial particle never does;</li>
     *   <li>率 right after a noun or verb of two or more characters is lv4, "rate" (贡献率, 增长率);</li>
     *   <li>教 before a pronoun and a verb or adjective is jiao4, "to make, to have someone do" (教我坐下, 教他纳罕);</li>
     *   <li>为 before a colon, after 以 earlier in the clause (以…为核心), or before a one-character word of what
     *   something is taken as (捕鱼为业, 以此为荣), is wei2, "to be, to take as".</li>
     * </ul>
     */
    private Optional<Choice> byGrammar(String sentence, int at, int cp, int end, BitSet cuts, String[] tags,
                                       String tag) {
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
        boolean objectAfter = after == '了' && afterParticle != null && (Tags.isNoun(afterParticle)
                && !Tags.isName(afterParticle) || Tags.isNumeral(afterParticle) || Tags.isClassifier(afterParticle));
        if ((after == '着' || after == '了' || after == '过') && cuts.get(next)
                && (next + 1 >= sentence.length() || cuts.get(next + 1)) && (!Tags.isAdjective(tag) || objectAfter)) {
            Optional<String> verbal = characters.beforeAspect(cp);
            if (verbal.isPresent()) return Optional.of(new Choice(verbal.get(), Rule.GRAMMAR));
        }
        // After 的 and before a locative or the clause's end, a character is a noun whatever its tag (的背上 bei4,
        // 的空处 kong4): the table's noun reading.
        if (Tags.isVerb(tag) && before == '的' && cuts.get(at) && cuts.get(next)
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
                // 奔 before a place or thing is ben4, "to head for" (径奔船尾, 直奔主题), not ben1 "to rush".
                if (nextTag != null
                        && (Tags.isNoun(nextTag) && !Tags.isPersonName(nextTag) || Tags.isPlaceWord(nextTag))) {
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
                if (DRYING_VERBS.indexOf(before) >= 0 && cuts.get(at)) return Optional.of(new Choice("gan1", Rule.GRAMMAR));
            }
            case '行' -> {
                // 这行, 哪行, 同行, 干这行: a line of work (hang2); 那行 is "that'll do" (xing2).
                if ("这哪同各本".indexOf(before) >= 0 && (after == 0 || after == '儿' || after == '的'
                        || !TokenType.isHan(after))) {
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
                // After a verb and 不, 得 is the potential complement, "can't be done" (熬不得夜, 近不得台旁): de5,
                // also where the segmenter wrote 不得 as one word after the verb (近/不得/台旁).
                if (before == '不' && tags != null && at >= 1 && (cuts.get(at) ? previousStart > 0 : cuts.get(at - 1))) {
                    int verbStart = tokenStartBefore(tags, cuts.get(at) ? previousStart : at - 1);
                    String verbTag = verbStart < 0 ? null : tags[verbStart];
                    if (verbTag != null && (Tags.isVerb(verbTag) || Tags.isAdjective(verbTag))) {
                        return Optional.of(new Choice("de5", Rule.GRAMMAR));
                    }
                }
                // The particle right after a verb or an adjective stays the particle, whatever word a neighbour
                // would make with it across the cut (急/得/要/哭 is not 得要 dei3 yao4 "must"): de5.
                if (tags != null && cuts.get(at) && cuts.get(next) && Tags.isParticle(tag) && previousTag != null
                        && (Tags.isVerb(previousTag) && !Tags.isVerbalNoun(previousTag) || Tags.isAdjective(previousTag))) {
                    return Optional.of(new Choice("de5", Rule.GRAMMAR));
                }
                // After a verb or an adjective, 得 is the particle (跑得快); after a subject, an adverb, a
                // conjunction or a pause, and before more of the clause, it is "must" (我得去, 还得走, 所以得多走路,
                // ，得想办法).
                boolean afterPredicate = previousTag != null && (Tags.isVerb(previousTag)
                        || Tags.isAdjective(previousTag) || Tags.isStateWord(previousTag) || Tags.isParticle(previousTag));
                boolean moreFollows = after != 0 && (TokenType.isHan(after) || Character.isLetterOrDigit(after))
                        && after != '的' && after != '了';
                if (tags != null && !afterPredicate && moreFollows && (nextTag == null || !Tags.isParticle(nextTag))) {
                    return Optional.of(new Choice("dei3", Rule.GRAMMAR));
                }
            }
            case '罢' -> {
                // A verb and 罢 that close the sentence with ！ or ？ say "do it" (赶紧吃罢！): the particle, ba5.
                // Before a comma it is the verb's completion (说罢，他走了: ba4).
                if (previousTag != null && Tags.isVerb(previousTag) && cuts.get(at) && cuts.get(next)
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
                if (cuts.get(at) && cuts.get(next) && FREE_ROOM_BEFORE.contains(previous)
                        && (after == '了' || after == '处' || after == '儿' || isPause(after))) {
                    return Optional.of(new Choice("kong4", Rule.GRAMMAR));
                }
            }
            case '地' -> {
                // The adverbial particle never closes a clause nor comes before 的 or 之 (低头向着地。, 田地的河流).
                if (after == 0 || "，。！？；、,.!?;…”」』）)的之".indexOf(after) >= 0) {
                    return Optional.of(new Choice("di4", Rule.GRAMMAR));
                }
            }
            case '率' -> {
                if (previousTag != null && (Tags.isNoun(previousTag) || Tags.isVerb(previousTag))
                        && !Tags.isName(previousTag) && !Tags.isVerb(tag) && at - previousStart >= 2) {
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
                if (AS_WHAT.indexOf(after) >= 0 && cuts.get(next) && (next + 1 >= sentence.length()
                        || cuts.get(next + 1))) {
                    return Optional.of(new Choice("wei2", Rule.GRAMMAR));
                }
                for (int i = at - 1; i >= 0 && at - i <= 25; i--) {
                    char c = sentence.charAt(i);
                    if ("，。！？；：,.!?;:".indexOf(c) >= 0) break;
                    if (c == '以' && cuts.get(i) && cuts.get(i + 1)) return Optional.of(new Choice("wei2", Rule.GRAMMAR));
                }
            }
            default -> {
            }
        }
        return Optional.empty();
    }

    /** Whether {@code c} ends the sentence (0) or is a pause in it: a comma, a stop, a question mark. */
    private static boolean isPause(int c) {
        return c == 0 || "，。！？；、,.!?;…".indexOf(c) >= 0;
    }

    /** Words before 空 as free room or time (没有什么空了, 我的空处). */
    private static final Set<String> FREE_ROOM_BEFORE = CONTEXT_WORDS.words("free-room-before");

    /** Whether a token starts at {@code next} and is one of {@code words}. */
    private static boolean nextTokenIn(String sentence, String[] tags, int next, Set<String> words) {
        return tags != null && next < tags.length && tags[next] != null
                && words.contains(tokenAt(sentence, tags, next));
    }

    /** One-character words of what 为 wei2 "as" takes something to be (为业, 为生, 为荣, 为宜). */
    private static final String AS_WHAT = CONTEXT_WORDS.characters("as-what");

    /** What 系 ji4 ties or fastens. */
    private static final Set<String> TIED = CONTEXT_WORDS.words("tied");

    /** What 供 gong4 lays offerings to. */
    private static final Set<String> WORSHIPPED = CONTEXT_WORDS.words("worshipped");

    /** What one learns by heart: 背 before these is bei4, "to recite". */
    private static final Set<String> RECITED = CONTEXT_WORDS.words("recited");

    /** Verbs whose result 干 is "dry" (gan1) right after them. */
    private static final String DRYING_VERBS = CONTEXT_WORDS.characters("drying-verbs");

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
        while (i < sentence.length() && !TokenType.isHan(sentence.charAt(i))
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
        CedictEntry classifier = bestEntry(lexicon.lookup(new String(Character.toChars(cp))).stream()
                .filter(e -> e.definitions().stream().anyMatch(d -> d.startsWith("classifier"))).toList(), 1, null);
        return classifier == null ? Optional.empty()
                : Optional.of(new Choice(classifier.syllables().get(0).toLowerCase(Locale.ROOT), Rule.CLASSIFIER));
    }

    /**
     * The syllables of a word the lexicon does not know: the readings of the longest lexicon words inside it
     * (越桔 in 臭越桔), a surname's reading for the first character of a Chinese personal name, and each other
     * character's most common reading.
     */
    private List<Choice> unknownWord(String word, String tag) {
        List<Choice> result = new ArrayList<>();
        boolean name = Tags.isName(tag);
        int i = 0;
        while (i < word.length()) {
            int end = lexicon.longestWordEnd(word, i, word.length(), w -> !lexicon.lookup(w).isEmpty());
            if (end > i + Character.charCount(word.codePointAt(i))) {
                String part = word.substring(i, end);
                CedictEntry best = bestEntry(lexicon.lookup(part), part.codePointCount(0, part.length()), name);
                if (best != null) {
                    result.addAll(all(best.syllables(), Rule.WORD_PART));
                    i = end;
                    continue;
                }
            }
            int cp = word.codePointAt(i);
            Optional<String> surname = i == 0 && isPersonalName(word, tag) ? surnameReading(cp) : Optional.empty();
            // The last character after a dictionary word reads as a suffix where it has a suffix reading (贡献率 lv4).
            boolean suffix = surname.isEmpty() && i > 0 && i + Character.charCount(cp) == word.length()
                    && !name && !result.isEmpty() && result.get(result.size() - 1).rule() == Rule.WORD_PART;
            // 地 closing an adverb the segmenter wrote as one word (远远地, 轻轻地) is the particle.
            Optional<String> asSuffix = !suffix ? Optional.empty()
                    : cp == '地' && (Tags.isStateWord(tag) || Tags.isAdverb(tag)) ? Optional.of("de5")
                    : characters.asWord(cp, "k");
            result.add(surname.map(s -> new Choice(s, Rule.SURNAME))
                    .or(() -> asSuffix.map(s -> new Choice(s, Rule.WORD_PART)))
                    .orElseGet(() -> commonReading(cp)));
            i += Character.charCount(cp);
        }
        return result;
    }

    /** {@code true} for a Chinese personal name whose second character could be part of a name (not 曾在). */
    private static boolean isPersonalName(String word, String tag) {
        if (!Tags.isPersonName(tag) || Tags.isTransliteratedName(tag)) return false;
        int second = word.offsetByCodePoints(0, 1);
        return second >= word.length() || NOT_IN_NAMES.indexOf(word.codePointAt(second)) < 0;
    }

    /**
     * The reading of a character as a surname: our table's, else the dictionary's surname entry (翟 zhai2, 褚 chu3).
     */
    private Optional<String> surnameReading(int cp) {
        return characters.surname(cp).or(() -> lexicon.lookup(new String(Character.toChars(cp))).stream()
                .filter(e -> e.properNoun() && e.syllables().size() == 1
                        && e.definitions().stream().anyMatch(d -> d.startsWith("surname")))
                .map(e -> e.syllables().get(0).toLowerCase(Locale.ROOT))
                .findFirst());
    }

    /**
     * The entry whose reading fits best: one syllable per character, a proper-noun reading only when the token is
     * a name (or the word has no other; {@code name} {@code null} takes either alike), and among several readings the
     * one made of the characters' most common readings.
     */
    CedictEntry bestEntry(List<CedictEntry> entries, int syllableCount, Boolean name) {
        return bestEntry(entries, syllableCount, name, null);
    }

    /** As {@link #bestEntry(List, int, Boolean)}, for a word of several characters with this tag (or null). */
    CedictEntry bestEntry(List<CedictEntry> entries, int syllableCount, Boolean name, String tag) {
        CedictEntry best = null;
        int bestScore = Integer.MAX_VALUE;
        // Of several readings of one word, the one HanLP's pinyin table gives the word is its everyday one (空地
        // kong4 di4 "open ground", not kong1 di4 "air-to-surface"; 同行 tong2 hang2 "peer").
        // A reading whose senses do not fit the part of speech comes after one whose do (结果 as a noun is jie2 guo3
        // "result", not jie1 guo3 "to bear fruit").
        List<String> table = List.of();
        String first = null;
        boolean several = false;
        for (CedictEntry e : entries) {
            if (syllableCount < 2) break;
            if (e.syllables().size() != syllableCount) continue;
            if (first == null) {
                first = e.syllables().toString();
            } else if (!first.equals(e.syllables().toString())) {
                table = characters.wordReading(e.simplified()).orElse(List.of());
                several = true;
                break;
            }
        }
        for (CedictEntry e : entries) {
            List<String> syllables = e.syllables();
            if (syllables.size() != syllableCount) continue;
            int score = name == null || e.properNoun() == name ? 0 : 1_000;
            score += commonness(e.simplified(), syllables);
            if (sameSyllables(table, syllables)) score -= WORD_TABLE_BONUS;
            if (several && tag != null && !fitsPartOfSpeech(e, tag)) score += MISFIT;
            if (several && namesOtherReading(e, entries)) score -= ALSO_PRONOUNCED_BONUS;
            if (NEUTRAL_TONE_WORDS.contains(e.simplified()) && syllables.stream().anyMatch(x -> x.endsWith("5"))) {
                score -= 100;
            }
            if (score < bestScore) {
                best = e;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * Whether an entry notes that its senses are "also pr." as another entry of the word reads: the dictionary names
     * its own reading the usual one (大都 da4 dou1 "for the most part, also pr. [da4 du1]").
     */
    private static boolean namesOtherReading(CedictEntry e, List<CedictEntry> entries) {
        for (String d : e.definitions()) {
            if (!d.startsWith("also pr. [")) continue;
            int close = d.indexOf(']');
            if (close < 0) continue;
            String other = d.substring("also pr. [".length(), close).toLowerCase(Locale.ROOT);
            for (CedictEntry f : entries) {
                if (f != e && String.join(" ", f.syllables()).toLowerCase(Locale.ROOT).equals(other)) return true;
            }
        }
        return false;
    }

    /** How much an entry that names another entry's reading as "also pr." counts over that entry. */
    static final int ALSO_PRONOUNCED_BONUS = 40;

    /** How much a reading whose senses do not fit the word's part of speech counts against it. */
    static final int MISFIT = 40;

    /**
     * Whether an entry's senses fit a part of speech: a noun's or an adjective's entry has a sense that is not a
     * verb's ("to …"; 好吃 as an adjective is hao3 chi1 "tasty", not hao4 chi1 "to be fond of eating"), a verb's entry
     * a verb's sense; any entry fits other tags.
     */
    private static boolean fitsPartOfSpeech(CedictEntry e, String tag) {
        boolean noun = Tags.isNoun(tag) && !Tags.isName(tag) || Tags.isAdjective(tag);
        boolean verb = Tags.isVerb(tag) && !Tags.isVerbalNoun(tag);
        if (!noun && !verb) return true;
        for (String d : e.definitions()) {
            if (CedictEntry.withoutLabels(d).startsWith("to ") == verb) return true;
        }
        return false;
    }

    /** How much a reading HanLP's pinyin table gives the word counts over the characters' usual readings. */
    static final int WORD_TABLE_BONUS = 30;

    /** Whether two lists of numbered syllables are the same, ignoring case (a name's capital). */
    private static boolean sameSyllables(List<String> a, List<String> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (!a.get(i).equalsIgnoreCase(b.get(i))) return false;
        return true;
    }

    /** The sum, over characters, of the rank of the syllable among the character's readings (0 for the first). */
    private int commonness(String word, List<String> syllables) {
        int score = 0;
        int i = 0;
        for (int offset = 0; offset < word.length() && i < syllables.size(); i++) {
            int cp = word.codePointAt(offset);
            offset += Character.charCount(cp);
            List<String> readings = characters.readings(cp);
            int rank = readings.indexOf(syllables.get(i).toLowerCase(Locale.ROOT));
            score += rank < 0 ? 20 : rank;
        }
        return score;
    }

    /**
     * A character that is a word on its own: by part of speech, as a classifier, as a name the dictionary knows, or
     * by its most common reading: our table's when it orders the character's readings, else the most common of the
     * dictionary's readings of it (which leaves out readings only names have).
     */
    private Choice characterReading(int cp, String tag, List<CedictEntry> entries) {
        String byTag = tagReading(new String(Character.toChars(cp)), tag);
        if (byTag != null) return new Choice(byTag, Rule.PART_OF_SPEECH);
        // A measure word's reading waits for the number before it (inContext): the tagger also calls q many
        // characters of names and compounds it could not place (补阙, 新宿).
        Optional<String> asWord = tag.isEmpty() || Tags.isClassifier(tag) ? Optional.empty() : characters.asWord(cp, tag);
        if (asWord.isPresent()) return new Choice(asWord.get(), Rule.PART_OF_SPEECH);
        CedictEntry best = bestEntry(entries, 1, Tags.isName(tag));
        if (best == null || (characters.hasOrder(cp) && !(best.properNoun() && Tags.isName(tag)))) return commonReading(cp);
        String syllable = best.syllables().get(0).toLowerCase(Locale.ROOT);
        return new Choice(syllable, best.properNoun() && Tags.isName(tag) ? Rule.DICTIONARY_WORD : Rule.COMMON);
    }

    /** The character's most common reading, else the dictionary's reading of it, else {@link #UNKNOWN}. */
    private Choice commonReading(int cp) {
        List<String> readings = characters.readings(cp);
        if (!readings.isEmpty()) return new Choice(readings.get(0), Rule.COMMON);
        CedictEntry entry = bestEntry(lexicon.lookup(new String(Character.toChars(cp))), 1, false);
        return entry == null ? new Choice(UNKNOWN, Rule.NONE)
                : new Choice(entry.syllables().get(0).toLowerCase(Locale.ROOT), Rule.COMMON);
    }

    private static String tagReading(String character, String tag) {
        for (int len = tag.length(); len >= 1; len--) {
            String reading = BY_TAG.get(character + "/" + tag.substring(0, len));
            if (reading != null) return reading;
        }
        return null;
    }

    /** Reads {@code CHARACTER<TAB>TAG<TAB>READING} lines into a map keyed {@code CHARACTER/TAG}. */
    private static Map<String, String> loadReadingsByTag(String name) {
        Map<String, String> byTag = new java.util.HashMap<>();
        for (String line : WordLists.lines(name, false)) {
            String[] f = line.split("\t");
            if (f.length != 3) throw new ZhReaderException(name + ": not CHARACTER<TAB>TAG<TAB>READING: " + line);
            byTag.put(f[0] + "/" + f[1], f[2]);
        }
        return Map.copyOf(byTag);
    }

    private static Set<String> loadWords(String name) {
        return Set.copyOf(WordLists.lines(name, false));
    }

    private static List<Choice> all(List<String> syllables, Rule rule) {
        List<Choice> choices = new ArrayList<>(syllables.size());
        for (String s : syllables) choices.add(new Choice(s.toLowerCase(Locale.ROOT), rule));
        return List.copyOf(choices);
    }
}
