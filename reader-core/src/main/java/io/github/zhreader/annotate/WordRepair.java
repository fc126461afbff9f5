package io.github.zhreader.annotate;

import io.github.zhreader.GlossSource;
import io.github.zhreader.TokenType;
import io.github.zhreader.lexicon.CedictEntry;
import io.github.zhreader.lexicon.Lexicon;
import io.github.zhreader.pinyin.ReadingChooser;
import io.github.zhreader.segment.Segmenter;
import io.github.zhreader.segment.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Corrects the segmenter with the lexicon, only where the segmenter produced a fragment the lexicon does not know:
 * <ol>
 *   <li>merge: consecutive Han pieces whose joined text is a lexicon word are joined when at least one of them is
 *   not a word on its own (扎/克/伯格 becomes 扎克伯格), or when they are two single characters both tagged as
 *   content words (显/卡 becomes 显卡); other pieces that are all words are left as the segmenter decided,
 *   because its statistics know the context and the lexicon does not;</li>
 *   <li>split: a Han piece that is not a word and not a name is cut into the longest lexicon words it contains,
 *   when that cut yields at least one word longer than a character (数据标注 becomes 数据/标注).</li>
 * </ol>
 * Stateless apart from the lexicon; thread-safe.
 */
final class WordRepair {

    /** Longest merge tried, in UTF-16 units; longer CC-CEDICT headwords are rare and mostly full sentences. */
    private static final int MAX_MERGE = 8;

    private final Lexicon lexicon;
    private final Segmenter segmenter;

    WordRepair(Lexicon lexicon, Segmenter segmenter) {
        this.lexicon = lexicon;
        this.segmenter = segmenter;
    }

    /**
     * The repaired pieces of one sentence, whose personal names {@link NameJudge} has judged.
     *
     * @param document the text the sentence belongs to
     * @param explain  receives the decisions on words, with offsets into the sentence; may be null
     */
    List<Piece> repair(
            String sentence, List<Piece> pieces, NameJudge.Document document, Consumer<NameJudge.Decision> explain) {
        List<Piece> joined = foreignNames(sentence, merge(sentence, pieces, explain), explain);
        List<Piece> words = recut(sentence, document.classical(), split(sentence, joined), explain);
        return mixedWords(
                sentence, classifiers(sentence, applyForcedWords(sentence, reduplications(sentence, words), explain)));
    }

    /**
     * Joins the pieces of a foreign name the segmenter cut up into one name (拉/姆/斯/菲/尔德 is 拉姆斯菲尔德, 迈/达/尼 is
     * 迈达尼): a run of at least three characters over two or more pieces, one of them a single character the
     * segmenter could not place, every character one that spells out foreign names, and no character said twice in a
     * row (哈哈哈 is laughter). A word of the dictionary of two characters among them counts only when it is a
     * name or unknown; a longer one is a name of its own (加利福尼亚/弗雷斯诺 stays two names).
     */
    private List<Piece> foreignNames(String sentence, List<Piece> pieces, Consumer<NameJudge.Decision> explain) {
        List<Piece> out = null;
        for (int i = 0; i < pieces.size(); i++) {
            int end = i;
            boolean single = false;
            while (end < pieces.size()
                    && spellsForeignName(sentence, pieces.get(end))
                    && (end == i || adjacent(pieces.get(end - 1), pieces.get(end)))) {
                single |= pieces.get(end).length() == 1;
                end++;
            }
            Piece first = pieces.get(i);
            int length = end > i ? pieces.get(end - 1).end() - first.start() : 0;
            if (end - i < 2
                    || length < 3
                    || !single
                    || repeats(sentence, first.start(), pieces.get(end - 1).end())) {
                if (out != null) out.add(first);
                continue;
            }
            if (out == null) out = new ArrayList<>(pieces.subList(0, i));
            Piece name = new Piece(first.start(), pieces.get(end - 1).end(), TokenType.HAN, "nrf");
            out.add(name);
            if (explain != null) {
                explain.accept(new NameJudge.Decision(
                        name.start(),
                        name.end(),
                        "word",
                        "joined",
                        List.of("a foreign name spelt out, which the segmenter cut into pieces")));
            }
            i = end - 1;
        }
        return out == null ? pieces : out;
    }

    /**
     * Joins Chinese characters and the Latin letters beside them into the word of the dictionary or a glossary they
     * make (T/恤 → T恤 "T-shirt", 卡拉/OK → 卡拉OK, 栓/Q → 栓Q), the letters in any case; the longest such word
     * over up to four adjacent pieces wins. The word is a Chinese token, read and glossed as its headword.
     */
    private List<Piece> mixedWords(String sentence, List<Piece> pieces) {
        List<Piece> out = null;
        for (int i = 0; i < pieces.size(); i++) {
            int end = -1;
            boolean han = pieces.get(i).type() == TokenType.HAN;
            boolean latin = pieces.get(i).type() == TokenType.LATIN;
            for (int j = i + 1; j < pieces.size() && j < i + MIXED_PIECES && (han || latin); j++) {
                Piece p = pieces.get(j);
                // Not adjacent(): that asks for a Han piece on the right, and a letter may come here.
                if (p.start() != pieces.get(j - 1).end() || p.type() != TokenType.HAN && p.type() != TokenType.LATIN) {
                    break;
                }
                han |= p.type() == TokenType.HAN;
                latin |= p.type() == TokenType.LATIN;
                if (han
                        && latin
                        && p.end() - pieces.get(i).start() <= MIXED_LENGTH
                        && lexicon.mixedHeadword(
                                        sentence.substring(pieces.get(i).start(), p.end()))
                                .isPresent()) {
                    end = j;
                }
            }
            if (end < 0) {
                if (out != null) out.add(pieces.get(i));
                continue;
            }
            if (out == null) out = new ArrayList<>(pieces.subList(0, i));
            out.add(new Piece(pieces.get(i).start(), pieces.get(end).end(), TokenType.HAN, "nz"));
            i = end;
        }
        return out == null ? pieces : out;
    }

    private static final int MIXED_PIECES = 4;
    private static final int MIXED_LENGTH = 10;

    /** Whether a piece is Han characters that all spell out foreign names, and no word of its own that is not one. */
    private boolean spellsForeignName(String sentence, Piece p) {
        if (p.type() != TokenType.HAN || Tags.isPunctuation(p.tag())) return false;
        for (int k = p.start(); k < p.end(); k++) {
            if (!FOREIGN_NAME_CHARACTERS.get(sentence.charAt(k))) return false;
        }
        // A name the dictionary knows (加利福尼亚, 伊拉克) is a name of its own, not a piece of the next one.
        if (p.length() >= 3 && lexicon.isWord(p.in(sentence))) return false;
        return p.length() == 1
                || Tags.isPersonName(p.tag())
                || Tags.isPlaceName(p.tag())
                || Tags.isOtherProperNoun(p.tag())
                || Tags.isOrganisation(p.tag())
                || lexicon.lookup(p.in(sentence)).isEmpty();
    }

    /** Whether a character of the span is the one before it (哈哈哈, 拉拉). */
    private static boolean repeats(String sentence, int start, int end) {
        for (int k = start + 1; k < end; k++) if (sentence.charAt(k) == sentence.charAt(k - 1)) return true;
        return false;
    }

    /** The characters that spell out foreign names, and a few more that end such names (夫, 顿, 茨, 赖). */
    private static final java.util.BitSet FOREIGN_NAME_CHARACTERS = new java.util.BitSet(Character.MAX_VALUE + 1);

    static {
        (ReadingChooser.TRANSLITERATION_MARKS + "夫顿茨赖韦").chars().forEach(FOREIGN_NAME_CHARACTERS::set);
    }

    /**
     * Joins a word's AABB form cut after its AA (纷纷/扰/扰), a verb repeated around 一 or 了 (想/一/想, 看/了/看), a
     * two-character verb said twice (研究/研究) and a
     * verb-object word after its verb once more (散/散步) into one token, the reduplicated form, which is glossed
     * through the verb.
     */
    private List<Piece> reduplications(String sentence, List<Piece> pieces) {
        List<Piece> out = null;
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            int end = -1;
            if (isVerb(p) && i + 2 < pieces.size() && p.length() == 1) {
                Piece middle = pieces.get(i + 1);
                Piece again = pieces.get(i + 2);
                if ((middle.is(sentence, "一") || middle.is(sentence, "了"))
                        && adjacent(p, middle)
                        && adjacent(middle, again)
                        && again.sameText(sentence, p)) {
                    end = i + 2;
                }
            }
            // A verb-object word after its verb once more (散/散步, 聊/聊天): the AAB form.
            if (end < 0 && isVerb(p) && p.length() == 1 && i + 1 < pieces.size()) {
                Piece word = pieces.get(i + 1);
                if (isVerb(word)
                        && word.length() == 2
                        && adjacent(p, word)
                        && sentence.charAt(word.start()) == sentence.charAt(p.start())) {
                    end = i + 1;
                }
            }
            // AA then B and B, where AB is a word (纷纷/扰/扰 → 纷纷扰扰, of 纷扰): the AABB form of the word.
            if (end < 0
                    && p.type() == TokenType.HAN
                    && p.length() == 2
                    && i + 2 < pieces.size()
                    && sentence.charAt(p.start()) == sentence.charAt(p.start() + 1)) {
                Piece b = pieces.get(i + 1);
                Piece again = pieces.get(i + 2);
                if (b.length() == 1
                        && again.length() == 1
                        && adjacent(p, b)
                        && adjacent(b, again)
                        && b.type() == TokenType.HAN
                        && again.sameText(sentence, b)
                        && sentence.charAt(b.start()) != sentence.charAt(p.start())
                        && lexicon.isWord(sentence.substring(p.start(), p.start() + 1) + sentence.charAt(b.start()))) {
                    if (out == null) out = new ArrayList<>(pieces.subList(0, i));
                    out.add(new Piece(p.start(), again.end(), TokenType.HAN, "z"));
                    i += 2;
                    continue;
                }
            }
            if (end < 0 && isVerb(p) && p.length() == 2 && i + 1 < pieces.size()) {
                Piece again = pieces.get(i + 1);
                if (adjacent(p, again) && again.sameText(sentence, p)) end = i + 1;
            }
            if (end < 0) {
                if (out != null) out.add(p);
                continue;
            }
            if (out == null) out = new ArrayList<>(pieces.subList(0, i));
            out.add(new Piece(p.start(), pieces.get(end).end(), TokenType.HAN, "v"));
            i = end;
        }
        return out == null ? pieces : out;
    }

    /**
     * The verb of a verb-object word said twice around 了 or 一 before its object (点/了/点头, 点/一点/头, 摇/了/摇头):
     * the reduplicated verb (点了点, 点一点) and the object (头) as two pieces, or {@code null}.
     */
    private Recut verbObjectReduplication(String sentence, List<Piece> pieces, int i) {
        if (i + 2 >= pieces.size()) return null;
        Piece p = pieces.get(i);
        Piece middle = pieces.get(i + 1);
        Piece again = pieces.get(i + 2);
        if (p.type() != TokenType.HAN || p.length() != 1 || !adjacent(p, middle) || !adjacent(middle, again)) {
            return null;
        }
        char verb = sentence.charAt(p.start());
        String m = middle.in(sentence);
        int objectStart;
        if ((m.equals("了") || m.equals("一")) && again.length() == 2 && sentence.charAt(again.start()) == verb) {
            objectStart = again.start() + 1;
        } else if (m.equals("一" + verb) && again.length() == 1) {
            objectStart = again.start();
        } else {
            return null;
        }
        String word = verb + sentence.substring(objectStart, objectStart + 1);
        boolean verbObject = lexicon.lookup(word).stream()
                .anyMatch(e -> !e.properNoun()
                        && !e.definitions().isEmpty()
                        && e.definitions().get(0).startsWith("to "));
        if (!verbObject) return null;
        return new Recut(
                3,
                List.of(
                        new Piece(p.start(), objectStart, TokenType.HAN, "v"),
                        new Piece(objectStart, objectStart + 1, TokenType.HAN, "n")),
                "a verb-object word's verb said twice before its object");
    }

    /**
     * A word beginning with 着 after a verb that takes the aspect particle, cut into 着 and the noun (靠/着火 is
     * 靠/着/火, "leaning by the fire", not "to catch fire").
     */
    private Recut particleAfterVerb(String sentence, List<Piece> pieces, int i) {
        Piece p = pieces.get(i);
        Piece previous = i > 0 ? pieces.get(i - 1) : null;
        boolean split = previous != null
                && previous.length() == 1
                && isVerb(previous)
                && adjacent(previous, p)
                && p.length() == 2
                && sentence.charAt(p.start()) == '着'
                && VERBS_BEFORE_ZHE.indexOf(sentence.charAt(previous.start())) >= 0
                && lexicon.glossaryEntry(p.in(sentence)).isEmpty()
                && lexicon.lookup(sentence.substring(p.start() + 1, p.end())).stream()
                        .anyMatch(e -> !e.properNoun()
                                && !e.definitions().isEmpty()
                                && !e.definitions().get(0).startsWith("to "));
        return split
                ? afterFirstCharacter(p, "uz", "n", "着 after a verb of posture or holding is the aspect particle")
                : null;
    }

    /**
     * A character and 然而 after it, re-cut into the adverb in 然 and 而 where the dictionary has the adverb (欣/然而
     * becomes 欣然/而), and in classical text where the character is an adjective, which 然 makes an adverb (蔚/然而
     * becomes 蔚然/而, 杂/然而 杂然/而): the conjunction 然而 begins a clause, it does not follow a character.
     */
    private Recut adverbInRan(String sentence, boolean classical, List<Piece> pieces, int i) {
        Piece p = pieces.get(i);
        Piece next = i + 1 < pieces.size() ? pieces.get(i + 1) : null;
        boolean cut = next != null
                && p.length() == 1
                && p.type() == TokenType.HAN
                && adjacent(p, next)
                && next.is(sentence, "然而")
                && !Tags.isName(p.tag())
                && (lexicon.isWord(sentence, p.start(), next.start() + 1) || classical && Tags.isAdjective(p.tag()));
        return cut
                ? new Recut(
                        2,
                        List.of(
                                new Piece(p.start(), next.start() + 1, TokenType.HAN, "z"),
                                new Piece(next.start() + 1, next.end(), TokenType.HAN, "c")),
                        "an adverb in 然 before 而")
                : null;
    }

    /**
     * A noun ending in the question particle 呢 or 吗 before a question mark, cut into the noun and the particle
     * (赏什么花呢？ is 花/呢, not 花呢 "tweed"): a question ends in its particle.
     */
    private Recut questionParticle(String sentence, List<Piece> pieces, int i) {
        Piece p = pieces.get(i);
        char last = p.type() == TokenType.HAN && p.length() >= 2 ? sentence.charAt(p.end() - 1) : 0;
        boolean split = (last == '呢' || last == '吗')
                && Tags.isNoun(p.tag())
                && !Tags.isName(p.tag())
                && p.end() < sentence.length()
                && (sentence.charAt(p.end()) == '？' || sentence.charAt(p.end()) == '?')
                && lexicon.isWord(sentence, p.start(), p.end() - 1)
                && lexicon.glossaryEntry(p.in(sentence)).isEmpty();
        return split
                ? new Recut(
                        1,
                        List.of(
                                new Piece(p.start(), p.end() - 1, TokenType.HAN, p.tag()),
                                new Piece(p.end() - 1, p.end(), TokenType.HAN, "y")),
                        "a question ends in its particle")
                : null;
    }

    /**
     * 好 and a verb before 懒 and another verb, cut into the verb 好 "to be fond of" and its verb (好喝/懒做 is 好/喝
     * 懒做, "fond of drinking and too lazy to work", read hao4, not 好喝 "tasty").
     */
    private Recut fondOf(String sentence, List<Piece> pieces, int i) {
        Piece p = pieces.get(i);
        boolean cut = p.type() == TokenType.HAN
                && p.length() == 2
                && sentence.charAt(p.start()) == '好'
                && p.end() < sentence.length()
                && sentence.charAt(p.end()) == '懒'
                && lexicon.lookup(sentence.substring(p.start() + 1, p.end())).stream()
                        .anyMatch(e -> !e.definitions().isEmpty()
                                && e.definitions().get(0).startsWith("to "));
        return cut ? afterFirstCharacter(p, "v", "v", "好 \"fond of\" before 懒") : null;
    }

    /**
     * 算 and 了 closing a clause, or before 吧, joined into the word 算了 "let it be, forget it" (算了吧, 那就算了。),
     * where 算 with 了 and more after it is "to count, to regard as" (他算了一下账).
     */
    private Recut letItBe(String sentence, List<Piece> pieces, int i) {
        if (i + 1 >= pieces.size()) return null;
        Piece p = pieces.get(i);
        Piece le = pieces.get(i + 1);
        if (!p.is(sentence, "算") || !le.is(sentence, "了") || !adjacent(p, le)) return null;
        Piece after = i + 2 < pieces.size() ? pieces.get(i + 2) : null;
        boolean closes = after == null
                || after.type() != TokenType.HAN
                || after.is(sentence, "吧")
                || after.is(sentence, "啦")
                || after.is(sentence, "呗");
        if (!closes || lexicon.lookup("算了").isEmpty()) return null;
        return new Recut(
                2, List.of(new Piece(p.start(), le.end(), TokenType.HAN, "v")), "算了 \"let it be\" closing a clause");
    }

    /**
     * 着眼 or 着手 right after a verb of one character, cut into the aspect particle and the eye or hand it holds
     * (闭/着眼 is 闭 着 眼, "with eyes closed"; 拉/着手 is 拉 着 手), where the words mean "to have in view" and "to set
     * about" after a subject (着眼于未来, 他着手准备).
     */
    private Recut aspectBeforeBodyPart(String sentence, List<Piece> pieces, int i) {
        Piece p = pieces.get(i);
        if (i == 0 || !(p.is(sentence, "着眼") || p.is(sentence, "着手"))) return null;
        Piece verb = pieces.get(i - 1);
        Piece next = i + 1 < pieces.size() ? pieces.get(i + 1) : null;
        boolean cut = verb.type() == TokenType.HAN
                && verb.length() == 1
                && Tags.isVerb(verb.tag())
                && adjacent(verb, p)
                && (next == null || !next.is(sentence, "于"));
        return cut
                ? afterFirstCharacter(p, "uz", "n", "着 the aspect particle after the verb " + verb.in(sentence))
                : null;
    }

    /**
     * 我等, 你等, 他等 or 她等 in modern text, cut into the pronoun and the verb 等 "to wait" (我等着她, 你等一下, 我等了很久):
     * the literary plural "we, you (all)" belongs to classical text, where it stays whole.
     */
    private Recut waitFor(String sentence, boolean classical, List<Piece> pieces, int i) {
        Piece p = pieces.get(i);
        boolean cut = !classical
                && p.type() == TokenType.HAN
                && p.length() == 2
                && sentence.charAt(p.start() + 1) == '等'
                && "我你他她".indexOf(sentence.charAt(p.start())) >= 0;
        return cut ? afterFirstCharacter(p, "r", "v", "等 \"to wait\" after a pronoun in modern text") : null;
    }

    /**
     * 得了 before a noun or pronoun, cut into the verb 得 "to obtain" and the aspect particle (得了/爸爸的指导 is 得/了,
     * "received", not 得了 "all right!").
     */
    private Recut obtained(String sentence, List<Piece> pieces, int i) {
        Piece p = pieces.get(i);
        Piece next = i + 1 < pieces.size() ? pieces.get(i + 1) : null;
        boolean cut = next != null
                && p.is(sentence, "得了")
                && adjacent(p, next)
                && (Tags.isNoun(next.tag()) || Tags.isPronoun(next.tag()) || Tags.isNumeral(next.tag()));
        return cut ? afterFirstCharacter(p, "v", "ul", "得了 before a noun is 得 \"obtained\" and 了") : null;
    }

    /**
     * 得要 right after a verb or an adjective, cut into the particle 得 and the word after it (急/得要/哭 is
     * 急 得 要 哭, "so anxious as to cry", not 得要 "must"); and 不得 after one, cut into 不 and the complement 得
     * (近/不得/台旁 is 近 不 得, "could not get near", not 不得 "must not", which a verb follows: 考核/不得/任免).
     */
    private Recut particleAfterPredicate(String sentence, List<Piece> pieces, int i) {
        Piece p = pieces.get(i);
        Piece previous = i > 0 ? pieces.get(i - 1) : null;
        if (previous == null
                || p.length() != 2
                || !adjacent(previous, p)
                || previous.type() != TokenType.HAN
                || !(isVerb(previous) || Tags.isAdjective(previous.tag()))) {
            return null;
        }
        if (p.is(sentence, "得要")) {
            return afterFirstCharacter(
                    p, "ud", "v", "得 after a verb or an adjective is the particle of degree or result");
        }
        // Before a verb, 不得 is "must not" (考核/不得/任免).
        Piece after = i + 1 < pieces.size() ? pieces.get(i + 1) : null;
        if (p.is(sentence, "不得") && (after == null || !isVerb(after))) {
            return afterFirstCharacter(p, "d", "ud", "不得 after a verb is its potential form, \"cannot be done\"");
        }
        return null;
    }

    /** Pieces {@code [i, i + count)} re-cut as {@code into}, by the rule {@code why}. */
    private record Recut(int count, List<Piece> into, String why) {}

    /** Piece {@code p} of two characters or more cut after its first, the two parts tagged as given. */
    private static Recut afterFirstCharacter(Piece p, String firstTag, String restTag, String why) {
        return new Recut(
                1,
                List.of(
                        new Piece(p.start(), p.start() + 1, TokenType.HAN, firstTag),
                        new Piece(p.start() + 1, p.end(), TokenType.HAN, restTag)),
                why);
    }

    /**
     * Re-cuts small spans the segmenter read against the grammar around them: 着 after a verb of posture, an
     * adverb in 然 before 而, a question's final particle, a verb-object word's verb said twice, 好 "fond of"
     * before 懒, 得了 "obtained" before a noun, 得 and 不得 after a verb, a prefix before a compound and a unit of the
     * date before a word;
     * {@code explain}, if not null, hears each re-cut with its rule.
     */
    private List<Piece> recut(
            String sentence, boolean classical, List<Piece> pieces, Consumer<NameJudge.Decision> explain) {
        List<Piece> out = null;
        for (int i = 0; i < pieces.size(); i++) {
            Recut r = particleAfterVerb(sentence, pieces, i);
            if (r == null) r = adverbInRan(sentence, classical, pieces, i);
            if (r == null) r = questionParticle(sentence, pieces, i);
            if (r == null) r = verbObjectReduplication(sentence, pieces, i);
            if (r == null) r = fondOf(sentence, pieces, i);
            if (r == null) r = waitFor(sentence, classical, pieces, i);
            if (r == null) r = aspectBeforeBodyPart(sentence, pieces, i);
            if (r == null) r = letItBe(sentence, pieces, i);
            if (r == null) r = obtained(sentence, pieces, i);
            if (r == null) r = particleAfterPredicate(sentence, pieces, i);
            if (r == null) r = prefixOnCompound(sentence, pieces, i);
            if (r == null) r = dateBeforeName(sentence, pieces, i);
            if (r == null) {
                if (out != null) out.add(pieces.get(i));
                continue;
            }
            if (out == null) out = new ArrayList<>(pieces.subList(0, i));
            out.addAll(r.into());
            if (explain != null) {
                explain.accept(new NameJudge.Decision(
                        pieces.get(i).start(),
                        pieces.get(i + r.count() - 1).end(),
                        "word",
                        "re-cut as "
                                + String.join(
                                        " ",
                                        r.into().stream()
                                                .map(x -> x.in(sentence))
                                                .toList()),
                        List.of(r.why())));
            }
            i += r.count() - 1;
        }
        return out == null ? pieces : out;
    }

    /**
     * A prefix the segmenter left alone before a compound whose first word it belongs to (亚/热带雨林 is 亚热带/雨林,
     * "subtropical rainforest"): a one-character prefix or abbreviation, then a token of four or more characters
     * made of two dictionary words of two or more characters, the first of which makes a dictionary word with the
     * prefix. The pieces keep the compound's tag.
     */
    private Recut prefixOnCompound(String sentence, List<Piece> pieces, int i) {
        Piece p = pieces.get(i);
        if (p.type() != TokenType.HAN
                || p.length() != 1
                || !(Tags.isPrefix(p.tag()) || Tags.isAbbreviation(p.tag()))
                || i + 1 >= pieces.size()) {
            return null;
        }
        Piece next = pieces.get(i + 1);
        if (next.type() != TokenType.HAN || !adjacent(p, next) || next.length() < 4) return null;
        for (int cut = next.end() - 2; cut >= next.start() + 2; cut--) {
            if (Character.isLowSurrogate(sentence.charAt(cut))) continue;
            if (lexicon.isWord(sentence, next.start(), cut)
                    && lexicon.isWord(sentence, p.start(), cut)
                    && lexicon.isWord(sentence, cut, next.end())) {
                return new Recut(
                        2,
                        List.of(
                                new Piece(p.start(), cut, TokenType.HAN, next.tag()),
                                new Piece(cut, next.end(), TokenType.HAN, next.tag())),
                        "a prefix goes with the first word of the compound after it");
            }
        }
        return null;
    }

    /**
     * A proper noun that begins with a unit of the date, right after a number, is the date and the word after it:
     * 31/日电 is 31 日 电, "dispatch of the 31st", not 日电 "NEC".
     */
    private Recut dateBeforeName(String sentence, List<Piece> pieces, int i) {
        Piece p = pieces.get(i);
        if (i == 0 || p.type() != TokenType.HAN || p.length() < 2 || "日月年号".indexOf(sentence.charAt(p.start())) < 0) {
            return null;
        }
        Piece previous = pieces.get(i - 1);
        boolean afterNumber =
                adjacent(previous, p) && (previous.type() == TokenType.NUMBER || Tags.isNumeral(previous.tag()));
        if (!afterNumber || !lexicon.isWord(sentence, p.start() + 1, p.end())) return null;
        List<CedictEntry> entries = lexicon.lookup(p.in(sentence));
        if (entries.isEmpty() || !entries.stream().allMatch(CedictEntry::properNoun)) return null;
        return afterFirstCharacter(p, "q", "n", "a unit of the date after a number");
    }

    /** Verbs of posture, holding and contact, which 着 follows as the aspect particle (靠着, 坐着, 拿着). */
    private static final String VERBS_BEFORE_ZHE = "靠坐站躺蹲跪趴倚拿抱背扶握抓牵拉提举捧端搂挽揣守围挨贴烤对朝向望盯";

    private static boolean isVerb(Piece p) {
        return p.type() == TokenType.HAN && Tags.isVerb(p.tag());
    }

    private static boolean adjacent(Piece left, Piece right) {
        return right.type() == TokenType.HAN && left.end() == right.start();
    }

    /**
     * Tags a single character after a number as a classifier when the dictionary knows it as one: 三/把/椅子 has
     * the classifier 把, whatever the segmenter tagged it; and one tagged as a classifier before an aspect particle
     * as the verb it is (点/了/菜); and a verb after 的 as the noun it is used as (的/分佈/中心, tag vn).
     */
    private List<Piece> classifiers(String sentence, List<Piece> pieces) {
        List<Piece> out = new ArrayList<>(pieces);
        for (int i = 0; i + 1 < out.size(); i++) {
            Piece p = out.get(i);
            Piece next = out.get(i + 1);
            // A verb of two or more characters after 的, with no aspect particle after it, is used as a noun (的/分佈);
            // a verb of one character is a noun there when an adverb or the clause's end follows (这页的画很好看).
            boolean afterDe = i > 0
                    && p.tag().equals("v")
                    && out.get(i - 1).length() == 1
                    && sentence.charAt(out.get(i - 1).start()) == '的'
                    && adjacent(out.get(i - 1), p);
            if (afterDe
                    && p.length() >= 2
                    && !(next.length() == 1 && "了着过".indexOf(sentence.charAt(next.start())) >= 0)) {
                out.set(i, new Piece(p.start(), p.end(), p.type(), "vn"));
                continue;
            }
            if (afterDe && p.length() == 1 && (next.type() == TokenType.PUNCTUATION || Tags.isAdverb(next.tag()))) {
                out.set(i, new Piece(p.start(), p.end(), p.type(), "n"));
                continue;
            }
            // A "classifier" before an aspect particle is a verb (他点/了/菜).
            if (p.type() == TokenType.HAN
                    && p.length() == 1
                    && Tags.isClassifier(p.tag())
                    && adjacent(p, next)
                    && next.length() == 1
                    && "了着过".indexOf(sentence.charAt(next.start())) >= 0
                    && lexicon.lookup(p.in(sentence)).stream()
                            .anyMatch(e -> e.definitions().stream().anyMatch(d -> d.startsWith("to ")))) {
                out.set(i, new Piece(p.start(), p.end(), p.type(), "v"));
            }
        }
        for (int i = 1; i < out.size(); i++) {
            Piece previous = out.get(i - 1);
            Piece p = out.get(i);
            // After a demonstrative and before a noun, a character that can be a classifier is one (这/只/猫).
            boolean demonstrative = previous.length() == 1
                    && DEMONSTRATIVES.indexOf(sentence.charAt(previous.start())) >= 0
                    && i + 1 < out.size()
                    && adjacent(p, out.get(i + 1))
                    && Tags.isNoun(out.get(i + 1).tag())
                    && !Tags.isPersonName(out.get(i + 1).tag());
            boolean afterNumber = demonstrative
                    || previous.type() == TokenType.NUMBER
                    || previous.tag().equals("m");
            if (!afterNumber || p.type() != TokenType.HAN || p.length() != 1 || Tags.isClassifier(p.tag())) continue;
            boolean isClassifier = lexicon.lookup(p.in(sentence)).stream()
                    .anyMatch(e -> e.definitions().stream().anyMatch(d -> d.startsWith("classifier")));
            if (isClassifier) out.set(i, new Piece(p.start(), p.end(), p.type(), "q"));
        }
        return out;
    }

    /** Demonstratives and quantifiers a classifier follows (这只猫, 每本书). */
    private static final String DEMONSTRATIVES = "这那每哪某各几";

    /**
     * Applies the glossaries' segmentation rules and long glossary words: wherever a rule's text occurs, the
     * pieces it overlaps are cut so that the rule's words are tokens (对数/据 becomes 对/数据 under the rule
     * {@code 对数据 = 对 数据}); a glossary headword of {@value #FORCED_LENGTH} or more characters that the segmenter
     * cut across becomes one token (淘金/热中 becomes 淘金热/中), and so does a word of the user's own glossary of
     * two characters or more (补贴/吧 becomes 补/贴吧 when the user's glossary has 贴吧): the user has said it is a
     * word, which wins over what the segmenter and the dictionary decide. What the overlapped pieces held outside is
     * cut into dictionary words.
     *
     * @param explain receives each word forced whole, with the reason; may be null
     */
    private List<Piece> applyForcedWords(String sentence, List<Piece> pieces, Consumer<NameJudge.Decision> explain) {
        List<Piece> out = new ArrayList<>(pieces.size());
        int[] hashes = new int[lexicon.maxGlossaryWordLength() + 1];
        // The end of the run of adjacent Han pieces that piece i is in, worked out once for each run.
        int hanEnd = -1;
        int i = 0;
        while (i < pieces.size()) {
            Piece p = pieces.get(i);
            if (p.type() == TokenType.HAN && p.end() > hanEnd) hanEnd = hanRunEnd(pieces, i);
            Forced forced = p.type() == TokenType.HAN ? forcedAt(sentence, pieces, i, hanEnd, hashes) : null;
            if (forced == null) {
                out.add(p);
                i++;
                continue;
            }
            int j = i;
            while (j < pieces.size() && pieces.get(j).start() < forced.end()) j++;
            int regionEnd = pieces.get(j - 1).end();
            for (int[] r : lexicon.longestWords(sentence, p.start(), forced.start()))
                out.add(Piece.cutAfresh(sentence, segmenter, r[0], r[1]));
            if (explain != null && forced.reason() != null) {
                explain.accept(new NameJudge.Decision(
                        forced.start(), forced.end(), "word", "kept whole", List.of(forced.reason())));
            }
            int at = forced.start();
            for (String part : forced.parts()) {
                out.add(Piece.cutAfresh(sentence, segmenter, at, at + part.length()));
                at += part.length();
            }
            for (int[] r : lexicon.longestWords(sentence, forced.end(), regionEnd))
                out.add(Piece.cutAfresh(sentence, segmenter, r[0], r[1]));
            i = j;
        }
        return out;
    }

    /** Glossary words at least this long (in characters) are kept whole even across the segmenter's cuts. */
    static final int FORCED_LENGTH = 3;

    /** A span of the sentence that must be cut into the given parts; a word made whole says why. */
    private record Forced(int start, int end, List<String> parts, String reason) {}

    /**
     * The first forced span starting inside piece {@code i}: a segmentation rule's text, or a long glossary word
     * that does not line up with the pieces; only within consecutive Han pieces, which end at {@code hanEnd}.
     * {@code hashes} is room for the hashes of the spans tried.
     */
    private Forced forcedAt(String sentence, List<Piece> pieces, int i, int hanEnd, int[] hashes) {
        Piece p = pieces.get(i);
        for (int start = p.start(); start < p.end(); start++) {
            if (start + 1 >= hanEnd
                    || !lexicon.mayStartGlossaryWord(sentence.charAt(start), sentence.charAt(start + 1))) {
                continue;
            }
            int limit = Math.min(hanEnd, start + lexicon.maxGlossaryWordLength());
            // hashes[k]: the hash of sentence[start, start + k), so spans no glossary has are skipped unmade.
            for (int k = 1; start + k <= limit; k++) hashes[k] = 31 * hashes[k - 1] + sentence.charAt(start + k - 1);
            for (int end = limit; end > start + 1; end--) {
                if (!lexicon.mayBeGlossaryWord(hashes[end - start])) continue;
                String text = sentence.substring(start, end);
                Optional<List<String>> rule = lexicon.segmentationRule(text);
                if (rule.isPresent()) return new Forced(start, end, rule.get(), null);
                if (alignsWithPieces(pieces, i, start, end) || !isGlossaryWord(text)) continue;
                if (isUserWord(text)) return new Forced(start, end, List.of(text), "a word of the user's glossary");
                if (text.codePointCount(0, text.length()) >= FORCED_LENGTH) {
                    return new Forced(
                            start, end, List.of(text), "a glossary word of " + FORCED_LENGTH + " or more characters");
                }
            }
        }
        return null;
    }

    /** The end of the run of adjacent Han pieces that begins with piece {@code i}. */
    private static int hanRunEnd(List<Piece> pieces, int i) {
        int end = pieces.get(i).end();
        for (int k = i + 1;
                k < pieces.size()
                        && pieces.get(k).type() == TokenType.HAN
                        && pieces.get(k).start() == pieces.get(k - 1).end();
                k++) {
            end = pieces.get(k).end();
        }
        return end;
    }

    private static boolean alignsWithPieces(List<Piece> pieces, int from, int start, int end) {
        boolean startOk = false;
        for (int k = from; k < pieces.size() && pieces.get(k).start() <= end; k++) {
            if (pieces.get(k).start() == start) startOk = true;
            if (pieces.get(k).end() == end) return startOk;
        }
        return false;
    }

    private List<Piece> merge(String sentence, List<Piece> pieces, Consumer<NameJudge.Decision> explain) {
        List<Piece> out = new ArrayList<>(pieces.size());
        Boolean[] words = new Boolean[pieces.size()];
        int i = 0;
        while (i < pieces.size()) {
            Piece first = pieces.get(i);
            int joined = first.type() == TokenType.HAN ? longestMerge(sentence, pieces, i, words, explain) : i + 1;
            if (joined > i + 1) {
                Piece last = pieces.get(joined - 1);
                String word = sentence.substring(first.start(), last.end());
                // Chinese compounds take the part of speech of their last part (散/户 is a noun like 户).
                String tag = lexicon.lookup(word).stream().allMatch(e -> e.properNoun()) ? "nz" : last.tag();
                out.add(new Piece(first.start(), last.end(), TokenType.HAN, tag));
            } else {
                out.add(first);
            }
            i = joined;
        }
        return out;
    }

    /**
     * The end index (exclusive) of the longest mergeable run starting at {@code from}, or {@code from + 1}.
     *
     * @param explain receives the word made whole, with the reason, or each dictionary word left cut, with the
     *                reason; may be null
     */
    private int longestMerge(
            String sentence, List<Piece> pieces, int from, Boolean[] words, Consumer<NameJudge.Decision> explain) {
        int end = from + 1;
        int best = from + 1;
        String bestReason = null;
        List<NameJudge.Decision> leftCut = explain == null ? null : new ArrayList<>();
        int start = pieces.get(from).start();
        // No word of the dictionary or a glossary begins with these two characters: nothing is tried.
        if (start + 1 < sentence.length()
                && !lexicon.mayStartWord(sentence.charAt(start), sentence.charAt(start + 1))) {
            return best;
        }
        int hash = Lexicon.hash(sentence, start, pieces.get(from).end());
        while (end < pieces.size()) {
            Piece next = pieces.get(end);
            if (next.type() != TokenType.HAN
                    || next.start() != pieces.get(end - 1).end()) break;
            if (next.end() - start > MAX_MERGE) break;
            end++;
            for (int i = next.start(); i < next.end(); i++) hash = 31 * hash + sentence.charAt(i);
            // Most joined spans are no headword: skip them before asking whether the pieces are words.
            if (!lexicon.mayBeWord(hash)) continue;
            String reason = null;
            if (lexicon.isWord(sentence, start, next.end(), hash)) {
                reason = joinReason(sentence, pieces, from, end, words);
                if (reason == null && leftCut != null) {
                    leftCut.add(new NameJudge.Decision(
                            start, next.end(), "word", "left cut", List.of(whyApart(sentence, pieces, from, end))));
                }
            }
            if (reason == null
                    && lexicon.mayBeGlossaryWord(hash)
                    && isGlossaryWord(sentence.substring(start, next.end()))) {
                reason = "a glossary word";
            }
            if (reason != null) {
                best = end;
                bestReason = reason;
            }
        }
        if (explain != null) {
            if (bestReason != null) {
                explain.accept(new NameJudge.Decision(
                        start, pieces.get(best - 1).end(), "word", "kept whole", List.of(bestReason)));
            } else {
                leftCut.forEach(explain);
            }
        }
        return best;
    }

    /**
     * Why pieces {@code [from, to)}, which make a dictionary word, are joined into it, or {@code null} when they
     * stay as the segmenter cut them.
     */
    private String joinReason(String sentence, List<Piece> pieces, int from, int to, Boolean[] words) {
        if (hasFragment(sentence, pieces, from, to, words)) return "a piece that is not a word on its own";
        if (to == from + 2 && isContentCharacter(pieces.get(from))) {
            if (isContentCharacter(pieces.get(from + 1))) return "two single characters tagged as content words";
            if (modifiesNoun(sentence, pieces, from)) return "a noun and a locative before a noun";
        }
        return rarelyApart(sentence, pieces, from, to);
    }

    /** Why pieces {@code [from, to)} that make a dictionary word stay apart: for the debug view only. */
    private String whyApart(String sentence, List<Piece> pieces, int from, int to) {
        StringBuilder pairs = new StringBuilder();
        for (int k = from; k < to; k++) {
            Piece p = pieces.get(k);
            if (Tags.isName(p.tag())) return p.in(sentence) + " is a name";
            if (Tags.isNumeral(p.tag()) && !p.is(sentence, "半")) return p.in(sentence) + " is a number";
            if (k > from) {
                int pair = segmenter.pairFrequency(pieces.get(k - 1).in(sentence), p.in(sentence));
                if (!pairs.isEmpty()) pairs.append(", ");
                pairs.append(pieces.get(k - 1).in(sentence))
                        .append('/')
                        .append(p.in(sentence))
                        .append(' ')
                        .append(pair < 0 ? "never seen" : "written apart " + pair + " times");
            }
        }
        return "each piece a word; in HanLP's corpus " + pairs;
    }

    /**
     * Whether pieces {@code [from, to)}, which make a dictionary word, are better read as that word:
     * <ul>
     *   <li>an idiom the segmenter cut into single characters but one (天/无/绝/人/之/路): the characters of a
     *   four-character idiom read one by one make no sense;</li>
     *   <li>two single characters that make one of the {@value #FREQUENT_WORD_RANK} most frequent words of the
     *   segmenter's list (正/在, 只/有);</li>
     *   <li>three characters with 得 in the middle (用/得/着, 不/得/不): a verb and its potential complement,
     *   which the dictionary reads as one word and with the complement's own reading (着 zháo);</li>
     *   <li>single characters ending in one whose first CC-CEDICT sense is a bound form (社 in 中/新/社), which
     *   does not stand alone, and which the corpus seldom wrote apart from the character before it;</li>
     *   <li>a phrase of {@value #LONG_PHRASE} or more characters cut into words that the segmenter's corpus never
     *   wrote side by side (一发/不可收拾);</li>
     *   <li>pieces, at least one a single character, that the segmenter's corpus never or almost never wrote side
     *   by side as separate words ({@link Segmenter#pairFrequency}): where the dictionary has them as one word
     *   (贴/吧, 外/包, 表情/包), that word is the reading, while pieces the corpus often writes apart (拿/出, 在/家,
     *   一/个) stay as the segmenter cut them.</li>
     * </ul>
     * Names, numbers (other than 半) and punctuation are never joined.
     */
    private String rarelyApart(String sentence, List<Piece> pieces, int from, int to) {
        int singles = 0;
        for (int k = from; k < to; k++) {
            Piece p = pieces.get(k);
            // 半 is a numeral that makes words (下/半/场 is 下半场, the second half), not a number.
            boolean number = Tags.isNumeral(p.tag()) && !p.is(sentence, "半");
            if (Tags.isName(p.tag()) || number || Tags.isPunctuation(p.tag())) return null;
            if (p.length() == 1) singles++;
        }
        String text =
                sentence.substring(pieces.get(from).start(), pieces.get(to - 1).end());
        // A long set phrase cut into words the corpus never wrote side by side (一发/不可收拾) is the phrase.
        boolean longPhrase = singles == 0 && text.length() >= LONG_PHRASE;
        if (singles == 0 && !longPhrase) return null;
        // A phrase the glossary lets other words stand inside is found as an expression over its parts.
        if (lexicon.glossaryEntries(text).stream().anyMatch(e -> e.separable())) return null;
        int count = to - from;
        // Two characters that make one of the most frequent words (正/在 is 正在, 只/有 只有): the word.
        if (count == 2
                && singles == 2
                && segmenter.frequencyRank(text).orElse(Integer.MAX_VALUE) <= FREQUENT_WORD_RANK) {
            return "one of the " + FREQUENT_WORD_RANK + " most frequent words";
        }
        if (count >= 3 && singles >= count - 1 && text.length() >= 4 && isIdiom(text)) {
            return "an idiom cut into single characters";
        }
        if (count == 3 && singles == 3 && text.charAt(1) == '得') return "a verb with its potential complement";
        Piece last = pieces.get(to - 1);
        if (singles == count && boundForm(last.in(sentence))) {
            int pair = segmenter.pairFrequency(pieces.get(to - 2).in(sentence), last.in(sentence));
            if (pair >= 0 && pair <= RARELY_APART) {
                return "ends in a character that is a bound form, which HanLP's corpus seldom wrote apart";
            }
        }
        for (int k = from + 1; k < to; k++) {
            int pair = segmenter.pairFrequency(
                    pieces.get(k - 1).in(sentence), pieces.get(k).in(sentence));
            if (pair < 0 || pair > (longPhrase ? 0 : RARELY_APART)) return null;
        }
        return longPhrase
                ? "a long phrase whose words HanLP's corpus never wrote side by side"
                : "pieces HanLP's corpus wrote apart at most " + RARELY_APART + " time";
    }

    /** A single character whose first CC-CEDICT sense is a bound form: it does not stand alone as a word. */
    private boolean boundForm(String character) {
        List<CedictEntry> entries = lexicon.lookup(character);
        return !entries.isEmpty()
                && entries.stream()
                        .allMatch(e -> e.definitions().isEmpty()
                                || e.definitions().get(0).startsWith("(bound form)"));
    }

    /** A dictionary word one of whose senses CC-CEDICT marks as an idiom. */
    private boolean isIdiom(String text) {
        return lexicon.lookup(text).stream()
                .anyMatch(e -> e.definitions().stream().anyMatch(d -> d.contains("(idiom")));
    }

    /**
     * Two single characters that make one of this many most frequent words of the segmenter's list are joined: a
     * word so common is the better reading of its characters side by side (measured on PKU: 100 spans right, 69
     * wrong).
     */
    static final int FREQUENT_WORD_RANK = 1000;

    /** Dictionary phrases at least this long (in characters) are joined from words never written side by side. */
    static final int LONG_PHRASE = 5;

    /** The most times the segmenter's corpus may have written two pieces apart for the dictionary word to win. */
    static final int RARELY_APART = 1;

    /** Whether one of pieces {@code [from, to)} is not a lexicon word. */
    private boolean hasFragment(String sentence, List<Piece> pieces, int from, int to, Boolean[] words) {
        for (int k = from; k < to; k++) {
            if (!isWord(sentence, pieces, k, words)) return true;
        }
        return false;
    }

    /** Whether piece {@code i} is a lexicon word, asked once per piece and kept in {@code words}. */
    private boolean isWord(String sentence, List<Piece> pieces, int i, Boolean[] words) {
        Boolean known = words[i];
        if (known == null)
            words[i] = known = lexicon.isWord(
                    sentence, pieces.get(i).start(), pieces.get(i).end());
        return known;
    }

    /** Whether a user's glossary has {@code text} as a word used whole (not a phrase others stand inside). */
    private boolean isUserWord(String text) {
        return lexicon.glossaryEntries(text).stream().anyMatch(e -> e.source() == GlossSource.USER && !e.separable());
    }

    /** A glossary headword that is used whole (not a phrase other words can stand inside): one token. */
    private boolean isGlossaryWord(String text) {
        return lexicon.glossaryEntry(text).filter(e -> !e.separable()).isPresent();
    }

    /**
     * Whether single pieces {@code from} (a noun) and {@code from + 1} (a locative: 上, 下, 中, 内, 外) stand
     * before a noun with nothing between: a place phrase (线/上, "on the line") does not modify a noun without
     * 的, so a common word they make there is the reading (线上鉴宝节目, "an online programme").
     */
    private boolean modifiesNoun(String sentence, List<Piece> pieces, int from) {
        Piece locative = pieces.get(from + 1);
        if (locative.length() != 1
                || !Tags.isLocative(locative.tag())
                || !Tags.isNoun(pieces.get(from).tag())
                || from + 2 >= pieces.size()) {
            return false;
        }
        Piece after = pieces.get(from + 2);
        return after.type() == TokenType.HAN
                && after.start() == locative.end()
                && SenseOrder.isNounTag(after.tag())
                && !lexicon.lookup(sentence.substring(pieces.get(from).start(), locative.end())).stream()
                        .allMatch(e -> e.properNoun());
    }

    /**
     * A single character the segmenter left alone and tagged as a content word (not a particle, preposition,
     * conjunction, pronoun, adverb, numeral, classifier or punctuation): two of these side by side that make a
     * dictionary word are usually a word HanLP's small core dictionary lacks (显/卡, 打/造, 估/值).
     */
    private static boolean isContentCharacter(Piece p) {
        if (p.length() != 1) return false;
        String t = p.tag();
        return !t.isEmpty() && "upcyeordmqfw".indexOf(t.charAt(0)) < 0;
    }

    private List<Piece> split(String sentence, List<Piece> pieces) {
        List<Piece> out = new ArrayList<>(pieces.size());
        for (Piece p : pieces) {
            if (p.type() != TokenType.HAN
                    || p.length() < 3
                    || Tags.isName(p.tag())
                    || Tags.isNumeral(p.tag())
                    || lexicon.isWord(p.in(sentence))
                    || segmenter.frequencyRank(p.in(sentence)).isPresent()) {
                out.add(p);
                continue;
            }
            List<int[]> parts = lexicon.longestWords(sentence, p.start(), p.end());
            boolean useful = parts.size() > 1 && parts.stream().anyMatch(r -> r[1] - r[0] > 1);
            if (!useful) {
                out.add(p);
                continue;
            }
            for (int[] r : parts) out.add(Piece.cutAfresh(sentence, segmenter, r[0], r[1]));
        }
        return out;
    }
}
