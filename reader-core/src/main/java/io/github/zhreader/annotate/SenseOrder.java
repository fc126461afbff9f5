package io.github.zhreader.annotate;

import io.github.zhreader.Gloss;
import io.github.zhreader.GlossSource;
import io.github.zhreader.TokenType;
import io.github.zhreader.lexicon.CedictEntry;
import io.github.zhreader.segment.Tags;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Puts first the dictionary sense that fits the sentence. CC-CEDICT lists a word's senses in no particular order of
 * use (便 is "plain; informal" before "then"); this class reorders them, never rewrites them, and keeps the reading
 * the pinyin rules chose: it only moves senses within the glosses of that reading. In order of precedence:
 * <ol>
 *   <li>the sense table ({@code sense-order.txt}, ours): for the common polysemous words, the sense that a
 *   condition on the sentence selects (约 before a number "approximately", 文 after one the coin, 出口 beside trade
 *   words "to export"), or the sense common in modern or in classical text;</li>
 *   <li>the part of speech: a verb its "to …" senses, an adverb its adverbial ones (太 "too", 才 "only then"), a
 *   locative its place senses (后 "behind, after"), a prefix its prefix sense (后 "post-"), a noun or adjective a
 *   sense that is not a verb's; an onomatopoeia comes first only for an interjection or onomatopoeia.</li>
 * </ol>
 * Glosses of the glossaries (a user's, the curated one) keep their place: they were written for the sense they give.
 *
 * <p>Thread-safe: the table is read once and never changed.
 */
final class SenseOrder {

    /**
     * What put a sense first, for the debug view; {@code reason} is empty when nothing moved. {@code reading} is the
     * pinyin of another reading whose sense the sentence calls for (夫 fu2 "this" in 予观夫巴陵胜状, where the
     * reading rules gave fu1 "husband"), or empty.
     */
    record Ordered(List<Gloss> glosses, String reason, String reading) {
        Ordered(List<Gloss> glosses, String reason) {
            this(glosses, reason, "");
        }
    }

    /** The sentence around a token, as far as the sense rules look. */
    record Context(
            String beforePrevious,
            TokenType beforePreviousType,
            String beforePreviousTag,
            String previous,
            TokenType previousType,
            String previousTag,
            String next,
            TokenType nextType,
            String nextTag,
            String afterNext,
            TokenType afterNextType,
            String afterNextTag,
            String sentence,
            boolean classical,
            List<Piece> pieces,
            int index) {

        /** The token {@code offset} places after this one, or {@code null} past the sentence's end. */
        Piece piece(int offset) {
            int k = index + offset;
            return k >= 0 && k < pieces.size() ? pieces.get(k) : null;
        }
    }

    /**
     * Aspect particles of a finished or experienced action, which a {@code next:} condition looks past to the verb's
     * object (吃过亏 as 吃 亏). Not 着: 带着孩子 is "bringing the children", 带孩子 "looking after them".
     */
    private static final Set<String> ASPECT = Set.of("了", "过");

    private final Map<String, List<Rule>> table;

    SenseOrder() {
        this(Table.RULES);
    }

    SenseOrder(Map<String, List<Rule>> table) {
        this.table = table;
    }

    /** Whether the sense table has rules for {@code word}, which then depend on the sentence. */
    boolean hasRules(String word) {
        return table.containsKey(word);
    }

    /** The glosses with the sense that the part of speech prefers first; the same list when nothing moves. */
    Ordered byTag(List<Gloss> glosses, String tag) {
        if (glosses.isEmpty() || glosses.get(0).source() != GlossSource.CEDICT) return new Ordered(glosses, "");
        // A note on the pronunciation or spelling ("also pr. [da4 du1]") is no sense to show first.
        if (isNote(glosses.get(0).senses().get(0))) {
            Ordered moved = moveFirst(glosses, x -> !isNote(x), "a sense before a note on pronunciation or spelling");
            if (moved.glosses() != glosses) return moved;
        }
        if (tag.isEmpty()) return new Ordered(glosses, "");
        Kind kind = Kind.of(tag);
        if (kind == null) return new Ordered(glosses, "");
        if (kind.test(glosses.get(0).senses().get(0))) return new Ordered(glosses, "");
        // A note ("also pr. [jiao3]") is no sense of any part of speech, though its words may look like one.
        return moveFirst(glosses, x -> !isNote(x) && kind.test(x), "part of speech: " + kind.description);
    }

    /**
     * The glosses of a verb used as a noun ({@code vn}) that the next token shows working as a verb (see
     * {@link #worksAsVerb}) with a "to …" sense first, unless one is first already; {@code null} when nothing
     * moves.
     */
    Ordered asVerb(List<Gloss> glosses, String nextWord, TokenType nextType, String nextTag) {
        if (!worksAsVerb(nextWord, nextType, nextTag)) return null;
        return verbSenseFirst(glosses, "a verb used as a noun with its object after it: a \"to …\" sense");
    }

    /** The glosses with a "to …" sense first, {@code why} its reason; {@code null} when one is first or none is. */
    Ordered verbSenseFirst(List<Gloss> glosses, String why) {
        if (glosses.isEmpty() || glosses.get(0).source() != GlossSource.CEDICT) return null;
        if (isVerbSense(glosses.get(0).senses().get(0))) return null;
        Ordered moved = moveFirst(glosses, x -> !isNote(x) && isVerbSense(x), why);
        return moved.glosses() == glosses ? null : moved;
    }

    /**
     * Whether the token after a verb used as a noun ({@code vn}) shows it working as a verb: an aspect particle
     * (调整了), or a pronoun or a number, its object (影响他们, 糟蹋多少人); not the end of a clause, where it may
     * be the object (不会营生), a noun it forms a compound with (监管能力), 的, or a verb it is coordinated with
     * (以改革开放为主线).
     */
    /** Whether {@code word} is an aspect particle that follows verbs (了, 过). */
    static boolean isAspect(String word) {
        return ASPECT.contains(word);
    }

    static boolean worksAsVerb(String nextWord, TokenType nextType, String nextTag) {
        if (nextWord == null || nextType == TokenType.PUNCTUATION) return false;
        if (ASPECT.contains(nextWord)) return true;
        // An ordinal (第十) numbers what the verbal noun names.
        if (nextWord.startsWith("第")) return false;
        return Tags.isPronoun(nextTag) || Tags.isNumeral(nextTag);
    }

    /**
     * The glosses as the table orders them when its rules for the word decide without the sentence (the first rule
     * that can hold for this tag looks at nothing but the tag); {@code null} when the sentence matters.
     */
    Ordered withoutSentence(List<Gloss> glosses, String word, String tag) {
        List<Rule> rules = table.get(word);
        if (rules == null || glosses.isEmpty() || !orderable(glosses.get(0))) {
            return new Ordered(glosses, "");
        }
        for (Rule rule : rules) {
            if (!rule.tagHolds(tag)) continue;
            if (!rule.sentenceFree()) return null;
            Ordered result = byRule(glosses, rule);
            // The sense common in modern text (*) brings its reading (分子 fen4 zi3 "member of a group").
            if (result == NO_MATCH && rule.always()) result = inOtherReading(glosses, rule);
            if (result != NO_MATCH) return result;
        }
        return new Ordered(glosses, "");
    }

    /**
     * The glosses with the sense the table selects for this sentence first; the same list when no rule applies.
     * {@code context} is asked for only when a rule looks at the sentence.
     */
    Ordered inContext(List<Gloss> glosses, String word, String tag, java.util.function.Supplier<Context> context) {
        List<Rule> rules = table.get(word);
        if (rules == null || glosses.isEmpty() || !orderable(glosses.get(0))) {
            return new Ordered(glosses, "");
        }
        Context[] made = new Context[1];
        java.util.function.Supplier<Context> once = () -> made[0] != null ? made[0] : (made[0] = context.get());
        for (Rule rule : rules) {
            if (!rule.applies(tag, once)) continue;
            Moved key = new Moved(glosses, rule);
            Ordered known = moved.get(key);
            Ordered result = known != null ? known : byRule(glosses, rule);
            // A rule that looks at the sentence may call for a sense of another reading of the word.
            if (known == null && result == NO_MATCH && rule.mayChangeReading()) result = inOtherReading(glosses, rule);
            if (known == null) {
                if (moved.size() >= MOVES_KEPT) moved.clear();
                moved.put(key, result);
            }
            if (result == NO_MATCH) continue;
            return result;
        }
        return new Ordered(glosses, "");
    }

    /**
     * The glosses ordered by one table rule whose conditions hold, or {@link #NO_MATCH} when the glosses have no
     * sense that it puts first. Depends only on the glosses and the rule, so each pair is worked out once.
     */
    private Ordered byRule(List<Gloss> glosses, Rule rule) {
        String wanted = rule.sense().toLowerCase(Locale.ROOT);
        // The sense that is the piece itself, else one that begins with it, else one that contains it: "leader" is
        // the sense "leader", not "leadership" before it.
        for (java.util.function.BiPredicate<String, String> match : MATCHES) {
            if (match.test(glosses.get(0).senses().get(0).toLowerCase(Locale.ROOT), wanted)) {
                return new Ordered(glosses, "sense table: " + rule);
            }
            Ordered moved =
                    moveFirst(glosses, s -> match.test(s.toLowerCase(Locale.ROOT), wanted), "sense table: " + rule);
            if (moved.glosses() != glosses) return moved;
        }
        return NO_MATCH;
    }

    /**
     * The glosses with the dictionary's entry of another reading first, its sense that {@code rule} wants first, or
     * {@link #NO_MATCH}: only CC-CEDICT's entries, each of the word itself, not a variant's.
     */
    private static Ordered inOtherReading(List<Gloss> glosses, Rule rule) {
        Gloss chosen = glosses.get(0);
        if (chosen.source() != GlossSource.CEDICT) return NO_MATCH;
        String wanted = rule.sense().toLowerCase(Locale.ROOT);
        for (java.util.function.BiPredicate<String, String> match : MATCHES) {
            for (int g = 1; g < glosses.size(); g++) {
                Gloss other = glosses.get(g);
                if (other.source() != GlossSource.CEDICT
                        || other.pinyin().equalsIgnoreCase(chosen.pinyin())
                        || !other.headword().equals(chosen.headword())
                        || Character.isUpperCase(other.pinyin().charAt(0))) {
                    continue;
                }
                for (String sense : other.senses()) {
                    if (!match.test(sense.toLowerCase(Locale.ROOT), wanted)) continue;
                    List<Gloss> reordered = new ArrayList<>(glosses.size());
                    reordered.add(other);
                    for (int k = 0; k < glosses.size(); k++) if (k != g) reordered.add(glosses.get(k));
                    Ordered moved = moveFirst(
                            reordered,
                            x -> x.equals(sense),
                            "sense table: " + rule + ", a sense of the reading " + other.pinyin());
                    return new Ordered(moved.glosses(), moved.reason(), other.pinyin());
                }
            }
        }
        return NO_MATCH;
    }

    /** What {@link #byRule} gives for a rule whose sense the glosses lack. */
    private static final Ordered NO_MATCH = new Ordered(List.of(), "");

    /** A list of glosses, compared by identity (the annotation of a word is made once), and a rule. */
    private record Moved(List<Gloss> glosses, Rule rule) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Moved m && m.glosses == glosses && m.rule == rule;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(glosses) * 31 + System.identityHashCode(rule);
        }
    }

    /** The orders worked out so far, by glosses and rule; emptied when it holds {@value #MOVES_KEPT}. */
    private final Map<Moved, Ordered> moved = new java.util.concurrent.ConcurrentHashMap<>();

    private static final int MOVES_KEPT = 20_000;

    private static final List<java.util.function.BiPredicate<String, String>> MATCHES =
            List.of(String::equals, String::startsWith, String::contains);

    /**
     * Moves the first sense that {@code wanted} accepts to the front of its gloss, and that gloss to the front of
     * the list, looking only at the glosses of the first gloss's reading, and among them not at a later "variant of"
     * entry.
     */
    private static Ordered moveFirst(List<Gloss> glosses, java.util.function.Predicate<String> wanted, String why) {
        String reading = glosses.get(0).pinyin();
        for (int g = 0; g < glosses.size(); g++) {
            Gloss gloss = glosses.get(g);
            if (!gloss.pinyin().equalsIgnoreCase(reading)
                    || gloss.source() != glosses.get(0).source()) continue;
            List<String> senses = gloss.senses();
            // A later "variant of" entry repeats another entry's senses, not always under the right reading (爲
            // wei4 lists wei2's "as", "to be"): the sense is looked for in the entry of the reading itself.
            if (g > 0 && !senses.isEmpty() && CedictEntry.isVariantSense(senses.get(0))) continue;
            for (int s = 0; s < senses.size(); s++) {
                if (!wanted.test(senses.get(s))) continue;
                List<String> reordered = new ArrayList<>(senses.size());
                reordered.add(senses.get(s));
                for (int k = 0; k < senses.size(); k++) if (k != s) reordered.add(senses.get(k));
                Gloss moved = new Gloss(
                        gloss.headword(),
                        gloss.traditional(),
                        gloss.pinyin(),
                        reordered,
                        gloss.source(),
                        gloss.kind(),
                        gloss.literal(),
                        gloss.note());
                List<Gloss> result = new ArrayList<>(glosses.size());
                result.add(moved);
                for (int k = 0; k < glosses.size(); k++) if (k != g) result.add(glosses.get(k));
                return new Ordered(List.copyOf(result), why);
            }
        }
        return new Ordered(glosses, "");
    }

    /** What a part of speech looks for in an English sense. */
    private enum Kind {
        VERB("a verb, a \"to …\" sense") {
            @Override
            boolean test(String sense) {
                return isVerbSense(sense);
            }
        },
        ADVERB("an adverb, an adverbial sense") {
            @Override
            boolean test(String sense) {
                String s = bare(sense);
                if (isVerbSense(sense) || s.startsWith("surname") || s.startsWith("classifier")) return false;
                for (String w : ADVERBS) if (beginsWith(s, w, " ,;(")) return true;
                return s.startsWith("equivalent to ") || s.indexOf(' ') < 0 && s.endsWith("ly");
            }
        },
        LOCATIVE("a locative, a sense of place or time") {
            @Override
            boolean test(String sense) {
                String s = bare(sense);
                for (String w : LOCATIVES) if (beginsWith(s, w, " ,")) return true;
                return false;
            }
        },
        CLASSIFIER("a measure word, a classifier's sense") {
            @Override
            boolean test(String sense) {
                String s = bare(sense);
                return s.startsWith("classifier") || s.startsWith("measure word");
            }
        },
        PREFIX("a prefix, a prefix sense") {
            @Override
            boolean test(String sense) {
                return bare(sense).endsWith("-");
            }
        },
        NOUN("a noun, a sense that is not a verb's") {
            @Override
            boolean test(String sense) {
                String s = bare(sense);
                return !isVerbSense(sense)
                        && !s.startsWith("surname")
                        && !s.startsWith("classifier")
                        && !sense.startsWith("(onom.")
                        && !s.startsWith("used in ")
                        && !s.startsWith("variant of");
            }
        };

        final String description;

        Kind(String description) {
            this.description = description;
        }

        abstract boolean test(String sense);

        /** Whether {@code sense} is {@code word} or begins with it and one of the characters {@code then}. */
        private static boolean beginsWith(String sense, String word, String then) {
            return sense.startsWith(word)
                    && (sense.length() == word.length() || then.indexOf(sense.charAt(word.length())) >= 0);
        }

        static Kind of(String tag) {
            return switch (tag.charAt(0)) {
                case 'v' -> Tags.isVerbalNoun(tag) ? NOUN : VERB;
                case 'd' -> ADVERB;
                case 'f' -> LOCATIVE;
                case 'h' -> PREFIX;
                case 'q' -> CLASSIFIER;
                case 'n', 'a', 's', 't' ->
                    Tags.isPersonName(tag) || Tags.isPlaceName(tag) || Tags.isOrganisation(tag) ? null : NOUN;
                default -> null;
            };
        }
    }

    /** A sense without the labels in brackets that begin it ("(coll.) to fail" is "to fail"), in lower case. */
    static String bare(String sense) {
        return CedictEntry.withoutLabels(sense).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the table may reorder a gloss's senses: CC-CEDICT's, and the curated glossary's meanings (上市 "to go
     * public" beside company words), never a user's.
     */
    private static boolean orderable(Gloss gloss) {
        return gloss.source() == GlossSource.CEDICT || gloss.source() == GlossSource.CURATED;
    }

    /** A "sense" that only notes how the word is also said or written. */
    private static boolean isNote(String sense) {
        String s = sense.toLowerCase(Locale.ROOT);
        return s.startsWith("also pr.")
                || s.startsWith("taiwan pr.")
                || s.startsWith("also written")
                || s.startsWith("also called") && s.length() < 20;
    }

    /**
     * A noun's part-of-speech tag, names excepted, a verb used as a noun ({@code vn}) or an abbreviation
     * ({@code j}: 欧盟).
     */
    static boolean isNounTag(String tag) {
        return Tags.isNoun(tag) && !Tags.isPersonName(tag) || Tags.isVerbalNoun(tag) || Tags.isAbbreviation(tag);
    }

    /** Whether a sense is a verb's: "to …", after the labels that begin it. */
    static boolean isVerbSense(String sense) {
        return bare(sense).startsWith("to ");
    }

    /** English words that begin adverbial senses. */
    private static final Set<String> ADVERBS = Set.of(
            "then",
            "only",
            "just",
            "already",
            "still",
            "also",
            "too",
            "very",
            "all",
            "both",
            "even",
            "again",
            "once",
            "ever",
            "never",
            "not",
            "no longer",
            "really",
            "actually",
            "approximately",
            "about",
            "immediately",
            "soon",
            "finally",
            "at last",
            "certainly",
            "surely",
            "perhaps",
            "maybe",
            "probably",
            "almost",
            "nearly",
            "quite",
            "rather",
            "fairly",
            "extremely",
            "most",
            "more",
            "less",
            "in that case",
            "as soon as",
            "right away",
            "at once",
            "yet",
            "in addition",
            "merely",
            "simply",
            "exactly",
            "precisely",
            "together",
            "first",
            "frequently",
            "often",
            "always",
            "gradually",
            "suddenly",
            "originally",
            "entirely",
            "completely",
            "altogether",
            "so",
            "thus",
            "how",
            "why",
            "instead",
            "on the contrary",
            "after all",
            "in the end",
            "at all",
            "(not) at all",
            "each other",
            "mutually",
            "especially",
            "particularly",
            "in vain",
            "on purpose",
            "deliberately",
            "secretly",
            "slowly",
            "quickly",
            "again and again",
            "repeatedly",
            "continuously",
            "currently",
            "just now",
            "at the moment");

    /** English words that begin senses of place and time. */
    private static final Set<String> LOCATIVES = Set.of(
            "back",
            "behind",
            "after",
            "afterwards",
            "later",
            "rear",
            "front",
            "before",
            "ahead",
            "above",
            "over",
            "below",
            "under",
            "beneath",
            "underneath",
            "inside",
            "in",
            "within",
            "outside",
            "out",
            "middle",
            "among",
            "between",
            "on",
            "upper",
            "lower",
            "side",
            "next",
            "near",
            "east",
            "west",
            "north",
            "south",
            "left",
            "right",
            "top",
            "bottom",
            "central",
            "center",
            "centre",
            "interior",
            "exterior",
            "past",
            "up",
            "down");

    /**
     * One line of the sense table: for {@code word}, when every condition holds, the sense containing
     * {@code sense} comes first. Conditions: {@code *} (always), {@code tag:X} (the tag starts with X),
     * {@code before:number} / {@code after:number} (the next or previous token is a number), {@code after:quantity}
     * (a number, or a measure after one, comes before), {@code before:verb} / {@code after:verb} and
     * {@code before:noun} / {@code after:noun} (the next or previous token is tagged so), {@code next:A,B}
     * and {@code previous:A,B} (the next or previous token is one of these words), {@code near:A,B} (the sentence
     * has one of these words), {@code classical} and {@code modern} (what the text reads as), {@code first} and
     * {@code last} (the token begins or ends its clause), {@code question} and {@code statement} (the sentence asks
     * or does not).
     */
    record Rule(String word, List<Condition> conditions, String sense) {

        boolean applies(String tag, java.util.function.Supplier<Context> c) {
            if (!tagHolds(tag)) return false;
            for (Condition condition : conditions) {
                if (condition.test().onSentence && !condition.holds(c.get())) return false;
            }
            return true;
        }

        /** Whether the rule's tag conditions, if any, hold for {@code tag}. */
        boolean tagHolds(String tag) {
            for (Condition condition : conditions) {
                if (condition.test() == Test.TAG && !tagMatches(tag, condition.value())) return false;
            }
            return true;
        }

        /**
         * Whether {@code tag} starts with {@code wanted}, a verb used as a noun ({@code vn}) counting as a noun
         * ({@code tag:n}) and not as a verb ({@code tag:v}).
         */
        private static boolean tagMatches(String tag, String wanted) {
            if (Tags.isVerbalNoun(tag)) return wanted.equals("vn") || wanted.equals("n");
            return tag.startsWith(wanted);
        }

        /**
         * Whether the rule may choose a sense of another reading than the one the reading rules chose: a rule that
         * looks at the sentence, or the sense common in modern text ({@code *}), but not one that looks at a number
         * (the reading rules read classifiers after numbers: 双行道 is xing2 though 行 after 双 is tagged a
         * classifier).
         */
        boolean mayChangeReading() {
            if (sentenceFree() && !always()) return false;
            for (Condition condition : conditions) {
                Test t = condition.test();
                if (t == Test.AFTER_NUMBER || t == Test.AFTER_QUANTITY || t == Test.BEFORE_NUMBER) return false;
            }
            return true;
        }

        /** Whether the rule holds whatever the tag and the sentence ({@code *}). */
        boolean always() {
            return conditions.stream().allMatch(c -> c.test() == Test.ALWAYS);
        }

        /** Whether the rule looks at nothing but the tag. */
        boolean sentenceFree() {
            for (Condition condition : conditions) {
                if (condition.test().onSentence) return false;
            }
            return true;
        }

        @Override
        public String toString() {
            return word + " "
                    + String.join(" ", conditions.stream().map(Condition::text).toList()) + " → \"" + sense + "\"";
        }
    }

    /** What a condition of the sense table looks at; {@code onSentence} when it needs more than the tag. */
    enum Test {
        ALWAYS("*", false),
        TAG("tag:", false),
        CLASSICAL("classical", true),
        MODERN("modern", true),
        FIRST("first", true),
        LAST("last", true),
        QUESTION("question", true),
        STATEMENT("statement", true),
        BEFORE_NUMBER("before:number", true),
        AFTER_NUMBER("after:number", true),
        AFTER_QUANTITY("after:quantity", true),
        BEFORE_VERB("before:verb", true),
        AFTER_VERB("after:verb", true),
        BEFORE_NOUN("before:noun", true),
        AFTER_NOUN("after:noun", true),
        AFTER_NAME("after:name", true),
        BEFORE_ADJECTIVE("before:adjective", true),
        AFTER_ADJECTIVE("after:adjective", true),
        NEXT("next:", true),
        PREVIOUS("previous:", true),
        NEAR("near:", true),
        CLAUSE("clause:", true),
        REPEATED("repeated", true),
        PIVOT("pivot", true),
        BEFORE_PLACE("before:place", true);

        /** The condition as the table writes it, or its prefix when a value follows. */
        final String written;

        final boolean onSentence;

        Test(String written, boolean onSentence) {
            this.written = written;
            this.onSentence = onSentence;
        }

        boolean takesValue() {
            return written.endsWith(":");
        }
    }

    /**
     * One condition of a table line, read once: its test, the value after the colon ({@code tag:v} gives
     * {@code v}; empty for a test without one) and, for the tests on neighbouring words, the words listed.
     */
    record Condition(Test test, String value, Set<String> words, String text, boolean negated) {

        /**
         * The condition written as {@code text}, or {@code null} when the table knows no such condition. A condition
         * on the sentence written after {@code !} holds where it would not ({@code !last}: the clause goes on).
         */
        static Condition parse(String text) {
            if (text.startsWith("!")) {
                Condition c = parse(text.substring(1));
                if (c == null || !c.test().onSentence) return null;
                return new Condition(c.test(), c.value(), c.words(), text, true);
            }
            for (Test t : Test.values()) {
                if (t.takesValue()
                        ? text.startsWith(t.written) && text.length() > t.written.length()
                        : text.equals(t.written)) {
                    String value = t.takesValue() ? text.substring(t.written.length()) : "";
                    Set<String> words = t == Test.NEXT || t == Test.PREVIOUS || t == Test.NEAR || t == Test.CLAUSE
                            ? Set.copyOf(List.of(value.split(",")))
                            : Set.of();
                    return new Condition(t, value, words, text, false);
                }
            }
            return null;
        }

        /** Whether a condition on the sentence holds ({@code *} and {@code tag:} are decided by the caller). */
        boolean holds(Context c) {
            return holdsUnnegated(c) != negated;
        }

        private boolean holdsUnnegated(Context c) {
            return switch (test) {
                case ALWAYS, TAG -> true;
                case CLASSICAL -> c.classical();
                case MODERN -> !c.classical();
                case LAST -> c.next() == null || c.nextType() == TokenType.PUNCTUATION;
                // A closing bracket ends an aside, not the clause: （…）等 goes on with the list.
                case FIRST ->
                    c.previous() == null
                            || c.previousType() == TokenType.PUNCTUATION
                                    && !c.previous().equals("）")
                                    && !c.previous().equals(")");
                case QUESTION -> isQuestion(c.sentence());
                case STATEMENT -> !isQuestion(c.sentence());
                case BEFORE_NUMBER -> isNumber(c.next(), c.nextType(), c.nextTag()) || startsWithNumber(c.next());
                case AFTER_NUMBER -> isNumber(c.previous(), c.previousType(), c.previousTag());
                case AFTER_QUANTITY ->
                    isNumber(c.previous(), c.previousType(), c.previousTag())
                            || c.previous() != null
                                    && isMeasure(c.previous(), c.previousTag())
                                    && isNumber(c.beforePrevious(), c.beforePreviousType(), c.beforePreviousTag());
                case BEFORE_VERB -> c.next() != null && (isVerb(c.nextTag()) || verbalNounAsVerb(c));
                case AFTER_VERB -> c.previous() != null && isVerb(c.previousTag());
                case BEFORE_NOUN -> c.next() != null && isNounTag(c.nextTag());
                case AFTER_NOUN -> c.previous() != null && isNounTag(c.previousTag());
                case AFTER_NAME -> c.previous() != null && Tags.isPersonName(c.previousTag());
                case BEFORE_ADJECTIVE -> c.next() != null && Tags.isAdjective(c.nextTag());
                case AFTER_ADJECTIVE -> c.previous() != null && Tags.isAdjective(c.previousTag());
                case NEXT ->
                    c.next() != null
                            && (words.contains(c.next())
                                    || nextTwoJoined(c, words)
                                    || (ASPECT.contains(c.next()) || c.next().equals("着"))
                                            && c.afterNext() != null
                                            && words.contains(c.afterNext())
                                            // a number after the particle counts the action (上了一层), it is no object
                                            && !isNumber(c.afterNext(), c.afterNextType(), c.afterNextTag())
                                    || objectAfterQuantity(c, words)
                                    || objectAfterPossessor(c, words));
                case CLAUSE -> laterInClause(c, words);
                case REPEATED -> repeatedInClause(c);
                case PIVOT -> isPivot(c);
                case BEFORE_PLACE -> placeThenVerb(c);
                // A directional complement looks past 不 or 得 to the verb of its potential form (拿/不/下来).
                case PREVIOUS ->
                    c.previous() != null
                            && (words.contains(c.previous())
                                    || isDirectionalComplement(c.piece(0).in(c.sentence()))
                                            && (c.previous().equals("不")
                                                    || c.previous().equals("得"))
                                            && c.beforePrevious() != null
                                            && words.contains(c.beforePrevious()));
                case NEAR -> words.stream().anyMatch(c.sentence()::contains);
            };
        }

        /**
         * Whether one of {@code words} is the next two tokens written together, the first of one character: the
         * segmenter cuts 不大 in 机会不大 into 不/大.
         */
        private static boolean nextTwoJoined(Context c, Set<String> words) {
            String next = c.next();
            String after = c.afterNext();
            return next.length() == 1 && after != null && c.nextType() == TokenType.HAN && words.contains(next + after);
        }

        /**
         * A directional complement of two characters (下去, 出来, 回来), not 起来, whose potential form 想不起来 is no
         * judgement as 看起来 is.
         */
        private static boolean isDirectionalComplement(String word) {
            return word.length() == 2
                    && (word.charAt(1) == '来' || word.charAt(1) == '去')
                    && "下上出进回过开".indexOf(word.charAt(0)) >= 0;
        }

        /** A sentence that asks: it ends in a question mark, or in 吗 or 呢 before its closing punctuation. */
        private static boolean isQuestion(String sentence) {
            String t = sentence.strip();
            while (!t.isEmpty() && "”」』）)\"'".indexOf(t.charAt(t.length() - 1)) >= 0)
                t = t.substring(0, t.length() - 1);
            if (t.endsWith("？") || t.endsWith("?")) return true;
            while (!t.isEmpty() && "。！!，,…".indexOf(t.charAt(t.length() - 1)) >= 0) t = t.substring(0, t.length() - 1);
            return t.endsWith("吗") || t.endsWith("呢");
        }

        private static boolean isNumber(String word, TokenType type, String tag) {
            return word != null
                    && (type == TokenType.NUMBER
                            || Tags.isNumeral(tag)
                            || !word.isEmpty() && ChineseNumbers.value(word).isPresent());
        }

        /**
         * A word that begins with a numeral other than 一 (前/五大, 前/三名): 一 begins too many words that are no
         * number (一起, 一定).
         */
        private static boolean startsWithNumber(String word) {
            return word != null && !word.isEmpty() && "二三四五六七八九十百千万两0123456789０１２３４５６７８９".indexOf(word.charAt(0)) >= 0;
        }

        /**
         * Whether the object after a quantity is one of {@code words}: the verb, perhaps 了 or 过, a number or a
         * quantity word (一, 一个, 不少, 点), then the word (吃了一惊, 吃了不少苦, 帮个忙). For verbs only: 大约/一半/也
         * is no object.
         */
        private static boolean objectAfterQuantity(Context c, Set<String> words) {
            if (c.next() == null || !isVerb(c.piece(0).tag())) return false;
            // The texts of the next two tokens are at hand; those further on are cut out only when needed.
            boolean aspect = ASPECT.contains(c.next());
            String quantity = aspect ? c.afterNext() : c.next();
            Piece p = c.piece(aspect ? 2 : 1);
            if (p == null || !isQuantity(quantity, p.type(), p.tag())) return false;
            int k = aspect ? 3 : 2;
            Piece object = c.piece(k);
            if (object == null) return false;
            String word = k == 2 ? c.afterNext() : object.in(c.sentence());
            if (isMeasure(word, object.tag()) && !words.contains(word)) {
                object = c.piece(++k);
                if (object == null) return false;
                word = object.in(c.sentence());
            }
            // A list of measure words or numbers (上 next:个) is about the word right after, not an object.
            return words.contains(word)
                    && !isMeasure(word, object.tag())
                    && !isNumber(word, object.type(), object.tag());
        }

        /**
         * Whether the object after a possessor is one of {@code words}: the verb, perhaps 了 or 过, a pronoun or a
         * name and 的, then the word (算他的账, 生他的气, 吃了他的亏). For verbs only.
         */
        private static boolean objectAfterPossessor(Context c, Set<String> words) {
            if (c.next() == null || !isVerb(c.piece(0).tag())) return false;
            int k = ASPECT.contains(c.next()) ? 2 : 1;
            Piece p = c.piece(k);
            if (p == null || !Tags.isPronoun(p.tag()) && !Tags.isPersonName(p.tag())) return false;
            Piece de = c.piece(k + 1);
            Piece object = c.piece(k + 2);
            return de != null && object != null && de.is(c.sentence(), "的") && words.contains(object.in(c.sentence()));
        }

        /** A number, or a word of quantity (一点, 不少, 很多, 个: 帮个忙). */
        private static boolean isQuantity(String word, TokenType type, String tag) {
            return isNumber(word, type, tag) || QUANTITY_WORDS.contains(word);
        }

        private static final Set<String> QUANTITY_WORDS =
                Set.of("个", "点", "一点", "点儿", "一点儿", "不少", "很多", "许多", "一些", "些", "大", "好大");

        /** Whether one of {@code words} is a later token of the token's clause (当…时: 当记者来到这里时). */
        private static boolean laterInClause(Context c, Set<String> words) {
            for (int k = 1; ; k++) {
                Piece p = c.piece(k);
                if (p == null || p.type() == TokenType.PUNCTUATION) return false;
                if (words.contains(p.in(c.sentence()))) return true;
            }
        }

        /**
         * Whether the token's word stands again in its clause, the two making one frame: 又脏又破 "both … and", 越走越快
         * "the more … the more".
         */
        private static boolean repeatedInClause(Context c) {
            Piece self = c.piece(0);
            String word = self.in(c.sentence());
            for (int direction : new int[] {-1, 1}) {
                for (int k = direction; ; k += direction) {
                    Piece p = c.piece(k);
                    if (p == null || p.type() == TokenType.PUNCTUATION) break;
                    if (p.is(c.sentence(), word)) return true;
                }
            }
            return false;
        }

        /**
         * Whether the verb governs a person who then acts (叫他们去, 叫我快走): a personal pronoun next, then a verb,
         * adverb or adjective, not a name or noun (叫我小王 is "to call").
         */
        private static boolean isPivot(Context c) {
            if (c.next() == null || !PERSONS.contains(c.next()) || c.afterNext() == null) return false;
            String tag = c.afterNextTag();
            return isVerb(tag) || Tags.isAdverb(tag) || Tags.isAdjective(tag);
        }

        /**
         * A place follows, then a verb: a locative or place word (往/前/走), or a noun and a locative (望/车/外/看),
         * the way a preposition of direction stands before the verb it places.
         */
        private static boolean placeThenVerb(Context c) {
            Piece place = c.piece(1);
            if (place == null || place.type() != TokenType.HAN) return false;
            int verb = 2;
            if (Tags.isNoun(place.tag()) && !Tags.isPersonName(place.tag())) {
                Piece locative = c.piece(2);
                if (locative == null || !Tags.isLocative(locative.tag())) return false;
                verb = 3;
            } else if (!Tags.isLocative(place.tag()) && !Tags.isPlaceWord(place.tag())) {
                return false;
            }
            Piece after = c.piece(verb);
            return after != null && isVerb(after.tag());
        }

        private static final Set<String> PERSONS = Set.of(
                "我", "你", "他", "她", "它", "您", "我们", "你们", "他们", "她们", "它们", "咱们", "大家", "人", "别人", "人家", "孩子", "学生");

        /** A classifier or a unit of time, which makes a quantity with a number before it (五十/岁, 二/年). */
        private static boolean isMeasure(String word, String tag) {
            return Tags.isClassifier(tag) || word.length() == 1 && "年岁月天日周个次回倍里斤尺寸".indexOf(word.charAt(0)) >= 0;
        }

        /** Whether the next token is a verb used as a noun that the token after it shows working as a verb. */
        private static boolean verbalNounAsVerb(Context c) {
            return Tags.isVerbalNoun(c.nextTag()) && worksAsVerb(c.afterNext(), c.afterNextType(), c.afterNextTag());
        }

        /** A verb's tag, not a verb used as a noun ({@code vn}). */
        private static boolean isVerb(String tag) {
            return Tags.isVerb(tag) && !Tags.isVerbalNoun(tag);
        }
    }

    /** Reads the sense table: {@code WORD<TAB>CONDITIONS<TAB>SENSE} lines, {@code #} comments. */
    static Map<String, List<Rule>> parse(InputStream in, String origin) throws IOException {
        Map<String, List<Rule>> rules = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] fields = line.split("\t");
                if (fields.length != 3) {
                    throw new IllegalStateException(origin + ":" + number + ": expected WORD<TAB>CONDITIONS<TAB>SENSE");
                }
                List<Condition> conditions = new ArrayList<>();
                for (String c : fields[1].strip().split("\\s+")) {
                    Condition condition = Condition.parse(c);
                    if (condition == null) {
                        throw new IllegalStateException(origin + ":" + number + ": unknown condition " + c);
                    }
                    conditions.add(condition);
                }
                rules.computeIfAbsent(fields[0].strip(), k -> new ArrayList<>())
                        .add(new Rule(fields[0].strip(), List.copyOf(conditions), fields[2].strip()));
            }
        }
        Map<String, List<Rule>> frozen = new HashMap<>();
        rules.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Map.copyOf(frozen);
    }

    /** The bundled table, read on first use. */
    private static final class Table {
        static final String NAME = "/io/github/zhreader/lexicon/sense-order.txt";
        static final Map<String, List<Rule>> RULES;

        static {
            try (InputStream in = SenseOrder.class.getResourceAsStream(NAME)) {
                if (in == null) throw new IllegalStateException("missing resource " + NAME);
                RULES = parse(in, NAME);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
