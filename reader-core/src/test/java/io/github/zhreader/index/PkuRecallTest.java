package io.github.zhreader.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.zhreader.Readers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Recall on substring ground truth over the SIGHAN 2005 PKU test text (read from ../shared/data when it is there;
 * skipped otherwise): 300 query words of one to four characters taken from the gold segmentation, and for each,
 * every indexed sentence that contains it as a string must be returned; then 50 pinyin and 50 English queries
 * made from gold words' CC-CEDICT readings and first senses, whose recall is measured against the sentences that
 * contain those words.
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
                library.add(
                        "pku-" + i, "PKU " + i, String.join("\n", lines.subList(i, Math.min(lines.size(), i + 100))));
            }
            Random random = new Random(2005);
            Set<String> asked = new HashSet<>();
            int wholeWordFirst = 0;
            while (asked.size() < 300) {
                String[] words = gold.get(random.nextInt(gold.size())).strip().split("\\s+");
                String word = words[random.nextInt(words.length)];
                int length = word.codePointCount(0, word.length());
                if (length < 1
                        || length > 4
                        || !word.codePoints()
                                .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                        || !asked.add(word)) continue;
                SentenceLibrary.Results results = library.search(word, 100_000, 0, null);
                long expected = countSentencesWith(library, word);
                assertEquals(expected, results.total(), "sentences with " + word);
                if (!results.hits().isEmpty()
                        && results.hits().get(0).highlighted().contains("[[" + word + "]]")) wholeWordFirst++;
            }
            assertTrue(wholeWordFirst > 250, "whole-word matches first: " + wholeWordFirst);

            // 50 pinyin and 50 English queries. The truth comes from the gold text and CC-CEDICT, not from the
            // index: a sentence is expected when it contains the gold word whose dictionary reading (or first
            // English sense word) is the query.
            int pinyinExpected = 0;
            int pinyinFound = 0;
            int englishExpected = 0;
            int englishFound = 0;
            Set<String> pinyinAsked = new HashSet<>();
            Set<String> englishAsked = new HashSet<>();
            while (pinyinAsked.size() < 50 || englishAsked.size() < 50) {
                String[] words = gold.get(random.nextInt(gold.size())).strip().split("\\s+");
                String word = words[random.nextInt(words.length)];
                if (word.length() < 2
                        || word.length() > 4
                        || !word.codePoints()
                                .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN))
                    continue;
                List<io.github.zhreader.Gloss> entries = Readers.shared().lookup("zh:" + word, 5).stream()
                        .filter(g -> g.source() == io.github.zhreader.GlossSource.CEDICT
                                && g.kind() != io.github.zhreader.GlossKind.NAME)
                        .toList();
                if (entries.isEmpty()) continue;
                Set<Integer> truth = sentencesWithIds(library, word);
                if (pinyinAsked.size() < 50
                        && entries.stream()
                                        .map(io.github.zhreader.Gloss::pinyin)
                                        .distinct()
                                        .count()
                                == 1
                        && pinyinAsked.add(word)) {
                    String query = java.util.Arrays.stream(
                                    entries.get(0).pinyin().split(" "))
                            .map(io.github.zhreader.pinyin.notation.Syllables::toneless)
                            .collect(java.util.stream.Collectors.joining(" "));
                    Set<Integer> found =
                            ids(library.search("py:" + query, 100_000, 0, null).hits());
                    pinyinExpected += truth.size();
                    pinyinFound += truth.stream().filter(found::contains).count();
                }
                String sense = entries.get(0)
                        .senses()
                        .get(0)
                        .replaceAll("\\(.*?\\)", " ")
                        .strip();
                String english =
                        sense.startsWith("to ") ? sense.substring(3).split("[ ;,]")[0] : sense.split("[ ;,]")[0];
                if (englishAsked.size() < 50 && english.matches("[a-z]{4,}") && englishAsked.add(word)) {
                    Set<Integer> found = ids(
                            library.search("en:" + english, 100_000, 0, null).hits());
                    englishExpected += truth.size();
                    englishFound += truth.stream().filter(found::contains).count();
                }
            }
            assertTrue(pinyinFound >= 0.95 * pinyinExpected, "pinyin recall " + pinyinFound + "/" + pinyinExpected);
            // English finds words as the segmenter cut them, while the truth counts the word inside longer words
            // too (国家 inside 国家队, glossed "national team"): 90.4% measured, so the bar is lower.
            assertTrue(
                    englishFound >= 0.85 * englishExpected, "English recall " + englishFound + "/" + englishExpected);
        }
    }

    /** Hits as document#sentence keys. */
    private static Set<Integer> ids(List<SentenceHit> hits) {
        Set<Integer> ids = new HashSet<>();
        for (SentenceHit h : hits) ids.add((h.document() + "#" + h.sentence()).hashCode());
        return ids;
    }

    /** The sentences (document#sentence keys) whose text contains {@code word}. */
    private static Set<Integer> sentencesWithIds(SentenceLibrary library, String word) {
        Set<Integer> ids = new HashSet<>();
        for (LibraryDocument d : library.documents()) {
            List<String> sentences = sentencesOf(library.text(d.id()).orElseThrow());
            for (int i = 0; i < sentences.size(); i++) {
                if (sentences.get(i).contains(word)) ids.add((d.id() + "#" + i).hashCode());
            }
        }
        return ids;
    }

    /**
     * The ground truth: every indexed sentence whose text contains {@code word}, counted from the stored texts, and
     * every other sentence where the word is a separable phrase with other words inside (动了真格 for 动真格).
     */
    private static long countSentencesWith(SentenceLibrary library, String word) {
        long n = 0;
        for (LibraryDocument d : library.documents()) {
            String text = library.text(d.id()).orElseThrow();
            List<String> sentences = sentencesOf(text);
            Set<Integer> separated = new HashSet<>();
            for (io.github.zhreader.Expression x : EXPRESSIONS.computeIfAbsent(
                    text, t -> Readers.shared().annotate(t).expressions())) {
                if (x.separated() && x.headword().equals(word)) separated.add(x.sentence());
            }
            for (int i = 0; i < sentences.size(); i++) {
                if (sentences.get(i).contains(word) || separated.contains(i)) n++;
            }
        }
        return n;
    }

    private static final java.util.Map<String, List<io.github.zhreader.Expression>> EXPRESSIONS =
            new java.util.HashMap<>();

    private static final java.util.Map<String, List<String>> SENTENCES = new java.util.HashMap<>();

    private static List<String> sentencesOf(String text) {
        return SENTENCES.computeIfAbsent(
                text,
                t -> Readers.shared().annotate(t).sentences().stream()
                        .map(io.github.zhreader.Sentence::text)
                        .toList());
    }
}
