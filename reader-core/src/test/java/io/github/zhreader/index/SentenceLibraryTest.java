package io.github.zhreader.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhreader.AnnotatedText;
import io.github.zhreader.QueryKind;
import io.github.zhreader.Readers;
import io.github.zhreader.Sentence;
import io.github.zhreader.Span;
import io.github.zhreader.TestSeed;
import io.github.zhreader.ZhReaderException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(TestSeed.Reporter.class)
class SentenceLibraryTest {

    private static SentenceLibrary library;
    private static AnnotatedText sample;

    @BeforeAll
    static void addTheSample() {
        library = SentenceLibrary.inMemory(Readers.shared());
        assertEquals(
                40,
                library.add("scale-ai", "Scale AI 的内忧外患", Readers.sampleArticle())
                        .sentences(),
                "the sentences before the web clutter");
        sample = Readers.shared().annotate(Readers.sampleArticle());
    }

    @AfterAll
    static void close() {
        library.close();
    }

    private static Set<Integer> sentencesWith(String substring) {
        return sample.sentences().stream()
                .filter(s -> !sample.isClutter(s) && s.text().contains(substring))
                .map(Sentence::index)
                .collect(Collectors.toSet());
    }

    private static Set<Integer> found(String query) {
        return library.search(query, 1000).stream().map(SentenceHit::sentence).collect(Collectors.toSet());
    }

    @Test
    void everySubstringIsFound() {
        Random random = TestSeed.random("everySubstringIsFound");
        List<Sentence> sentences =
                sample.sentences().stream().filter(s -> !sample.isClutter(s)).toList();
        int checked = 0;
        while (checked < 300) {
            String text = sentences.get(random.nextInt(sentences.size())).text();
            int length = 1 + random.nextInt(4);
            if (text.length() < length) continue;
            int start = random.nextInt(text.length() - length + 1);
            String query = text.substring(start, start + length);
            if (!query.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN))
                continue;
            assertEquals(sentencesWith(query), found(query), "sentences with " + query);
            checked++;
        }
    }

    @Test
    void wholeWordsRankAboveParts() {
        List<SentenceHit> hits = library.search("羊毛", 10);
        assertTrue(hits.size() >= 2, hits.toString());
        assertTrue(hits.get(0).highlighted().contains("[[羊毛]]"), hits.get(0).highlighted());
        assertFalse(
                hits.get(0).text().contains("羊毛党") && !hits.get(0).text().contains("了羊毛"),
                "the sentence where 羊毛 is a word comes first: " + hits.get(0).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"hao yang mao", "haoyangmao", "hao1 yang2 mao2", "hāo yáng máo", "py:hao yang mao"})
    void pinyinFindsThePhraseHoweverItIsTyped(String query) {
        List<SentenceHit> hits = library.search(query, 10);
        assertEquals(1, hits.size(), query + " " + hits);
        assertEquals(
                "比如去年,在制作Meta的一个问答类订单时,Scale AI就被一帮肯尼亚人给[[薅]]了[[羊毛]]。",
                hits.get(0).highlighted());
        assertEquals(List.of(new Span(39, 40), new Span(41, 43)), hits.get(0).highlights());
    }

    @Test
    void aPhraseIsFoundInItsSeparatedForm() {
        List<SentenceHit> hits = library.search("薅羊毛", 10);
        assertEquals(1, hits.size(), hits.toString());
        assertEquals(
                "比如去年,在制作Meta的一个问答类订单时,Scale AI就被一帮肯尼亚人给[[薅]]了[[羊毛]]。",
                hits.get(0).highlighted());
    }

    @Test
    void englishFindsTheGlosses() {
        assertTrue(library.search("shovel", 10).stream().anyMatch(h -> h.text().contains("卖铲子")));
        assertTrue(library.search("\"gold rush\"", 10).stream()
                .anyMatch(h -> h.text().contains("淘金热")));
        assertTrue(
                library.search("en:amnesty", 10).stream().anyMatch(h -> h.text().contains("招安")));
    }

    @Test
    void englishFindsTheReadingTheTextUses() {
        try (SentenceLibrary lib = SentenceLibrary.inMemory(Readers.shared())) {
            lib.add("a", "A", "我的书在桌子上。");
            lib.add("b", "B", "他打的士去机场。");
            lib.add("c", "C", "他还了钱。");
            lib.add("d", "D", "他还在家。");
            // 的 read de is not 的士's "taxi"; 的士 is.
            assertEquals(
                    List.of("b"),
                    lib.search("en:taxi", 10).stream()
                            .map(SentenceHit::document)
                            .toList());
            // 还 read huan is "to pay back"; read hai ("still") it is not.
            assertEquals(
                    List.of("c"),
                    lib.search("en:\"pay back\"", 10).stream()
                            .map(SentenceHit::document)
                            .toList());
            assertEquals(
                    List.of("d"),
                    lib.search("en:still", 10).stream()
                            .map(SentenceHit::document)
                            .toList());
            assertEquals(
                    List.of("a"),
                    lib.search("en:book", 10).stream()
                            .map(SentenceHit::document)
                            .toList());
        }
    }

    @Test
    void modesAreFoundFromTheQuery() {
        assertEquals(QueryKind.CHINESE, QueryKind.of("羊毛"));
        assertEquals(QueryKind.PINYIN, QueryKind.of("yangmao"));
        assertEquals(QueryKind.ENGLISH, QueryKind.of("shovel"));
        assertEquals(QueryKind.ENGLISH, QueryKind.of("\"gold rush\""));
        assertEquals(new QueryKind.Parsed(QueryKind.ENGLISH, true, "yang mao"), QueryKind.parse(" EN: yang mao "));
        assertEquals(new QueryKind.Parsed(QueryKind.PINYIN, false, "hao yang mao"), QueryKind.parse("hao yang mao"));
    }

    @Test
    void documentsCanBeReplacedRemovedAndFoundTwice() {
        try (SentenceLibrary lib = SentenceLibrary.inMemory(Readers.shared())) {
            lib.add("a", "A", "银行行长来了。");
            assertEquals(1, lib.search("行长", 10).size());
            lib.add("a", "A again", "他还了钱。");
            assertEquals(0, lib.search("行长", 10).size(), "re-adding an id replaces it");
            assertEquals("A again", lib.documents().get(0).title());
            SentenceLibrary.Added again = lib.add("b", "B", "他还了钱。");
            assertEquals(java.util.Optional.of("a"), again.duplicateOf());
            assertEquals(2, lib.search("还了钱", 10).size());
            assertTrue(lib.remove("a"));
            assertFalse(lib.remove("a"));
            assertEquals(
                    List.of("b"),
                    lib.documents().stream().map(LibraryDocument::id).toList());
            assertEquals(java.util.Optional.of("他还了钱。"), lib.text("b"));
            assertEquals(1, lib.search("钱", 10, 0, "b").hits().size());
        }
    }

    @Test
    void aDocumentKeepsItsVocabularyAndItsSentencesAreFoundByWord() {
        try (SentenceLibrary lib = SentenceLibrary.inMemory(Readers.shared())) {
            lib.add("a", "A", "我们发展经济。经济发展很快。王小明来了。");
            lib.add("b", "B", "經濟發展了。");
            assertEquals(
                    java.util.Map.of("我们", 1, "发展", 2, "经济", 2, "很快", 1, "来", 1, "了", 1),
                    lib.vocabulary("a").orElseThrow(),
                    "names are left out");
            assertEquals(
                    List.of("我们", "发展", "经济", "很快", "来", "了"),
                    List.copyOf(lib.vocabulary("a").orElseThrow().keySet()),
                    "in order of first use");
            assertEquals(java.util.Optional.empty(), lib.vocabulary("c"));
            assertTrue(lib.documents().stream().allMatch(d -> d.added().isPresent()));

            SentenceLibrary.SentencesWith with = lib.sentencesWith("發展");
            assertEquals(0, with.withoutVocabulary());
            assertEquals(
                    List.of(
                            new SentenceWords("a", "A", 0, "我们发展经济。", List.of("我们", "发展", "经济")),
                            new SentenceWords("a", "A", 1, "经济发展很快。", List.of("经济", "发展", "很快")),
                            new SentenceWords("b", "B", 0, "經濟發展了。", List.of("经济", "发展", "了"))),
                    with.sentences());
            assertEquals(List.of(), lib.sentencesWith("展").sentences(), "a word, not a part of one");
        }
    }

    @Test
    void theWholeLibrarysVocabularyIsReadWhileItIsOpenAndADocumentIsFoundByItsText(@TempDir Path dir)
            throws java.io.IOException {
        Path folder = dir.resolve("library");
        assertEquals(java.util.Map.of(), SentenceLibrary.readVocabulary(folder), "no library yet");
        try (SentenceLibrary lib = SentenceLibrary.open(folder, Readers.shared())) {
            lib.add("a", "A", "我们发展经济。经济发展很快。");
            lib.add("b", "B", "經濟發展了。");
            assertEquals(
                    java.util.Map.of("我们", 1, "发展", 3, "经济", 3, "很快", 1, "了", 1),
                    SentenceLibrary.readVocabulary(folder),
                    "summed over the documents, in simplified characters, while the library is open");
            assertEquals(java.util.Optional.of("b"), lib.documentWithText("經濟發展了。"));
            assertEquals(java.util.Optional.empty(), lib.documentWithText("经济发展了。"), "the text as added");

            // Kept beside the library for the next look-up, and made again after a commit.
            Path cache = dir.resolve("library-vocabulary.tsv");
            assertTrue(
                    java.nio.file.Files.readString(cache).startsWith("segments_"),
                    "named by the commit it was made from");
            lib.add("c", "C", "我们很快。");
            assertEquals(
                    java.util.Map.of("我们", 2, "发展", 3, "经济", 3, "很快", 2, "了", 1),
                    SentenceLibrary.readVocabulary(folder),
                    "a commit makes the kept words stale");
        }
        // A damaged cache is passed over.
        Path cache = dir.resolve("library-vocabulary.tsv");
        String commit = java.nio.file.Files.readAllLines(cache).get(0);
        java.nio.file.Files.writeString(cache, commit + "\nno tab here\n");
        assertEquals(3, SentenceLibrary.readVocabulary(folder).get("发展"));
    }

    @Test
    void aLibraryOnDiskSurvivesClosingAndRefusesASecondWriter(@TempDir Path dir) {
        Path folder = dir.resolve("library");
        try (SentenceLibrary lib = SentenceLibrary.open(folder, Readers.shared())) {
            lib.add("a", "A", "银行行长来了。");
            ZhReaderException e =
                    assertThrows(ZhReaderException.class, () -> SentenceLibrary.open(folder, Readers.shared()));
            assertEquals("library " + folder + " is being written by another zhreader process", e.getMessage());
        }
        try (SentenceLibrary lib = SentenceLibrary.open(folder, Readers.shared())) {
            assertEquals(1, lib.search("银行", 10).size());
        }
        assertEquals(
                java.util.Optional.of(new StoredDocument("a", "A", "银行行长来了。")),
                SentenceLibrary.readDocument(folder, "a"));
        assertEquals(java.util.Optional.empty(), SentenceLibrary.readDocument(folder, "b"));
        LibraryHealth health = SentenceLibrary.check(folder);
        assertEquals(new LibraryHealth(LibraryHealth.State.HEALTHY, folder, 1, 1, ""), health);
        assertEquals("healthy: 1 document, 1 sentence", health.verdict());
    }

    @Test
    void aFolderWithoutALibraryChecksAsAbsent(@TempDir Path dir) {
        LibraryHealth health = SentenceLibrary.check(dir.resolve("none"));
        assertEquals(LibraryHealth.State.ABSENT, health.state());
        assertTrue(health.ok());
        assertEquals("no library at " + dir.resolve("none"), health.verdict());
    }

    @Test
    void aForeignFolderIsAClearError(@TempDir Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("segments_1"), "not an index");
        ZhReaderException e = assertThrows(ZhReaderException.class, () -> SentenceLibrary.open(dir, Readers.shared()));
        assertEquals(
                "library " + dir + " is damaged or not a zhreader library; see `zhreader library check`",
                e.getMessage());
    }

    @Test
    void searchesRunWhileAnotherThreadAdds() throws Exception {
        try (SentenceLibrary lib = SentenceLibrary.inMemory(Readers.shared())) {
            Thread writer = new Thread(() -> {
                for (int i = 0; i < 20; i++) lib.add("d" + i, "D", "银行行长第" + i + "次来了。");
            });
            writer.start();
            Set<Integer> sizes = new HashSet<>();
            while (writer.isAlive()) sizes.add(lib.search("银行", 100).size());
            writer.join();
            assertEquals(20, lib.search("银行", 100).size());
        }
    }
}
