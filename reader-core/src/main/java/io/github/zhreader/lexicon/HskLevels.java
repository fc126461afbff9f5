package io.github.zhreader.lexicon;

import io.github.zhreader.ZhReaderException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The HSK 2.0 level (1 to 6) of each word of its official list of 5,000, from {@code hsk.txt}, which the build
 * makes from the npm package chinese-lexicon (ISC licence). Words are looked up in simplified characters. Loaded
 * once; immutable and thread-safe.
 */
public final class HskLevels {

    private static final class Holder {
        static final HskLevels LEVELS = load();
    }

    /** Never changed after loading, and published by the holder's class initialisation. */
    private final Map<String, Integer> levels;

    private final String source;

    private HskLevels(Map<String, Integer> levels, String source) {
        this.levels = levels;
        this.source = source;
    }

    /** The list built into the jar. */
    public static HskLevels builtIn() {
        return Holder.LEVELS;
    }

    /** The level of {@code word} (simplified characters), empty when the list lacks it. */
    public OptionalInt of(String word) {
        Integer level = levels.get(word);
        return level == null ? OptionalInt.empty() : OptionalInt.of(level);
    }

    /** How many words are listed. */
    public int size() {
        return levels.size();
    }

    /** The header line that names the list's source. */
    public String source() {
        return source;
    }

    private static HskLevels load() {
        try (InputStream in = HskLevels.class.getResourceAsStream("hsk.txt")) {
            if (in == null) {
                throw new ZhReaderException("hsk.txt is missing from the reader-core jar; rebuild it with ./mvnw");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String source = reader.readLine();
            Map<String, Integer> levels = new HashMap<>(8192);
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.indexOf('\t');
                if (tab > 0) levels.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
            }
            return new HskLevels(levels, source == null ? "" : source.replaceFirst("^# ", ""));
        } catch (IOException | NumberFormatException e) {
            throw new ZhReaderException("hsk.txt in the reader-core jar cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
