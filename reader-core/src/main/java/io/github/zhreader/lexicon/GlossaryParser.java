package io.github.zhreader.lexicon;

import io.github.zhreader.GlossKind;
import io.github.zhreader.GlossSource;
import io.github.zhreader.TokenType;
import io.github.zhreader.pinyin.notation.PinyinInput;
import io.github.zhreader.pinyin.notation.Syllables;
import io.github.zhreader.text.Whitespace;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the glossary format. A full entry is a header line and indented {@code key: value} lines:
 * <pre>
 * 薅羊毛 [hao1 yang2 mao2] slang
 *   literal: pluck wool off the sheep
 *   meaning: to grab small freebies from promotions, coupons or loopholes
 *   note: internet slang
 *   split: 薅…羊毛
 * </pre>
 * The header is {@code SIMPLIFIED[|TRADITIONAL] [pinyin] KIND}; the keys are {@code literal}, {@code meaning}
 * (repeatable, at least one), {@code note} and {@code split} (the headword with {@code …} where other words may
 * stand, optionally followed by {@code with} and the only words allowed there: {@code 挂…梯子 with 着 了}) and
 * {@code context} (words of which one must occur in the sentence for this sense to come before the dictionary's,
 * for a sense only some texts mean: {@code 毕业} "to be laid off" with {@code context: 裁员 公司 员工}).
 * Short forms, for users' own lists:
 * <pre>
 * 羊毛党 [yang2 mao2 dang3] freebie hunters / coupon clippers      one line: meanings separated by " / "
 * 羊毛党	yáng máo dǎng	freebie hunters                          tab-separated: headword, pinyin, meaning
 * 对数据 = 对 数据                                                   a segmentation rule: always cut like this
 * </pre>
 * Pinyin has one syllable per character, with tone numbers or tone marks. Lines starting with {@code #} and blank
 * lines are skipped; a blank line ends an entry. Any other line is an error naming its line.
 *
 * <p>Stateless and thread-safe.
 */
final class GlossaryParser {

    private static final Pattern HEADER = Pattern.compile("^(\\S+?)\\s*\\[([^\\]]*)\\]\\s*(.*)$");
    private static final Pattern RULE = Pattern.compile("^(\\S+)\\s+=\\s+(\\S+(?:\\s+\\S+)+)\\s*$");

    private GlossaryParser() {}

    /** What a glossary file holds: its entries in order, and its segmentation rules. */
    record Parsed(List<GlossaryEntry> entries, Map<String, List<String>> rules) {}

    static Parsed parse(Reader reader, String name, GlossSource source) {
        List<GlossaryEntry> entries = new ArrayList<>();
        Map<String, List<String>> rules = new LinkedHashMap<>();
        Map<String, String> seen = new LinkedHashMap<>();
        Builder open = null;
        try (BufferedReader lines = new BufferedReader(reader)) {
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                String origin = name + ":" + number;
                if (number == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
                if (line.isBlank()) {
                    open = finish(open, entries, seen);
                    continue;
                }
                if (line.stripLeading().startsWith("#")) continue;
                if (Character.isWhitespace(line.charAt(0))) {
                    if (open == null)
                        throw new GlossaryFormatException(origin, "indented line outside an entry: " + line.strip());
                    open.key(line, origin);
                    continue;
                }
                open = finish(open, entries, seen);
                if (line.indexOf('\t') >= 0) {
                    entries.add(checkNew(tabSeparated(line, origin, source), seen));
                    continue;
                }
                Matcher rule = RULE.matcher(line);
                if (rule.matches()) {
                    List<String> parts = List.of(rule.group(2).split("\\s+"));
                    if (!String.join("", parts).equals(rule.group(1))) {
                        throw new GlossaryFormatException(
                                origin, "the parts " + String.join(" ", parts) + " do not spell " + rule.group(1));
                    }
                    rules.put(rule.group(1), parts);
                    continue;
                }
                Matcher header = HEADER.matcher(line.strip());
                if (!header.matches()) {
                    throw new GlossaryFormatException(
                            origin,
                            "expected 'HEADWORD [pinyin] KIND', "
                                    + "'HEADWORD [pinyin] meaning', a tab-separated line or 'WORD = PART PART': "
                                    + line.strip());
                }
                boolean latin = header.group(2).strip().equals("-");
                String[] forms = latin ? latinForms(header.group(1), origin) : forms(header.group(1), origin);
                List<String> syllables = latin ? List.of() : syllables(header.group(2), forms[0], origin);
                String rest = header.group(3).strip();
                Optional<GlossKind> kind = kind(rest);
                if (kind.isPresent()) {
                    open = new Builder(forms[0], forms[1], syllables, kind.get(), source, origin);
                } else if (rest.isEmpty()) {
                    throw new GlossaryFormatException(origin, "no kind or meaning after the pinyin of " + forms[0]);
                } else {
                    entries.add(checkNew(
                            new GlossaryEntry(
                                    forms[0],
                                    forms[1],
                                    syllables,
                                    GlossKind.WORD,
                                    "",
                                    meanings(rest),
                                    "",
                                    List.of(),
                                    List.of(),
                                    List.of(),
                                    source,
                                    origin),
                            seen));
                }
            }
            finish(open, entries, seen);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Parsed(List.copyOf(entries), Map.copyOf(rules));
    }

    private static GlossaryEntry tabSeparated(String line, String origin, GlossSource source) {
        String[] fields = line.split("\t");
        if (fields.length < 3 || fields[0].isBlank() || fields[2].isBlank()) {
            throw new GlossaryFormatException(origin, "a tab-separated line needs headword, pinyin and meaning");
        }
        String[] forms = forms(fields[0].strip(), origin);
        return new GlossaryEntry(
                forms[0],
                forms[1],
                syllables(fields[1], forms[0], origin),
                GlossKind.WORD,
                "",
                meanings(fields[2].strip()),
                "",
                List.of(),
                List.of(),
                List.of(),
                source,
                origin);
    }

    private static GlossaryEntry checkNew(GlossaryEntry entry, Map<String, String> seen) {
        String before = seen.putIfAbsent(entry.simplified(), entry.origin());
        if (before != null) {
            throw new GlossaryFormatException(
                    entry.origin(), "duplicate headword " + entry.simplified() + " (first at " + before + ")");
        }
        return entry;
    }

    private static Builder finish(Builder open, List<GlossaryEntry> entries, Map<String, String> seen) {
        if (open != null) entries.add(checkNew(open.build(), seen));
        return null;
    }

    /**
     * The headword of a letter abbreviation of the internet ({@code yyds [-] slang}): Latin letters and digits, at
     * least two, with no pinyin; kept in lower case, as it is looked up.
     */
    private static String[] latinForms(String field, String origin) {
        if (!field.matches("[A-Za-z][A-Za-z0-9]+")) {
            throw new GlossaryFormatException(
                    origin,
                    "a headword with [-] for its pinyin must be Latin letters and " + "digits (yyds, u1s1): '" + field
                            + "'");
        }
        String lower = field.toLowerCase(java.util.Locale.ROOT);
        return new String[] {lower, lower};
    }

    private static String[] forms(String field, String origin) {
        String[] forms = field.split("\\|", -1);
        if (forms.length > 2 || forms[0].isEmpty() || forms.length == 2 && forms[1].isEmpty()) {
            throw new GlossaryFormatException(
                    origin, "bad headword '" + field + "' (SIMPLIFIED or SIMPLIFIED|TRADITIONAL)");
        }
        String simplified = forms[0];
        String traditional = forms.length == 2 ? forms[1] : simplified;
        if (!TokenType.containsHan(simplified)) {
            throw new GlossaryFormatException(origin, "headword '" + simplified + "' has no Chinese characters");
        }
        if (simplified.codePointCount(0, simplified.length()) != traditional.codePointCount(0, traditional.length())) {
            throw new GlossaryFormatException(
                    origin, "traditional form " + traditional + " is not as long as " + simplified);
        }
        return new String[] {simplified, traditional};
    }

    /**
     * One numbered syllable per character; tone marks are turned into numbers, and where the others carry tones, a
     * syllable without one is neutral ({@code hé tong gōng} is {@code he2 tong5 gong1}).
     */
    static List<String> syllables(String pinyin, String word, String origin) {
        List<String> result = new ArrayList<>();
        boolean anyTone = false;
        int[] codePoints = word.codePoints().toArray();
        for (String written : Whitespace.split(pinyin)) {
            // A Latin letter or digit of a mixed word (栓Q, 打call, T恤) is written as itself, as CC-CEDICT does.
            int at = result.size();
            if (at < codePoints.length && codePoints[at] < 0x80 && Character.isLetterOrDigit(codePoints[at])) {
                if (!written.equalsIgnoreCase(Character.toString(codePoints[at]))) {
                    throw new GlossaryFormatException(
                            origin,
                            "'" + written + "' stands for the letter " + Character.toString(codePoints[at]) + " in "
                                    + word + " (write the letter itself)");
                }
                result.add(written);
                continue;
            }
            Optional<String> compact = PinyinInput.compact(written);
            String s = compact.map(Syllables::normalize).orElse("");
            if (!Syllables.isValid(s)) {
                throw new GlossaryFormatException(origin, "'" + written + "' is not a pinyin syllable in " + word);
            }
            anyTone |= PinyinInput.hasTones(compact.get());
            result.add(s);
        }
        if (!result.isEmpty() && !anyTone) {
            throw new GlossaryFormatException(
                    origin,
                    "no tones in [" + pinyin.strip() + "] for " + word
                            + " (write tones as numbers, hao3, or marks, hǎo; 5 for the neutral tone)");
        }
        int characters = word.codePointCount(0, word.length());
        if (result.size() != characters) {
            throw new GlossaryFormatException(
                    origin,
                    result.size() + " syllables for " + characters + " characters in " + word + " [" + pinyin.strip()
                            + "]");
        }
        return result;
    }

    private static Optional<GlossKind> kind(String rest) {
        if (rest.isEmpty() || rest.contains(" ")) return Optional.empty();
        try {
            return Optional.of(GlossKind.parse(rest));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static List<String> meanings(String text) {
        List<String> meanings = new ArrayList<>();
        for (String m : text.split("\\s+/\\s+")) {
            if (!m.isBlank()) meanings.add(m.strip());
        }
        return meanings;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** The entry being read: its header, then its keys. */
    private static final class Builder {
        private final String simplified;
        private final String traditional;
        private final List<String> syllables;
        private final GlossKind kind;
        private final GlossSource source;
        private final String origin;
        private final List<String> meanings = new ArrayList<>();
        private String literal = "";
        private String note = "";
        private List<String> parts = List.of();
        private List<String> inside = List.of();
        private List<String> context = List.of();

        Builder(
                String simplified,
                String traditional,
                List<String> syllables,
                GlossKind kind,
                GlossSource source,
                String origin) {
            this.simplified = simplified;
            this.traditional = traditional;
            this.syllables = syllables;
            this.kind = kind;
            this.source = source;
            this.origin = origin;
        }

        void key(String line, String at) {
            // "  key: value": indented, a key of letters, a colon (read without a regular expression: the
            // curated glossary has a few thousand of these lines, read at start-up).
            int i = 0;
            while (i < line.length() && Character.isWhitespace(line.charAt(i))) i++;
            int keyStart = i;
            while (i < line.length() && isAsciiLetter(line.charAt(i))) i++;
            String key = line.substring(keyStart, i);
            while (i < line.length() && Character.isWhitespace(line.charAt(i))) i++;
            if (keyStart == 0 || key.isEmpty() || i == line.length() || line.charAt(i) != ':') {
                throw new GlossaryFormatException(at, "expected '  key: value': " + line.strip());
            }
            String value = line.substring(i + 1).strip();
            if (value.isEmpty()) throw new GlossaryFormatException(at, "empty " + key + " in " + simplified);
            switch (key.toLowerCase(Locale.ROOT)) {
                case "meaning" -> meanings.add(value);
                case "literal" -> literal = once(literal, value, "literal", at);
                case "note" -> note = once(note, value, "note", at);
                case "split" -> {
                    if (!parts.isEmpty()) throw new GlossaryFormatException(at, "a second split in " + simplified);
                    String[] pattern = value.split("\\s+with\\s+", 2);
                    List<String> split = List.of(pattern[0].strip().split("…|\\.\\.\\."));
                    if (split.size() < 2
                            || split.stream().anyMatch(String::isEmpty)
                            || !String.join("", split).equals(simplified)) {
                        throw new GlossaryFormatException(
                                at,
                                "split '" + value + "' must be " + simplified
                                        + " with … where other words may stand, e.g. 薅…羊毛");
                    }
                    parts = split;
                    if (pattern.length == 2) inside = List.of(pattern[1].strip().split("\\s+"));
                }
                case "context" -> {
                    if (!context.isEmpty()) throw new GlossaryFormatException(at, "a second context in " + simplified);
                    context = List.of(value.split("\\s+"));
                }
                default ->
                    throw new GlossaryFormatException(
                            at, "unknown key '" + key + "' (expected literal, meaning, note, split or context)");
            }
        }

        private String once(String current, String value, String key, String at) {
            if (!current.isEmpty()) throw new GlossaryFormatException(at, "a second " + key + " in " + simplified);
            return value;
        }

        GlossaryEntry build() {
            if (meanings.isEmpty()) throw new GlossaryFormatException(origin, "no meaning: line for " + simplified);
            return new GlossaryEntry(
                    simplified,
                    traditional,
                    syllables,
                    kind,
                    literal,
                    meanings,
                    note,
                    parts,
                    inside,
                    context,
                    source,
                    origin);
        }
    }
}
