package io.github.zhreader.vocab;

import io.github.zhreader.AnnotatedText;
import io.github.zhreader.Sentence;
import io.github.zhreader.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The vocabulary of a text: its distinct words (Chinese words that are not names or numbers), how often each is
 * used, how common it is, and how much of the running text the reader already knows, the figure readers judge a
 * text's difficulty by (90 to 98% known makes for comfortable reading).
 *
 * <pre>{@code
 * Vocabulary v = Vocabulary.of(reader.annotate(text));
 * System.out.printf("%.1f%% known%n", 100 * v.knownShare());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Vocabulary {

    /** Orders for the word list. */
    public enum Order {
        /** In order of first appearance. */
        FIRST,
        /** Most used first. */
        COUNT,
        /** Rarest first: unranked words, then by descending rank. */
        RARITY;

        /**
         * Parses {@code first}, {@code count} or {@code rarity}, ignoring case.
         *
         * @throws IllegalArgumentException naming the bad value and the accepted ones
         */
        public static Order parse(String value) {
            for (Order o : values()) {
                if (o.name().equalsIgnoreCase(value.strip())) return o;
            }
            throw new IllegalArgumentException("unknown order '" + value + "' (expected first, count or rarity)");
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final List<VocabularyEntry> entries;
    private final int running;
    private final int runningKnown;

    private Vocabulary(List<VocabularyEntry> entries, int running, int runningKnown) {
        this.entries = List.copyOf(entries);
        this.running = running;
        this.runningKnown = runningKnown;
    }

    /** The vocabulary of an annotated text; tokens marked known count as known. */
    public static Vocabulary of(AnnotatedText text) {
        Map<String, List<Token>> byWord = new LinkedHashMap<>();
        Map<String, Sentence> firstSentence = new LinkedHashMap<>();
        int running = 0;
        int known = 0;
        for (Sentence s : text.sentences()) {
            for (Token t : s.tokens()) {
                if (!t.isVocabulary()) continue;
                running++;
                if (t.known()) known++;
                byWord.computeIfAbsent(t.text(), k -> new ArrayList<>()).add(t);
                firstSentence.putIfAbsent(t.text(), s);
            }
        }
        List<VocabularyEntry> entries = new ArrayList<>(byWord.size());
        byWord.forEach((word, tokens) -> {
            Token first = tokens.get(0);
            entries.add(new VocabularyEntry(
                    word,
                    first.syllables(),
                    tokens.size(),
                    first.rank(),
                    first.glosses().get(0),
                    firstSentence.get(word),
                    first,
                    first.known()));
        });
        return new Vocabulary(entries, running, known);
    }

    /** The distinct words in order of first appearance. */
    public List<VocabularyEntry> entries() {
        return entries;
    }

    /** The distinct words in the given order; ties keep the order of first appearance. */
    public List<VocabularyEntry> sorted(Order order) {
        List<VocabularyEntry> sorted = new ArrayList<>(entries);
        switch (order) {
            case FIRST -> {}
            case COUNT ->
                sorted.sort(Comparator.comparingInt(VocabularyEntry::count).reversed());
            case RARITY ->
                sorted.sort(
                        Comparator.comparingInt((VocabularyEntry e) -> e.rank().orElse(Integer.MAX_VALUE))
                                .reversed());
        }
        return sorted;
    }

    /** The distinct words the reader does not know yet, in order of first appearance. */
    public List<VocabularyEntry> unknown() {
        return entries.stream().filter(e -> !e.known()).toList();
    }

    /** How many vocabulary words the text runs to (each use counted). */
    public int runningWords() {
        return running;
    }

    /** How many of the running words the reader knows. */
    public int runningKnown() {
        return runningKnown;
    }

    /** The share of running words the reader knows, from 0 to 1 (1 for a text without words). */
    public double knownShare() {
        return running == 0 ? 1.0 : (double) runningKnown / running;
    }

    /**
     * The share of running words known, from 0 to 1 (1 for no words), of words and how often a text uses each, as a
     * library keeps them ({@code SentenceLibrary.vocabulary}).
     */
    public static double knownShare(Map<String, Integer> counts, Predicate<String> known) {
        long running = 0;
        long knownRunning = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            running += e.getValue();
            if (known.test(e.getKey())) knownRunning += e.getValue();
        }
        return running == 0 ? 1.0 : (double) knownRunning / running;
    }

    /** How many distinct words the text has. */
    public int distinct() {
        return entries.size();
    }

    /** How many distinct words the reader knows. */
    public int distinctKnown() {
        return (int) entries.stream().filter(VocabularyEntry::known).count();
    }
}
