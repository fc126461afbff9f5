package io.github.zhreader.index;

import io.github.zhreader.Readers;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Recall on substring ground truth over the SIGHAN 2005 PKU test text (read from ../shared/data when it is there;
 * skipped otherwise): 300 query words of one to four characters taken from the gold segmentation, and for each,
 * every indexed sentence that contains it as a string must be returned.
 */
class PkuRecallTest {

    private static final Path TEXT = Path.of("..", "..", "shared", "data", "sighan2005", "pku_test.utf8");
    private static final Path GOLD = Path.of("..", "..", "shared", "data", "sighan2005", "pku_test_gold.utf8");

    @Test
    void everySentenceWithTheQueryIsFound() throws IOException {
        assumeTrue(Files.isRegularFile(TEXT) && Files.isRegularFile(GOLD), "../shared/data is not here");
        List<String> lines = Files.readAllLines(TEXT, StandardCharsets.UTF_8);
        List<String> gold = Files.readAllLines(GOLD, StandardCharsets.UTF_8);
        try (SentenceLibrary library = SentenceLibrary.inMemory(Readers.shared())) {
            for (int i = 0; i < lines.size(); i += 100) {
                library.add("pku-" + i, "PKU " + i, String.join("\n", lines.subList(i, Math.min(lines.size(), i + 100))));
            }
            Random random = new Random(2005);
            Set<String> asked = new HashSet<>();
            int wholeWordFirst = 0;
            while (asked.size() < 300) {
                String[] words = gold.get(random.nextInt(gold.size())).strip().split("\\s+");
                String word = words[random.nextInt(words.length)];
                int length = word.codePointCount(0, word.length());
                if (length < 1 || length > 4 || !word.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                        || !asked.add(word)) continue;
                SentenceLibrary.Results results = library.search(word, 100_000, 0, null);
                long expected = countSentencesWith(library, word);
                assertEquals(expected, results.total(), "sentences with " + word);
                if (!results.hits().isEmpty() && results.hits().get(0).highlighted().contains("[[" + word + "]]")) wholeWordFirst++;
            }
            assertTrue(wholeWordFirst > 250, "whole-word matches first: " + wholeWordFirst);
        }
    }

    /** The ground truth: every indexed sentence whose text contains {@code word}, counted from the stored texts. */
    private static long countSentencesWith(SentenceLibrary library, String word) {
        long n = 0;
        for (LibraryDocument d : library.documents()) {
            String text = library.text(d.id()).orElseThrow();
            for (String sentence : sentencesOf(text)) if (sentence.contains(word)) n++;
        }
        return n;
    }

    private static final java.util.Map<String, List<String>> SENTENCES = new java.util.HashMap<>();

    private static List<String> sentencesOf(String text) {
        return SENTENCES.computeIfAbsent(text, t -> Readers.shared().annotate(t).sentences().stream()
                .map(io.github.zhreader.Sentence::text).toList());
    }
}
