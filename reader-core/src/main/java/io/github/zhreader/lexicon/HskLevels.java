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

    /**
     * Each character of a listed word, with the lowest level of the listed words it is in: the level at which a
     * learner of the list has met it (见 is in 看见, HSK 1). Never changed after loading.
     */
    private final Map<Character, Integer> characters;

    private HskLevels(Map<String, Integer> levels, String source) {
        this.levels = levels;
        this.characters = new HashMap<>(4096);
        levels.forEach((word, level) -> {
            for (int i = 0; i < word.length(); i++) characters.merge(word.charAt(i), level, Math::min);
        });
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

    /**
     * The level at which a learner of the list has met {@code word}: its own level when the list has it; for a single
     * character the list lacks, the lowest level of the listed words that contain it (见 alone is not listed, but is
     * met in 看见, HSK 1); for a longer word the list lacks, the highest level among the listed words it is made of
     * (这个 is 这 and 个, both HSK 1; 发布会 is 发布, HSK 6, and 会, HSK 1), of the splits into fewest listed words the
     * one with the lowest level. Empty otherwise: a compound with a part the list lacks (老屋: 屋 is not listed) is
     * beyond the list, however common its characters. The list has words, not every compound or single use of them,
     * so a text's profile by this level says more than by the list alone.
     */
    public OptionalInt ofParts(String word) {
        OptionalInt own = of(word);
        if (own.isPresent() || word.isEmpty()) return own;
        if (word.length() == 1) {
            Integer met = characters.get(word.charAt(0));
            return met == null ? OptionalInt.empty() : OptionalInt.of(met);
        }
        int n = word.length();
        // The best split of the first i characters: {parts, level}, or null when there is none.
        int[][] best = new int[n + 1][];
        best[0] = new int[] {0, 0};
        for (int end = 1; end <= n; end++) {
            for (int start = Math.max(0, end - MAX_PART); start < end; start++) {
                if (best[start] == null || (start == 0 && end == n)) continue;
                Integer part = levels.get(word.substring(start, end));
                if (part == null) continue;
                int[] split = {best[start][0] + 1, Math.max(best[start][1], part)};
                if (best[end] == null
                        || split[0] < best[end][0]
                        || (split[0] == best[end][0] && split[1] < best[end][1])) {
                    best[end] = split;
                }
            }
        }
        return best[n] == null ? OptionalInt.empty() : OptionalInt.of(best[n][1]);
    }

    /** The longest part {@link #ofParts} looks for: the list's longest words have four characters. */
    private static final int MAX_PART = 4;

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
