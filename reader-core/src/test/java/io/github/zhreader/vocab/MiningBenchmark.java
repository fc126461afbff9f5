package io.github.zhreader.vocab;

import io.github.zhreader.ChineseReader;
import io.github.zhreader.index.SentenceLibrary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How many sentences mining finds for some words in a library, and how long it takes in a running JVM (three rounds;
 * the first is cold). Not a test:
 *
 * <pre>
 * java -cp ... io.github.zhreader.vocab.MiningBenchmark LIBRARY_FOLDER KNOWN_WORDS_FILE WORD...
 * </pre>
 *
 * <p>For each word it prints the i+1 sentences found (at most 0 other unknown words), those with at most 1, the
 * sentences that use the word, and the time of {@code sentencesWith} and both {@code mine} calls together.
 */
public final class MiningBenchmark {

    private MiningBenchmark() {}

    public static void main(String[] args) throws Exception {
        ChineseReader reader = ChineseReader.create();
        Set<String> known = new HashSet<>();
        for (String w : Files.readAllLines(Path.of(args[1]))) {
            if (!w.isBlank() && !w.startsWith("#")) known.add(reader.toSimplified(w.strip()));
        }
        List<String> words = List.of(args).subList(2, args.length);
        try (SentenceLibrary library = SentenceLibrary.open(Path.of(args[0]), reader)) {
            for (int round = 0; round < 3; round++) {
                StringBuilder line = new StringBuilder();
                long all = System.nanoTime();
                for (String w : words) {
                    long start = System.nanoTime();
                    SentenceLibrary.SentencesWith with = library.sentencesWith(w);
                    int none = SentenceMining.mine(with.sentences(), w, known::contains, 0, reader::frequencyRank)
                            .size();
                    int one = SentenceMining.mine(with.sentences(), w, known::contains, 1, reader::frequencyRank)
                            .size();
                    line.append(String.format(
                            Locale.ROOT,
                            "  %s: %d i+1, %d with one new word, of %d; %.1f ms%n",
                            w,
                            none,
                            one,
                            with.sentences().size(),
                            (System.nanoTime() - start) / 1e6));
                }
                System.out.printf(
                        Locale.ROOT, "round %d: %.1f ms in all%n%s", round, (System.nanoTime() - all) / 1e6, line);
            }
        }
    }
}
