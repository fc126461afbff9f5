package io.github.zhreader.testing;

import io.github.zhreader.ChineseReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The mix of sentence searches the library benchmarks time (reader-core's {@code eval.LibraryBenchmark},
 * reader-solr's {@code SolrBenchmark}): of every four, two Chinese words of one to four characters from the PKU
 * gold segmentation, the toneless pinyin of another, and an English word or phrase, drawn with a fixed seed.
 */
public final class BenchmarkQueries {

    private static final String[] ENGLISH = {
        "bank",
        "economy",
        "government",
        "development",
        "reform",
        "water",
        "school",
        "market",
        "president",
        "science",
        "\"foreign trade\"",
        "farmer",
        "culture",
        "enterprise",
        "train",
        "army"
    };

    private BenchmarkQueries() {}

    /** {@code n} queries from the segmented text {@code gold}; {@code reader} gives the pinyin. */
    public static List<String> of(Path gold, ChineseReader reader, int n) throws IOException {
        List<String> lines = Files.readAllLines(gold, StandardCharsets.UTF_8);
        Random random = new Random(42);
        List<String> queries = new ArrayList<>();
        while (queries.size() < n) {
            String[] words = lines.get(random.nextInt(lines.size())).strip().split("\\s+");
            String w = words[random.nextInt(words.length)];
            if (w.length() < 1
                    || w.length() > 4
                    || !w.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN))
                continue;
            switch (queries.size() % 4) {
                case 0, 1 -> queries.add(w);
                case 2 ->
                    queries.add(String.join(
                            " ",
                            reader.annotate(w)
                                    .tokens()
                                    .flatMap(t -> t.syllables().stream())
                                    .map(s -> s.substring(0, s.length() - 1))
                                    .toList()));
                default -> queries.add(ENGLISH[random.nextInt(ENGLISH.length)]);
            }
        }
        return queries;
    }
}
