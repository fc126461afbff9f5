package io.github.zhreader.annotate;

import io.github.zhreader.TokenType;
import io.github.zhreader.lexicon.Glossary;
import io.github.zhreader.lexicon.GlossaryEntry;
import io.github.zhreader.lexicon.Lexicon;
import io.github.zhreader.segment.Tags;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds glossary phrases spread over several tokens of a sentence: a phrase whose words the segmenter kept apart
 * (薅/羊毛), and a separable phrase with other words inside it (薅/了/羊毛, 挂着/梯子, 薅/国家/的/羊毛).
 *
 * <p>Only small words may stand inside a separated phrase, which keeps look-alikes out: aspect particles
 * (了 着 过), numbers and classifiers (个 点 一 次), pronouns, adjectives, and a noun or pronoun followed by
 * the possessive 的 (割散户的韭菜). A 的 right after the verb part, a particle, a verb or an adverb makes the
 * rest a description, not the phrase (挂着的梯子 is a ladder that hangs there), so it stops the match; so does a
 * measure word of a physical quantity (割了一把韭菜). An entry can name the only words allowed
 * inside ({@code split: 挂…梯子 with 着 了}). At most {@value #MAX_GAP_PIECES} tokens and {@value #MAX_GAP_CHARS}
 * characters stand inside.
 *
 * <p>Immutable and thread-safe.
 */
final class ExpressionFinder {

    static final int MAX_GAP_PIECES = 3;
    static final int MAX_GAP_CHARS = 5;
    private static final int MAX_PIECES = 6;
    private static final Set<String> ASPECT = Set.of("了", "着", "著", "过");

    /** Modal verbs, which the segmenter sometimes joins to the verb after them (想见, 要帮). */
    private static final String MODALS = "想要能会可该肯敢愿";

    /** Personal pronouns, which follow a verb as its indirect object or possessor (上你当, 生他的气). */
    private static final Set<String> PRONOUNS =
            Set.of("我", "你", "他", "她", "它", "您", "我们", "你们", "他们", "她们", "人家", "咱", "咱们");
    /**
     * Measure words of physical quantities: a phrase whose object is counted with one of them is meant literally
     * (割了一把韭菜 is cutting a handful of chives; 割了一波韭菜 is fleecing a wave of investors).
     */
    private static final Set<String> CONCRETE_MEASURES = Set.of(
            "把", "捆", "束", "根", "斤", "公斤", "棵", "株", "片", "块", "条", "颗", "粒", "袋", "盒", "箱", "瓶", "杯", "碗", "盘", "张",
            "头", "匹", "朵", "堆", "筐", "篮", "桶", "吨", "米", "双", "件", "副", "架", "辆");

    private final Lexicon lexicon;
    /** Separable entries by their first part, in the lexicon's order of precedence. */
    private final Map<String, List<GlossaryEntry>> byFirstPart;
    /** The first characters of those first parts, so that most tokens are passed over without a look-up. */
    private final String firstPartStarts;
    /** The separable verb-object words, found only where their parts are apart; made when first needed. */
    private volatile SeparableWords words;

    ExpressionFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
        Map<String, List<GlossaryEntry>> index = new HashMap<>();
        for (Glossary g : lexicon.glossaries()) {
            for (GlossaryEntry e : g.entries()) {
                if (e.separable())
                    index.computeIfAbsent(e.parts().get(0), k -> new ArrayList<>())
                            .add(e);
            }
        }
        this.byFirstPart = Map.copyOf(index);
        StringBuilder starts = new StringBuilder();
        for (String part : index.keySet()) if (starts.indexOf(part.substring(0, 1)) < 0) starts.append(part.charAt(0));
        this.firstPartStarts = starts.toString();
    }

    private SeparableWords words() {
        SeparableWords w = words;
        if (w == null) words = w = SeparableWords.of(lexicon);
        return w;
    }

    /** A phrase found: the entry and the spans of its parts, as offsets into the sentence. */
    record Match(GlossaryEntry entry, List<int[]> parts, boolean separated) {}

    List<Match> find(String sentence, List<Piece> pieces) {
        List<Match> found = new ArrayList<>();
        int coveredUntil = 0;
        for (int i = 0; i < pieces.size(); i++) {
            if (pieces.get(i).type() != TokenType.HAN || pieces.get(i).start() < coveredUntil) continue;
            int at = i;
            Optional<Match> m = contiguous(sentence, pieces, at)
                    .or(() -> separated(sentence, pieces, at))
                    .or(() -> separatedWord(sentence, pieces, at));
            if (m.isPresent()) {
                found.add(m.get());
                List<int[]> parts = m.get().parts();
                coveredUntil = parts.get(parts.size() - 1)[1];
            }
        }
        return found;
    }

    /** The longest glossary headword made of two or more whole tokens starting at {@code i}. */
    private Optional<Match> contiguous(String sentence, List<Piece> pieces, int i) {
        int start = pieces.get(i).start();
        // The run of adjacent Han tokens from i, at most MAX_PIECES long, ends before index limit.
        int limit = i + 1;
        int most = Math.min(pieces.size(), i + MAX_PIECES);
        while (limit < most
                && pieces.get(limit).type() == TokenType.HAN
                && pieces.get(limit).start() == pieces.get(limit - 1).end()) {
            limit++;
        }
        if (limit < i + 2 || !lexicon.mayStartGlossaryWord(sentence.charAt(start), sentence.charAt(start + 1))) {
            return Optional.empty();
        }
        // The hashes of the spans that end where tokens i + 1, i + 2, ... end, so spans no glossary has are
        // skipped unmade.
        int[] hashes = new int[MAX_PIECES + 1];
        int hash = Lexicon.hash(sentence, start, pieces.get(i).end());
        for (int j = i + 2; j <= limit; j++) {
            Piece p = pieces.get(j - 1);
            for (int c = p.start(); c < p.end(); c++) hash = 31 * hash + sentence.charAt(c);
            hashes[j - i] = hash;
        }
        for (int j = limit; j >= i + 2; j--) {
            if (!lexicon.mayBeGlossaryWord(hashes[j - i])) continue;
            int end = pieces.get(j - 1).end();
            Optional<GlossaryEntry> e =
                    lexicon.glossaryEntry(sentence.substring(start, end)).filter(entry -> fitsContext(entry, sentence));
            if (e.isPresent()) return Optional.of(new Match(e.get(), List.of(new int[] {start, end}), false));
        }
        return Optional.empty();
    }

    /** An entry whose sense needs context is only found in a sentence that mentions one of its context words. */
    private static boolean fitsContext(GlossaryEntry e, String sentence) {
        return e.context().isEmpty() || e.contextIn(sentence).isPresent();
    }

    /** A separable phrase whose first part starts token {@code i}, with small words between its parts. */
    private Optional<Match> separated(String sentence, List<Piece> pieces, int i) {
        Piece first = pieces.get(i);
        if (firstPartStarts.indexOf(sentence.charAt(first.start())) < 0) return Optional.empty();
        String text = first.in(sentence);
        for (int len = Math.min(text.length(), 4); len >= 1; len--) {
            List<GlossaryEntry> candidates = byFirstPart.get(text.substring(0, len));
            if (candidates == null) continue;
            // The rest of the first token may only be an aspect particle: 挂着 is 挂 + 着.
            String rest = text.substring(len);
            if (!rest.isEmpty() && !ASPECT.contains(rest)) continue;
            for (GlossaryEntry e : candidates) {
                if (!fitsContext(e, sentence)) continue;
                if (!rest.isEmpty() && !e.inside().isEmpty() && !e.inside().contains(rest)) continue;
                Optional<Match> m = matchParts(sentence, pieces, i, e, first.start() + len, !rest.isEmpty());
                if (m.isPresent()) return m;
            }
        }
        return Optional.empty();
    }

    /**
     * A separable verb-object word ({@link SeparableWords}) whose verb is token {@code i} (or its start, before an
     * aspect particle: 帮了) and whose object stands whole a few small words later (帮了我一个忙). The object must be
     * tokens of its own, so that 见到面包 is not 见面.
     */
    private Optional<Match> separatedWord(String sentence, List<Piece> pieces, int i) {
        Piece first = pieces.get(i);
        // Words longer than a verb of two characters and an aspect particle or complement are no verb part.
        if (i + 1 >= pieces.size() || first.length() > 4 || !Tags.isVerb(first.tag()) && first.length() != 1) {
            return Optional.empty();
        }
        SeparableWords all = words();
        // Most one-character tokens are no verb of a separable word: nothing more is looked at.
        if (first.length() == 1 && all.verbAt(sentence, first.start()) == null) return Optional.empty();
        String text = first.in(sentence);
        if (text.length() == 1) {
            // The verb part is tagged a verb, or shows it is one by the aspect particle or complement after it
            // (上/了/门, 用/了/心, 演/不/起/戏).
            String after = pieces.get(i + 1).in(sentence);
            String afterThat = i + 2 < pieces.size() ? pieces.get(i + 2).in(sentence) : "";
            // A pronoun right after it shows it too, whatever the tagger said (上/你/当, where 上 was tagged a
            // locative).
            boolean shownVerb = ASPECT.contains(after)
                    || isComplement(after)
                    || after.equals("不") && (COMPLEMENTS.contains("不" + afterThat) || ASPECT.contains(afterThat))
                    || PRONOUNS.contains(after);
            if (!Tags.isVerb(first.tag()) && !shownVerb) return Optional.empty();
            // Most verbs are followed by no small word at all: nothing can stand inside, so nothing is looked up.
            if (!ASPECT.contains(after)
                    && !isComplement(after)
                    && !after.equals("不")
                    && !mayStandInside(pieces.get(i + 1), after)
                    && !possessorClosesAfter(sentence, pieces, i + 1)) {
                return Optional.empty();
            }
        }
        // Where the verb lies in the token, as {offset, length}: its first one or two characters, or the second after
        // a modal verb the segmenter joined to it (想见/你/一回/面: 见…面).
        int[][] verbs = text.length() == 1
                ? new int[][] {{0, 1}}
                : text.length() == 2 && MODALS.indexOf(text.charAt(0)) >= 0
                        ? new int[][] {{1, 1}, {0, 2}, {0, 1}}
                        : new int[][] {{0, 2}, {0, 1}};
        for (int[] verb : verbs) {
            int skip = verb[0];
            int len = verb[1];
            SeparableWords.VerbObjects verbObjects =
                    skip == 0 ? all.byVerb(text, len) : all.verbAt(sentence, first.start() + skip);
            if (verbObjects == null) continue;
            Map<String, GlossaryEntry> objects = verbObjects.byObject();
            String starts = verbObjects.starts();
            String rest = text.substring(skip + len);
            if (!rest.isEmpty() && !ASPECT.contains(rest) && !COMPLEMENTS.contains(rest)) continue;
            int gapPieces = 0;
            int gapChars = rest.length();
            String previousTag = rest.isEmpty() ? "v" : "u";
            boolean concrete = false;
            for (int next = i + 1; next < pieces.size(); next++) {
                Piece candidate = pieces.get(next);
                if (gapPieces + (rest.isEmpty() ? 0 : 1) > 0
                        && (starts.indexOf(sentence.charAt(candidate.start())) >= 0
                                || candidate.length() >= 3
                                        && (starts.indexOf(sentence.charAt(candidate.end() - 1)) >= 0
                                                || starts.indexOf(sentence.charAt(candidate.end() - 2)) >= 0))) {
                    GlossaryEntry e = objectAt(sentence, pieces, next, objects);
                    int end = e == null
                            ? next
                            : Math.max(
                                    next + 1,
                                    spells(sentence, pieces, next, e.parts().get(1)));
                    // 帮他们忙着做饭: an object with 着 after it is the verb it also is (忙着 "busy at").
                    boolean verbal = end < pieces.size() && pieces.get(end).is(sentence, "着");
                    // The glossary's own phrase (割…韭菜) is found by its own rules, or not at all.
                    boolean literal = concrete && e != null && e.origin().equals(SeparableWords.PHRASE);
                    // A long stretch inside is a possessor, which ends in 的 (受拴车的人们的气).
                    boolean fits = gapPieces <= MAX_WORD_GAP_PIECES && gapChars <= MAX_WORD_GAP_CHARS
                            || Tags.isParticle(previousTag)
                                    && pieces.get(next - 1).is(sentence, "的");
                    // 这 or 那 right before the object points at a thing said or seen: 听了这话 is hearing the words,
                    // not 听话 "to obey" (with a measure word it is the word: 帮这个忙).
                    boolean pointed = next > i + 1
                            && e != null
                            && e.parts().get(1).length() == 1
                            && DEMONSTRATIVES.contains(pieces.get(next - 1).in(sentence));
                    if (e != null
                            && fits
                            && !verbal
                            && !literal
                            && !pointed
                            && lexicon.glossaryEntries(e.simplified()).isEmpty()) {
                        return Optional.of(new Match(
                                e,
                                List.of(new int[] {first.start() + skip, first.start() + skip + len}, new int[] {
                                    pieces.get(next).start(),
                                    pieces.get(end - 1).end()
                                }),
                                true));
                    }
                }
                Piece g = pieces.get(next);
                String gText = g.in(sentence);
                String nextText =
                        next + 1 < pieces.size() ? pieces.get(next + 1).in(sentence) : "";
                // Besides the small words of any phrase: the literary 的, 之, after a possessor (触他之怒); a
                // complement (考完试); 不 before the complement of a potential form (熬/不/得/夜, 花/不/着/钱); 得
                // after an adverb; a measure word of a physical quantity, as good as any inside a plain word
                // (买了三百张票) but making a figurative phrase literal (割了一把韭菜); a length of time after a number
                // (上了半个学期课, 睡了三个小时觉); a word of a possessor that a 的 closes within the next few tokens
                // (拴/车/的, 很/大/的).
                boolean measure = CONCRETE_MEASURES.contains(gText) && Tags.isNumeral(previousTag);
                concrete |= measure;
                boolean inside = allowedInside(g, gText, previousTag, nextText)
                        || measure
                        || isComplement(gText)
                        || gText.equals("之") && (Tags.isPronoun(previousTag) || Tags.isNoun(previousTag))
                        || gText.equals("不") && (COMPLEMENTS.contains("不" + nextText) || ASPECT.contains(nextText))
                        || gText.equals("得") && Tags.isAdverb(previousTag)
                        || (Tags.isNumeral(previousTag) || Tags.isClassifier(previousTag))
                                && (Tags.isTime(g.tag()) || TIME_UNITS.contains(gText))
                        || g.type() == TokenType.HAN
                                && !ASPECT.contains(gText)
                                && possessorClosesAfter(sentence, pieces, next);
                if (!inside) break;
                gapPieces++;
                gapChars += g.length();
                if (gapPieces > MAX_POSSESSOR_GAP_PIECES || gapChars > MAX_POSSESSOR_GAP_CHARS) break;
                previousTag = g.tag();
            }
        }
        return Optional.empty();
    }

    /** Units of time that may follow a number inside a separable word. */
    private static final Set<String> TIME_UNITS =
            Set.of("年", "天", "月", "周", "星期", "小时", "分钟", "钟头", "学期", "晚上", "夜", "会儿", "礼拜", "秒", "秒钟", "下午", "上午");

    /** The most tokens and characters inside a separable word when they end in the possessor's 的. */
    private static final int MAX_POSSESSOR_GAP_PIECES = 6;

    private static final int MAX_POSSESSOR_GAP_CHARS = 9;

    /** Whether a 的 stands among the Han tokens right after {@code from} (within three), closing a possessor. */
    private static boolean possessorClosesAfter(String sentence, List<Piece> pieces, int from) {
        for (int k = from + 1; k < pieces.size() && k <= from + 3; k++) {
            Piece p = pieces.get(k);
            if (p.type() != TokenType.HAN || p.start() != pieces.get(k - 1).end()) return false;
            if (p.length() == 1 && sentence.charAt(p.start()) == '的') return true;
        }
        return false;
    }

    /** Whether a token may begin what stands between a verb and its object (a particle, number, pronoun ...). */
    private static boolean mayStandInside(Piece p, String text) {
        if (p.type() != TokenType.HAN || p.tag().isEmpty()) return false;
        return "umqrad".indexOf(p.tag().charAt(0)) >= 0 || Tags.isNoun(p.tag()) || text.equals("之");
    }

    /**
     * Complements that may follow the verb of a separable word: resultative and directional ones (考完试, 拭干了泪,
     * 流下泪, 拆起桥, 打上了仗) and potential ones (熬不得夜, 花不着钱, 演不起戏).
     */
    private static final Set<String> COMPLEMENTS =
            Set.of("完", "好", "饱", "成", "起", "上", "下", "干", "过来", "起来", "不得", "不着", "不起", "不了", "得起", "不成", "不上", "得了");

    private static final Set<String> DEMONSTRATIVES = Set.of("这", "那", "這");

    /** Classifiers that stand between a verb and its object (叹了口气, 洗了个澡, 吃了顿饭). */
    private static final String SEPARATED_CLASSIFIERS = "口个次顿场把下声眼";

    /** Particles that may follow the last word of a clause. */
    private static final Set<String> CLOSING_PARTICLES = Set.of("了", "啦", "吧", "啊", "呢", "嘛");

    /** A complement, or one the segmenter wrote with the 了 after it (刷/完了/碗). */
    private static boolean isComplement(String text) {
        return COMPLEMENTS.contains(text)
                || text.length() > 1
                        && text.endsWith("了")
                        && COMPLEMENTS.contains(text.substring(0, text.length() - 1));
    }

    /** The most tokens and characters that may stand between the verb and the object of a separable word. */
    private static final int MAX_WORD_GAP_PIECES = 4;

    private static final int MAX_WORD_GAP_CHARS = 6;

    /**
     * The entry whose object the tokens from {@code from} spell exactly, or one adjective and the object when they
     * are one token (帮了个大忙); {@code null} if none.
     */
    private GlossaryEntry objectAt(String sentence, List<Piece> pieces, int from, Map<String, GlossaryEntry> objects) {
        Piece first = pieces.get(from);
        if (first.type() == TokenType.HAN
                && first.length() == 2
                && SeparableWords.ADJECTIVES.indexOf(sentence.charAt(first.start())) >= 0) {
            GlossaryEntry e = objects.get(sentence.substring(first.start() + 1, first.end()));
            if (e != null) return e;
        }
        // A word the segmenter made of a classifier and a one-character object (点心 in 放了点心): the verb's word with
        // the classifier inside, where nothing but a particle follows in the clause.
        if (first.type() == TokenType.HAN
                && first.length() == 2
                && from > 0
                && ASPECT.contains(pieces.get(from - 1).in(sentence))
                && SeparableWords.FUSED_CLASSIFIERS.indexOf(sentence.charAt(first.start())) >= 0) {
            GlossaryEntry e = objects.get(sentence.substring(first.start() + 1, first.end()));
            // Only where it closes the clause: 放了点心和水果 is putting out snacks.
            Piece after = from + 1 < pieces.size() ? pieces.get(from + 1) : null;
            boolean closes = after == null
                    || after.type() == TokenType.PUNCTUATION
                    || CLOSING_PARTICLES.contains(after.in(sentence));
            if (e != null && closes && !e.origin().equals(SeparableWords.PHRASE)) return e;
        }
        // A word that ends in the object after a word that says what kind (热水/澡 in 洗了一个热水澡).
        if (first.type() == TokenType.HAN && first.length() >= 3 && !Tags.isVerb(first.tag())) {
            for (int cut = first.end() - 2; cut < first.end(); cut++) {
                GlossaryEntry e = objects.get(sentence.substring(cut, first.end()));
                if (e != null && cut - first.start() >= 2 && lexicon.isWord(sentence, first.start(), cut)) return e;
            }
        }
        int start = pieces.get(from).start();
        for (int k = from; k < pieces.size() && k - from < 3; k++) {
            Piece p = pieces.get(k);
            if (p.type() != TokenType.HAN
                    || k > from && p.start() != pieces.get(k - 1).end()) return null;
            String object = sentence.substring(start, p.end());
            GlossaryEntry e = objects.get(object);
            // A phrase whose object is a classifier and a noun the verb makes a word with (叹口气 in 叹了口气) is that
            // word with the classifier inside (叹…气), found at the noun.
            if (e != null
                    && e.origin().equals(SeparableWords.PHRASE)
                    && object.length() == 2
                    && SEPARATED_CLASSIFIERS.indexOf(object.charAt(0)) >= 0
                    && objects.containsKey(object.substring(1))) {
                return null;
            }
            boolean nounLike =
                    p.tag().isEmpty() || "vaqmdrpcufyeo".indexOf(p.tag().charAt(0)) < 0;
            if (e != null && (k > from || nounLike || !e.origin().equals(SeparableWords.TWO_CHARACTER))) {
                return e;
            }
        }
        return null;
    }

    private Optional<Match> matchParts(
            String sentence, List<Piece> pieces, int i, GlossaryEntry e, int firstEnd, boolean particleAfterFirst) {
        List<int[]> spans = new ArrayList<>();
        spans.add(new int[] {pieces.get(i).start(), firstEnd});
        int next = i + 1;
        boolean gap = particleAfterFirst;
        for (int p = 1; p < e.parts().size(); p++) {
            String part = e.parts().get(p);
            int gapPieces = 0;
            int gapChars = particleAfterFirst && p == 1 ? 1 : 0;
            String previousTag = particleAfterFirst && p == 1 ? "u" : "v";
            while (true) {
                if (next >= pieces.size()) return Optional.empty();
                int end = spells(sentence, pieces, next, part);
                if (end > next) {
                    spans.add(new int[] {
                        pieces.get(next).start(), pieces.get(end - 1).end()
                    });
                    gap |= gapPieces > 0;
                    next = end;
                    break;
                }
                Piece g = pieces.get(next);
                String nextText =
                        next + 1 < pieces.size() ? pieces.get(next + 1).in(sentence) : "";
                boolean allowed = e.inside().isEmpty()
                        ? allowedInside(g, g.in(sentence), previousTag, nextText)
                        : e.inside().contains(g.in(sentence));
                if (!allowed) return Optional.empty();
                gapPieces++;
                gapChars += g.length();
                if (gapPieces > MAX_GAP_PIECES || gapChars > MAX_GAP_CHARS) return Optional.empty();
                previousTag = g.tag();
                next++;
            }
        }
        return Optional.of(new Match(e, spans, gap));
    }

    /** The end index (exclusive) of the tokens from {@code from} that spell {@code part} exactly, or {@code from}. */
    private static int spells(String sentence, List<Piece> pieces, int from, String part) {
        int start = pieces.get(from).start();
        for (int k = from; k < pieces.size() && k - from < MAX_PIECES; k++) {
            Piece p = pieces.get(k);
            if (p.type() != TokenType.HAN
                    || k > from && p.start() != pieces.get(k - 1).end()) return from;
            int length = p.end() - start;
            if (length == part.length()) return sentence.startsWith(part, start) ? k + 1 : from;
            if (length > part.length()) return from;
        }
        return from;
    }

    private static boolean allowedInside(Piece p, String text, String previousTag, String nextText) {
        if (p.type() != TokenType.HAN) return false;
        if (ASPECT.contains(text)) return true;
        if (CONCRETE_MEASURES.contains(text)) return false;
        // After a numeral, a single character is its measure word, whatever its tag (一波, 一茬).
        if (Tags.isNumeral(previousTag) && p.length() == 1) return true;
        String tag = p.tag();
        if (text.equals("的")) {
            return !(Tags.isParticle(previousTag) || Tags.isVerb(previousTag) || Tags.isAdverb(previousTag));
        }
        if (Tags.isParticle(tag)
                || Tags.isNumeral(tag)
                || Tags.isClassifier(tag)
                || Tags.isPronoun(tag)
                || Tags.isAdjective(tag)) {
            return true;
        }
        // A noun only as a possessor (薅国家的羊毛) or after a measure word, as what kind (看过两回中国戏).
        return Tags.isNoun(tag) && (nextText.equals("的") || Tags.isClassifier(previousTag));
    }
}
