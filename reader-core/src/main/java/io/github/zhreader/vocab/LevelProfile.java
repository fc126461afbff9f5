package io.github.zhreader.vocab;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * A text's level profile: the share of its running words at each HSK 2.0 level and beyond the list, and the level a
 * learner needs to know 95% of them, the figure graded readers are sorted by. Where each word belongs is the level
 * function's to say: the official list alone, or with the words it lacks placed by their parts.
 *
 * <pre>{@code
 * LevelProfile p = LevelProfile.of(Vocabulary.of(reader.annotate(text)), reader::hskLevelByParts);
 * p.levelFor(0.95);   // OptionalInt[4]: HSK 1 to 4 cover 95% of the running words
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class LevelProfile {

    /** The highest HSK 2.0 level. */
    public static final int TOP = 6;

    /** Running words by level: [1] to [6], and [7] for words the list lacks; [0] unused. */
    private final long[] byLevel;

    private final long running;

    private LevelProfile(long[] byLevel) {
        this.byLevel = byLevel;
        long sum = 0;
        for (long n : byLevel) sum += n;
        this.running = sum;
    }

    /**
     * The profile of a text's vocabulary, with {@code levels} telling each word's level (as the text writes it):
     * {@link io.github.zhreader.ChineseReader#hskLevelByParts} places the words the list lacks by their parts,
     * {@link io.github.zhreader.ChineseReader#hskLevel} by the list alone.
     */
    public static LevelProfile of(Vocabulary vocabulary, Function<String, OptionalInt> levels) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (VocabularyEntry e : vocabulary.entries()) counts.merge(e.word(), e.count(), Integer::sum);
        return of(counts, levels);
    }

    /**
     * The profile of words and how often a text uses each, with {@code levels} telling each word's level.
     *
     * @throws IllegalArgumentException for a level outside 1 to 6 or a negative count
     */
    public static LevelProfile of(Map<String, Integer> counts, Function<String, OptionalInt> levels) {
        long[] byLevel = new long[TOP + 2];
        counts.forEach((word, count) -> {
            if (count < 0) throw new IllegalArgumentException(word + ": count " + count + " < 0");
            int level = levels.apply(word).orElse(TOP + 1);
            if (level < 1 || level > TOP + 1) throw new IllegalArgumentException(word + ": HSK level " + level);
            byLevel[level] += count;
        });
        return new LevelProfile(byLevel);
    }

    /** How many running words the profile counts. */
    public long runningWords() {
        return running;
    }

    /**
     * The share of running words at {@code level} (1 to 6), or beyond the list for 7, from 0 to 1 (0 for a text
     * without words).
     */
    public double share(int level) {
        if (level < 1 || level > TOP + 1) throw new IllegalArgumentException("level " + level + " not in 1 to 7");
        return running == 0 ? 0 : (double) byLevel[level] / running;
    }

    /**
     * The lowest level whose words and those of the levels below cover at least {@code share} of the running words;
     * empty when even HSK 1 to 6 cover less, or the text has no words.
     */
    public OptionalInt levelFor(double share) {
        if (running == 0) return OptionalInt.empty();
        long covered = 0;
        for (int level = 1; level <= TOP; level++) {
            covered += byLevel[level];
            if (covered >= share * running) return OptionalInt.of(level);
        }
        return OptionalInt.empty();
    }

    /**
     * One line for people: {@code HSK levels of the running words: 1 52.0%, 2 9.1%, ... beyond 12.3%; 95% of them are
     * within HSK 6}, or that HSK 1 to 6 cover less than 95%.
     */
    public String describe() {
        if (running == 0) return "no words to place in HSK levels";
        StringBuilder sb = new StringBuilder("HSK levels of the running words:");
        for (int l = 1; l <= TOP; l++) sb.append(String.format(Locale.ROOT, " %d %.1f%%,", l, 100 * share(l)));
        sb.append(String.format(Locale.ROOT, " beyond %.1f%%", 100 * share(TOP + 1)));
        OptionalInt needed = levelFor(0.95);
        if (needed.isPresent())
            return sb.append("; 95% of them are within HSK ")
                    .append(needed.getAsInt())
                    .toString();
        return sb.append(String.format(
                        Locale.ROOT, "; HSK 1-6 cover %.1f%% of them, less than 95%%", 100 * (1 - share(TOP + 1))))
                .toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
