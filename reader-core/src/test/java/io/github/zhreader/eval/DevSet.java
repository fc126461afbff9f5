package io.github.zhreader.eval;

import io.github.zhreader.AnnotatedText;
import io.github.zhreader.ChineseReader;
import io.github.zhreader.Expression;
import io.github.zhreader.Sentence;
import io.github.zhreader.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The real-text development set of words, names and readings ({@code src/test/resources/io/github/zhreader/devset},
 * whose README says where each text comes from and what each kind of item means), scored on a reader: the share of
 * items right per kind, and the false names per 2,000 characters (tokens tagged as names that lie inside none of
 * the text's real names).
 *
 * <pre>
 * ./mvnw -q -pl reader-core test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.github.zhreader.eval.DevSet [-Dexec.args=--errors]
 * </pre>
 */
public final class DevSet {

    private static final String BASE = "/io/github/zhreader/devset/";

    /** One expectation: in text {@code text}, the span between braces of {@code marked}. */
    public record Item(String text, String kind, String marked, String expected, String note) {
        String context() {
            return marked.replace("{", "").replace("}", "");
        }

        String span() {
            return marked.substring(marked.indexOf('{') + 1, marked.indexOf('}'));
        }
    }

    /** A scored item and what the reader gave. */
    public record Result(Item item, boolean right, String got) {}

    /** The scores of one run. */
    public record Score(
            Map<String, int[]> kinds,
            List<Result> results,
            int falseNames,
            int characters,
            List<String> falseNameList) {
        /** The share of items of {@code kind} that are right, in percent. */
        public double percent(String kind) {
            int[] c = kinds.get(kind);
            return c == null || c[1] == 0 ? 0 : 100.0 * c[0] / c[1];
        }

        /** The share of separable items with a headword whose expression was found, in percent. */
        public double separableRecall() {
            int found = 0;
            int all = 0;
            for (Result r : results) {
                if (!r.item().kind().equals("separable") || r.item().expected().equals("-")) continue;
                all++;
                if (r.right()) found++;
            }
            return all == 0 ? 0 : 100.0 * found / all;
        }

        /**
         * The share of expressions found on separable items that are right, in percent: the expressions of the
         * items found, against those plus every expression found on a near miss.
         */
        public double separablePrecision() {
            int right = 0;
            int wrong = 0;
            for (Result r : results) {
                if (!r.item().kind().equals("separable")) continue;
                boolean nearMiss = r.item().expected().equals("-");
                if (nearMiss && !r.right()) wrong++;
                if (!nearMiss && r.right()) right++;
            }
            return right + wrong == 0 ? 100 : 100.0 * right / (right + wrong);
        }

        /** False names per 2,000 characters of the texts. */
        public double falseNamesPer2000() {
            return 2000.0 * falseNames / characters;
        }
    }

    private DevSet() {}

    /** Scores {@code reader} on the whole set. */
    public static Score score(ChineseReader reader) {
        List<Item> items = items();
        Map<String, List<String>> names = names();
        Map<String, AnnotatedText> docs = new TreeMap<>();
        Map<String, String> texts = new TreeMap<>();
        for (Item item : items) texts.computeIfAbsent(item.text(), DevSet::text);
        for (String id : names.keySet()) texts.computeIfAbsent(id, DevSet::text);
        texts.forEach((id, text) -> docs.put(id, reader.annotate(text)));

        Map<String, int[]> kinds = new LinkedHashMap<>();
        for (String k :
                List.of("seg-whole", "seg-split", "name", "notname", "reading", "gloss", "redup", "separable")) {
            kinds.put(k, new int[2]);
        }
        List<Result> results = new ArrayList<>();
        for (Item item : items) {
            String text = texts.get(item.text());
            int at = text.indexOf(item.context());
            if (at < 0 || text.indexOf(item.context(), at + 1) >= 0) {
                throw new IllegalStateException("the context of this item must occur once in its text: " + item);
            }
            int start = at + item.marked().indexOf('{');
            int end = start + item.span().length();
            List<Token> tokens = tokens(docs.get(item.text()));
            Result r =
                    judge(item, text, start, end, tokens, docs.get(item.text()).expressions());
            String kind = item.kind().equals("seg")
                    ? (item.expected().contains(" ") ? "seg-split" : "seg-whole")
                    : item.kind();
            int[] c = kinds.computeIfAbsent(kind, k -> new int[2]);
            if (r.right()) c[0]++;
            c[1]++;
            results.add(r);
        }

        int falseNames = 0;
        int characters = 0;
        List<String> falseList = new ArrayList<>();
        for (var e : docs.entrySet()) {
            // False names are counted in the texts whose real names names.tsv lists.
            if (!names.containsKey(e.getKey())) continue;
            String text = texts.get(e.getKey());
            characters += (int) text.codePoints()
                    .filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                    .count();
            List<int[]> real = new ArrayList<>();
            for (String name : names.getOrDefault(e.getKey(), List.of())) {
                for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                    real.add(new int[] {at, at + name.length()});
                }
            }
            for (Token t : tokens(e.getValue())) {
                if (!isName(t)) continue;
                boolean inside = real.stream().anyMatch(r -> r[0] <= t.start() && t.end() <= r[1]);
                if (!inside) {
                    falseNames++;
                    falseList.add(e.getKey() + "\t" + t.text() + "/" + t.tag());
                }
            }
        }
        return new Score(kinds, results, falseNames, characters, falseList);
    }

    private static Result judge(
            Item item, String text, int start, int end, List<Token> tokens, List<Expression> expressions) {
        List<Token> over = new ArrayList<>();
        for (Token t : tokens) {
            if (t.end() > start && t.start() < end) over.add(t);
        }
        StringBuilder got = new StringBuilder();
        for (Token t : over)
            got.append(got.length() == 0 ? "" : " ")
                    .append(t.text())
                    .append('/')
                    .append(t.tag());
        boolean right = switch (item.kind()) {
            case "seg" -> {
                List<String> words = new ArrayList<>();
                for (Token t : over) words.add(t.text());
                boolean aligned = !over.isEmpty()
                        && over.get(0).start() == start
                        && over.get(over.size() - 1).end() == end;
                yield aligned && String.join(" ", words).equals(item.expected());
            }
            case "name" ->
                over.size() == 1 && over.get(0).start() == start && over.get(0).end() == end && isName(over.get(0));
            case "notname" -> over.stream().noneMatch(DevSet::isName);
            case "reading" -> {
                String syllable = syllableAt(over, start, text);
                got.append(" ").append(syllable);
                yield item.expected().equals(syllable);
            }
            case "gloss", "redup" -> {
                boolean one = over.size() == 1
                        && over.get(0).start() == start
                        && over.get(0).end() == end;
                String first = over.isEmpty() || over.get(0).glosses().isEmpty()
                        ? "?"
                        : over.get(0).glosses().get(0).senses().get(0);
                got.append(" \"").append(first).append('"');
                yield one
                        && first.toLowerCase(Locale.ROOT)
                                .contains(item.expected().toLowerCase(Locale.ROOT));
            }
            case "separable" -> {
                List<String> found = new ArrayList<>();
                for (Expression x : expressions) {
                    boolean inside = x.parts().stream().allMatch(p -> p.start() >= start && p.end() <= end);
                    if (inside) found.add(x.headword());
                }
                got.setLength(0);
                got.append(found.isEmpty() ? "-" : String.join(" ", found));
                yield item.expected().equals("-") ? found.isEmpty() : found.contains(item.expected());
            }
            default -> throw new IllegalStateException("unknown kind of item: " + item);
        };
        return new Result(item, right, got.toString());
    }

    private static String syllableAt(List<Token> over, int start, String text) {
        if (over.size() != 1) return "?";
        Token t = over.get(0);
        int index = text.codePointCount(t.start(), start);
        return index < t.syllables().size() ? t.syllables().get(index) : "?";
    }

    /** A token tagged as a name: a person, place or organisation. */
    static boolean isName(Token t) {
        return t.isHan()
                && (t.tag().startsWith("nr")
                        || t.tag().startsWith("ns")
                        || t.tag().startsWith("nt"));
    }

    private static List<Token> tokens(AnnotatedText doc) {
        List<Token> tokens = new ArrayList<>();
        for (Sentence s : doc.sentences()) tokens.addAll(s.tokens());
        return tokens;
    }

    static List<Item> items() {
        List<Item> items = new ArrayList<>();
        for (String line : resource("items.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            if (f.length < 4) throw new IllegalStateException("an item needs four columns: " + line);
            items.add(new Item(f[0], f[1], f[2], f[3], f.length > 4 ? f[4] : ""));
        }
        return items;
    }

    static Map<String, List<String>> names() {
        Map<String, List<String>> names = new TreeMap<>();
        for (String line : resource("names.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            names.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f[1].strip());
        }
        return names;
    }

    static String text(String id) {
        return resource("texts/" + id + ".txt");
    }

    private static String resource(String name) {
        try (InputStream in = DevSet.class.getResourceAsStream(BASE + name)) {
            if (in == null) throw new IllegalStateException("missing development-set file " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) {
        boolean errors = args.length > 0 && args[0].equals("--errors");
        Score s = score(ChineseReader.create());
        if (errors) {
            for (Result r : s.results()) {
                if (!r.right()) {
                    System.out.println("MISS\t" + r.item().text() + "\t"
                            + r.item().kind() + "\t" + r.item().marked() + "\texpected "
                            + r.item().expected() + "\tgot " + r.got());
                }
            }
            for (String f : s.falseNameList()) System.out.println("FALSE NAME\t" + f);
        }
        int right = 0;
        int all = 0;
        for (var e : s.kinds().entrySet()) {
            System.out.printf(
                    Locale.ROOT,
                    "%-10s %3d / %3d  %5.1f%%%n",
                    e.getKey(),
                    e.getValue()[0],
                    e.getValue()[1],
                    s.percent(e.getKey()));
            right += e.getValue()[0];
            all += e.getValue()[1];
        }
        System.out.printf(Locale.ROOT, "%-10s %3d / %3d  %5.1f%%%n", "all", right, all, 100.0 * right / all);
        System.out.printf(
                Locale.ROOT,
                "false names: %d in %d Han characters, %.2f per 2,000%n",
                s.falseNames(),
                s.characters(),
                s.falseNamesPer2000());
        System.out.printf(
                Locale.ROOT,
                "separable words: recall %.1f%%, precision %.1f%%%n",
                s.separableRecall(),
                s.separablePrecision());
    }
}
