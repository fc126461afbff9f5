package io.github.zhreader.lexicon;

import io.github.zhreader.ZhReaderException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Parses the CC-CEDICT text format ({@code cedict_ts.u8}):
 * <pre>{@code
 * # CC-CEDICT                                        comment, ignored
 * #! entries=125049                                  header metadata, key=value
 *                                                    blank line, ignored
 * 銀行 银行 [yin2 hang2] /bank/CL:家[jia1],個|个[ge4]/   TRADITIONAL SIMPLIFIED [pinyin] /sense/sense/
 * }</pre>
 * Senses are separated by {@code /} and never contain it; they are stripped of surrounding spaces. The pinyin is
 * normalised as {@link CedictEntry} describes. A byte order mark at the start of the text is skipped.
 *
 * <p>Use {@code CedictParser.parse(Files.newBufferedReader(path, StandardCharsets.UTF_8))}.
 *
 * <p>Stateless and thread-safe.
 */
public final class CedictParser {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private CedictParser() {}

    /**
     * The parsed dictionary: the entries in file order and the {@code #! key=value} header.
     *
     * <p>Immutable and thread-safe.
     *
     * @param entries the entries in file order
     * @param header the header metadata, for example {@code entries=125049}, {@code date=2026-09-10T07:14:51Z},
     *     {@code license=...}, {@code publisher=MDBG}; a repeated key keeps its last value
     */
    public record Result(List<CedictEntry> entries, Map<String, String> header) {

        /**
         * Copies both collections.
         *
         * @param entries the entries in file order
         * @param header the header metadata
         * @throws NullPointerException if either collection or any element is {@code null}
         */
        public Result {
            entries = List.copyOf(entries);
            header = Map.copyOf(header);
        }
    }

    /**
     * Reads CC-CEDICT text to the end. The reader is not closed.
     *
     * @param reader the text, for example {@code Files.newBufferedReader(path, StandardCharsets.UTF_8)}
     * @return the entries in file order and the header
     * @throws CedictFormatException for a malformed line: no {@code [pinyin]}, not exactly two headwords before it,
     *     no {@code /senses/} after it, an empty sense, or a {@code #!} line without {@code key=value}
     * @throws ZhReaderException if reading fails
     */
    public static Result parse(Reader reader) {
        Objects.requireNonNull(reader, "reader");
        BufferedReader lines =
                reader instanceof BufferedReader buffered ? buffered : new BufferedReader(reader, 1 << 16);
        List<CedictEntry> entries = new ArrayList<>();
        Map<String, String> header = new HashMap<>();
        int lineNumber = 0;
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.startsWith("#!")) {
                    parseHeader(line, lineNumber, header);
                } else if (!line.startsWith("#") && !line.isBlank()) {
                    entries.add(parseEntry(line, lineNumber));
                }
            }
        } catch (IOException e) {
            throw new ZhReaderException("could not read CC-CEDICT text after line " + lineNumber + ": " + e, e);
        }
        return new Result(entries, header);
    }

    private static void parseHeader(String line, int lineNumber, Map<String, String> header) {
        int equals = line.indexOf('=');
        String key = equals < 0 ? "" : line.substring(2, equals).strip();
        if (key.isEmpty()) {
            throw new CedictFormatException(lineNumber, line, "header line is not '#! key=value'");
        }
        header.put(key, line.substring(equals + 1).strip());
    }

    static CedictEntry parseEntry(String line, int lineNumber) {
        int open = line.indexOf('[');
        if (open < 0) {
            throw new CedictFormatException(lineNumber, line, "missing [pinyin]");
        }
        int close = line.indexOf(']', open);
        if (close < 0) {
            throw new CedictFormatException(lineNumber, line, "missing ] after the pinyin");
        }
        String[] headwords = WHITESPACE.split(line.substring(0, open).strip());
        int headwordCount = headwords[0].isEmpty() ? 0 : headwords.length;
        if (headwordCount != 2) {
            throw new CedictFormatException(
                    lineNumber,
                    line,
                    "expected TRADITIONAL SIMPLIFIED before [pinyin], found " + headwordCount + " headword(s)");
        }
        String senseText = line.substring(close + 1).strip();
        if (senseText.length() < 2 || senseText.charAt(0) != '/' || senseText.charAt(senseText.length() - 1) != '/') {
            throw new CedictFormatException(lineNumber, line, "expected /sense/.../ after [pinyin]");
        }
        List<String> senses = new ArrayList<>();
        int start = 1;
        for (int slash = senseText.indexOf('/', start); slash >= 0; slash = senseText.indexOf('/', start)) {
            String sense = senseText.substring(start, slash).strip();
            if (sense.isEmpty()) {
                throw new CedictFormatException(lineNumber, line, "empty sense");
            }
            senses.add(sense);
            start = slash + 1;
        }
        try {
            return new CedictEntry(headwords[0], headwords[1], line.substring(open + 1, close), senses);
        } catch (IllegalArgumentException e) {
            throw new CedictFormatException(lineNumber, line, e.getMessage());
        }
    }
}
