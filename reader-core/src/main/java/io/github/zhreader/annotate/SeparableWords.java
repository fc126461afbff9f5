package io.github.zhreader.annotate;

import io.github.zhreader.Gloss;
import io.github.zhreader.GlossKind;
import io.github.zhreader.GlossSource;
import io.github.zhreader.lexicon.CedictEntry;
import io.github.zhreader.lexicon.GlossaryEntry;
import io.github.zhreader.lexicon.Lexicon;
import io.github.zhreader.pinyin.notation.Syllables;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The separable verb-object words (离合词) that {@link ExpressionFinder} finds with other words between verb and
 * object, glossed by CC-CEDICT:
 * <ul>
 *   <li>the common ones of everyday Chinese, listed in {@code separable-words.txt} (帮…忙, 见…面, 睡…觉);</li>
 *   <li>CC-CEDICT's verb-object words of two characters: a verb on its own (not a light verb such as 有, 是, 成)
 *   and a one-character noun (写信, 熬夜, 吃亏, 流泪, 缺德), found where the object is not tagged as a verb,
 *   adjective, number, measure word or function word;</li>
 *   <li>CC-CEDICT's verb-object phrases, by this rule: a headword of three or four characters whose first character
 *   is a verb on its own (its entry has a "to …" sense), whose rest is a dictionary word that is not a verb (its
 *   first sense is not "to …"), or a word the dictionary lacks that is not a complement (黑锅 in 背黑锅, not 不起 in
 *   看不起), and whose own first sense is a verb's ("to …") or is marked figurative, literal or
 *   idiomatic: 炒鱿鱼, 走后门, 泼冷水, 背黑锅, 吃闭门羹, 开绿灯, 拍马屁, 打电话.</li>
 * </ul>
 * The list is read when the words are made; CC-CEDICT's phrases are worked out for each verb when a text first
 * has it. Thread-safe.
 */
final class SeparableWords {

    private static final String LIST = "/io/github/zhreader/lexicon/separable-words.txt";

    /** Verb → object → the word, as a separable entry whose gloss is CC-CEDICT's: our list's words. */
    private final Map<String, Map<String, GlossaryEntry>> listed;
    /** The same with CC-CEDICT's verb-object phrases, worked out for each verb when first asked for. */
    private final Map<String, VerbObjects> byVerb = new ConcurrentHashMap<>();

    private final Lexicon lexicon;

    private SeparableWords(Lexicon lexicon, Map<String, Map<String, GlossaryEntry>> listed) {
        this.lexicon = lexicon;
        this.listed = listed;
        this.twoCharacterVerbs = listed.keySet().stream().anyMatch(v -> v.length() == 2);
    }

    /** Whether the list has a verb of two characters; CC-CEDICT's words are found for one-character verbs only. */
    private final boolean twoCharacterVerbs;

    /**
     * The separable words of one verb: the word of each object, and the characters that begin an object, for a quick
     * look before the objects are spelt out.
     */
    record VerbObjects(Map<String, GlossaryEntry> byObject, String starts) {}

    /**
     * The one-character verbs' words, by the character (asked for every verb of every text, so kept where no hash is
     * needed); an entry is written once, and a race only computes the same entry twice.
     */
    private final VerbObjects[] bySingleVerb = new VerbObjects[Character.MAX_VALUE + 1];

    /** The separable words with the verb that is {@code text}'s first {@code length} characters (1 or 2). */
    VerbObjects byVerb(String text, int length) {
        if (length != 1) return twoCharacterVerbs ? byVerb(text.substring(0, length)) : null;
        return verbAt(text, 0);
    }

    /** The words whose verb is the one character {@code text.charAt(at)}, or {@code null} if it has none. */
    VerbObjects verbAt(String text, int at) {
        char verb = text.charAt(at);
        VerbObjects objects = bySingleVerb[verb];
        if (objects == null) bySingleVerb[verb] = objects = byVerb.computeIfAbsent(String.valueOf(verb), this::objects);
        return objects.byObject().isEmpty() ? null : objects;
    }

    /** The separable words with this verb (one character or two), or {@code null} if it has none. */
    VerbObjects byVerb(String verb) {
        if (verb.length() == 1) return byVerb(verb, 1);
        VerbObjects objects = byVerb.get(verb);
        if (objects == null) objects = byVerb.computeIfAbsent(verb, this::objects);
        return objects.byObject().isEmpty() ? null : objects;
    }

    /** Adjectives that the segmenter writes together with a one-character object (大忙, 大祸, 好觉). */
    static final String ADJECTIVES = "大小好新老闲怪闷苦坏倒冷热长短";

    /** Classifiers that the segmenter may write together with a one-character object after them (点心 in 放了点心). */
    static final String FUSED_CLASSIFIERS = "点场顿";

    private VerbObjects objects(String verb) {
        Map<String, GlossaryEntry> objects = new HashMap<>(listed.getOrDefault(verb, Map.of()));
        if (verb.length() == 1 && isVerb(lexicon, verb)) {
            for (String word : lexicon.cedict().headwordsStartingWith(verb)) {
                int length = word.length();
                if (length < 2 || length > 4 || word.codePointCount(0, length) != length) continue;
                String object = word.substring(1);
                if (objects.containsKey(object)) continue;
                for (CedictEntry e : lexicon.lookup(word)) {
                    if (!e.simplified().equals(word)
                            || e.properNoun()
                            || e.definitions().isEmpty()) continue;
                    if (isVerbObject(lexicon, e, verb, object)) {
                        add(objects, lexicon, e, verb, object, object.length() == 1 ? TWO_CHARACTER : PHRASE);
                        break;
                    }
                }
            }
        }
        StringBuilder starts = new StringBuilder();
        for (String o : objects.keySet()) {
            if (starts.indexOf(o.substring(0, 1)) < 0) starts.append(o.charAt(0));
        }
        // An adjective or a classifier the segmenter wrote with a one-character object (大忙, 点心) begins it too.
        if (!objects.isEmpty()) starts.append(ADJECTIVES).append(FUSED_CLASSIFIERS);
        return new VerbObjects(Map.copyOf(objects), starts.toString());
    }

    /** Every separable word with one of these verbs, as {@code 帮…忙}, for tests and documentation. */
    List<String> all(String verbs) {
        return verbs.codePoints()
                .mapToObj(Character::toString)
                .flatMap(v -> byVerb.computeIfAbsent(v, this::objects).byObject().keySet().stream()
                        .map(o -> v + "…" + o))
                .sorted()
                .toList();
    }

    /**
     * The words for this dictionary, shared by every reader on it: what a verb's phrases are depends only on the
     * dictionary, and working them out again for each new reader would make every first text slower.
     */
    static SeparableWords of(Lexicon lexicon) {
        synchronized (SHARED) {
            return SHARED.computeIfAbsent(lexicon.cedict(), d -> load(lexicon));
        }
    }

    private static final Map<io.github.zhreader.lexicon.CedictDictionary, SeparableWords> SHARED =
            new java.util.WeakHashMap<>();

    private static SeparableWords load(Lexicon lexicon) {
        Map<String, Map<String, GlossaryEntry>> index = new HashMap<>();
        String list;
        try (InputStream in = SeparableWords.class.getResourceAsStream(LIST)) {
            if (in == null) throw new IllegalStateException("missing resource " + LIST);
            list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int number = 0;
        for (String line : list.split("\n")) {
            number++;
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] fields = line.split("\t");
            String headword = fields[0].strip();
            int gap = headword.indexOf('…');
            if (gap <= 0 || gap == headword.length() - 1 || fields.length != 1 && fields.length != 3) {
                throw new IllegalStateException(LIST + ":" + number
                        + ": expected VERB…OBJECT, or VERB…OBJECT<TAB>PINYIN<TAB>GLOSS, got " + line);
            }
            String verb = headword.substring(0, gap);
            String object = headword.substring(gap + 1);
            List<CedictEntry> entries = lexicon.lookup(verb + object).stream()
                    .filter(e -> e.simplified().equals(verb + object) && !e.properNoun())
                    .toList();
            Map<String, GlossaryEntry> objects = index.computeIfAbsent(verb, k -> new HashMap<>());
            if (fields.length == 3) {
                if (!entries.isEmpty()) {
                    throw new IllegalStateException(LIST + ":" + number + ": " + verb + object
                            + " is in CC-CEDICT: list it without a gloss of its own");
                }
                addOwn(objects, lexicon, verb, object, fields[1].strip(), fields[2].strip(), LIST + ":" + number);
                continue;
            }
            if (entries.isEmpty()) {
                throw new IllegalStateException(LIST + ":" + number + ": " + verb + object
                        + " is not in CC-CEDICT: give its pinyin and a gloss");
            }
            add(objects, lexicon, entries.get(0), verb, object, "in zhreader's list of separable words");
        }
        Map<String, Map<String, GlossaryEntry>> frozen = new HashMap<>();
        index.forEach((k, v) -> frozen.put(k, Map.copyOf(v)));
        return new SeparableWords(lexicon, Map.copyOf(frozen));
    }

    /** Whether entry {@code e} is the verb {@code verb}, a verb on its own, and its object {@code object}. */
    private static boolean isVerbObject(Lexicon lexicon, CedictEntry e, String verb, String object) {
        String first = e.definitions().get(0);
        // Two characters: a verb and a one-character noun (见面, 写信, 熬夜, 吃亏), the word itself a verb.
        if (object.length() == 1) {
            if (FUNCTION_CHARACTERS.indexOf(object.charAt(0)) >= 0 || LIGHT_VERBS.indexOf(verb.charAt(0)) >= 0) {
                return false;
            }
            List<CedictEntry> objects =
                    lexicon.lookup(object).stream().filter(x -> !x.properNoun()).toList();
            List<CedictEntry> own = objects.stream()
                    .filter(x -> !x.definitions().isEmpty() && x.variantOf().isEmpty() && !x.referenceOnly())
                    .toList();
            return !own.isEmpty()
                    && own.stream().allMatch(x -> isNounSense(x.definitions().get(0)));
        }
        if (!SenseOrder.isVerbSense(first)
                && e.definitions().stream()
                        .noneMatch(d -> d.contains("fig.") || d.contains("lit.") || d.contains("(idiom"))) {
            return false;
        }
        // A four-character idiom (听其自然, 隐忍不发) is a set phrase, not a verb and its object.
        if (object.length() == 3 && e.definitions().stream().anyMatch(d -> d.contains("(idiom"))) return false;
        // An object the dictionary lacks (黑锅 in 背黑锅) will do, but not a complement (看不起, 吃得消, 想一想).
        if ("不得了着过".indexOf(object.charAt(0)) >= 0 || object.endsWith("了")) return false;
        List<CedictEntry> objects =
                lexicon.lookup(object).stream().filter(x -> !x.properNoun()).toList();
        if (objects.isEmpty()) {
            return object.length() == 2 && "一来去上下儿".indexOf(object.charAt(0)) < 0 && SenseOrder.isVerbSense(first);
        }
        return objects.stream()
                .noneMatch(x -> x.definitions().isEmpty()
                        || SenseOrder.isVerbSense(x.definitions().get(0)));
    }

    /**
     * How a two-character word of CC-CEDICT is marked: where it is found, its object must not be tagged as a verb,
     * adjective, number, measure word or function word (写/了/一封/信, not 站/得/稳), since one character can be many
     * things.
     */
    static final String TWO_CHARACTER = "a verb-object word of CC-CEDICT";

    /**
     * How a verb-object phrase of CC-CEDICT (three or four characters) is marked: mostly figurative, it is not found
     * with a measure word of a physical quantity inside (割了一把韭菜 is cutting chives).
     */
    static final String PHRASE = "a verb-object phrase of CC-CEDICT";

    /** Particles, numerals and measure words, which are never the object of a verb-object word. */
    private static final String FUNCTION_CHARACTERS = "不得了着过的地之乎者也为于以吗呢吧啊一二三四五六七八九十百千万两几半个些";

    /**
     * Verbs that make words with almost any noun without being separable words (有人 "someone", 成片, 比年): a
     * two-character word of CC-CEDICT with one of them is left to the list.
     */
    private static final String LIGHT_VERBS = "有无没是为在要比给让被把将会能对向从到成加超更长";

    /** Whether the character is a verb on its own: one of its entries has a "to …" sense. */
    private static boolean isVerb(Lexicon lexicon, String verb) {
        return lexicon.lookup(verb).stream()
                .filter(x -> !x.properNoun())
                .anyMatch(x -> x.definitions().stream().anyMatch(SenseOrder::isVerbSense));
    }

    /** A sense that names a thing: not a verb's, a grammatical word's, a classifier's or a pointer to a word. */
    private static boolean isNounSense(String sense) {
        String s = SenseOrder.bare(sense);
        return !s.startsWith("to ")
                && !s.startsWith("surname")
                && !s.startsWith("classifier")
                && !s.startsWith("variant")
                && !s.startsWith("used ")
                && !s.startsWith("abbr")
                && !s.startsWith("old variant")
                && !s.isEmpty();
    }

    /**
     * A word of the list that CC-CEDICT lacks (拉…车, 拆…桥), with its pinyin (numbered, one syllable a character) and
     * zhreader's own gloss, senses separated by {@code ;}. Its traditional form is its characters' own.
     */
    private static void addOwn(
            Map<String, GlossaryEntry> objects,
            Lexicon lexicon,
            String verb,
            String object,
            String pinyin,
            String gloss,
            String where) {
        String word = verb + object;
        List<String> syllables = List.of(pinyin.toLowerCase(Locale.ROOT).split("\\s+"));
        if (syllables.size() != word.codePointCount(0, word.length())
                || !syllables.stream().allMatch(Syllables::isValid)) {
            throw new IllegalStateException(where + ": expected one numbered syllable a character, got " + pinyin);
        }
        StringBuilder traditional = new StringBuilder();
        word.codePoints()
                .forEach(cp -> traditional.append(lexicon.lookup(Character.toString(cp)).stream()
                        .filter(e -> !e.properNoun())
                        .map(CedictEntry::traditional)
                        .findFirst()
                        .orElse(Character.toString(cp))));
        List<String> senses = java.util.Arrays.stream(gloss.split(";"))
                .map(String::strip)
                .filter(x -> !x.isEmpty())
                .toList();
        String why = "in zhreader's list of separable words, glossed by zhreader";
        objects.putIfAbsent(
                object,
                new GlossaryEntry(
                        word,
                        traditional.toString(),
                        syllables,
                        GlossKind.WORD,
                        "",
                        senses,
                        note(why, verb, object),
                        List.of(verb, object),
                        List.of(),
                        List.of(),
                        GlossSource.CURATED,
                        why));
    }

    private static void add(
            Map<String, GlossaryEntry> objects,
            Lexicon lexicon,
            CedictEntry e,
            String verb,
            String object,
            String why) {
        Gloss g = lexicon.gloss(e);
        GlossaryEntry entry = new GlossaryEntry(
                verb + object,
                e.traditional(),
                List.of(g.pinyin().toLowerCase(Locale.ROOT).split(" ")),
                GlossKind.WORD,
                "",
                g.senses(),
                note(why, verb, object),
                List.of(verb, object),
                List.of(),
                List.of(),
                GlossSource.CEDICT,
                why);
        objects.putIfAbsent(object, entry);
    }

    /** The note a separable word's gloss carries: where it comes from, and that words can stand inside. */
    private static String note(String why, String verb, String object) {
        return "a separable verb-object word (" + why + "): other words can stand between " + verb + " and " + object;
    }
}
