package io.github.zhreader.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.zhreader.ChineseReader;
import io.github.zhreader.Readers;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Documents annotated on several threads make the same library as documents added one by one. */
class ParallelAddTest {

    private static final SentenceLibrary.Progress QUIET = (done, total) -> {};

    private static String export(SentenceLibrary library) {
        StringBuilder out = new StringBuilder();
        library.exportNdjson("test", out);
        return out.toString();
    }

    @Test
    void preparedAheadAndAddedInOrderIsTheSameLibrary() throws Exception {
        String article = Readers.sampleArticle();
        String many = article.repeat(20);
        ExecutorService ahead = Executors.newSingleThreadExecutor();
        try (SentenceLibrary one = SentenceLibrary.inMemory(Readers.shared());
                SentenceLibrary two = SentenceLibrary.inMemory(
                        ChineseReader.builder().threads(2).build())) {
            one.add("a", "A", article);
            one.add("b", "B", many);
            assertEquals(Optional.of("a"), one.add("c", "C", article).duplicateOf());

            Future<SentenceLibrary.Prepared> b = ahead.submit(() -> two.prepare("b", "B", many, QUIET));
            Future<SentenceLibrary.Prepared> c = ahead.submit(() -> two.prepare("c", "C", article, QUIET));
            SentenceLibrary.Prepared a = two.prepare("a", "A", article, QUIET);
            assertEquals(40, a.sentences());
            two.add(a);
            two.add(b.get());
            assertEquals(Optional.of("a"), two.add(c.get()).duplicateOf());

            assertEquals(export(one), export(two));
            assertEquals(untimed(one), untimed(two), "the same documents; the times they were added differ");
            assertEquals(one.search("羊毛", 100), two.search("羊毛", 100));
        } finally {
            ahead.shutdown();
        }
    }

    @Test
    void addsFromSeveralThreadsAreEachWhole() throws Exception {
        String article = Readers.sampleArticle();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (SentenceLibrary library = SentenceLibrary.inMemory(Readers.shared())) {
            List<Future<SentenceLibrary.Added>> added = IntStream.range(0, 8)
                    .mapToObj(i -> pool.submit(() -> library.add("d" + i, "D" + i, i + "\n" + article)))
                    .toList();
            for (Future<SentenceLibrary.Added> f : added)
                assertEquals(41, f.get().sentences());
            assertEquals(8, library.documents().size());
            assertEquals(
                    8 * 41,
                    library.documents().stream()
                            .mapToInt(LibraryDocument::sentences)
                            .sum());
            assertEquals(8, library.search("招安", 100).size());
        } finally {
            pool.shutdown();
        }
    }

    /** Adds the documents one by one, or in a batch on 1 or 2 threads, and describes each add as the listener saw it. */
    private static List<String> addAll(SentenceLibrary library, int threads, List<String[]> documents) {
        List<String> told = new java.util.ArrayList<>();
        if (threads == 0) {
            for (String[] d : documents) told.add(d[0] + " " + library.add(d[0], d[1], d[2]));
            return told;
        }
        try (LibraryBatch batch = library.batch(threads, (id, added) -> told.add(id + " " + added))) {
            for (String[] d : documents) batch.add(d[0], d[1], d[2]);
        }
        return told;
    }

    private static List<String> hits(List<SentenceHit> hits) {
        return hits.stream()
                .map(h -> h.document() + "#" + h.sentence() + " " + h.highlighted())
                .toList();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2})
    void aBatchMakesTheLibraryThatAddsOneByOneMake(int threads) {
        String article = Readers.sampleArticle();
        List<String[]> documents = List.of(
                new String[] {"a", "A", article},
                new String[] {"b", "B", "银行行长来了。"},
                new String[] {"long", "Long", article.repeat(12)},
                new String[] {"c", "C", article},
                new String[] {"b", "B again", "他还了钱。"},
                new String[] {"d", "D", "银行行长来了。"},
                new String[] {"e", "E", "他还了钱。"});
        try (SentenceLibrary one = SentenceLibrary.inMemory(Readers.shared());
                SentenceLibrary batch = SentenceLibrary.inMemory(Readers.shared())) {
            one.add("old", "Old", "他还了钱。");
            batch.add("old", "Old", "他还了钱。");
            one.add("d", "D before", "招安。");
            batch.add("d", "D before", "招安。");
            List<String> told = addAll(one, 0, documents);
            assertEquals(told, addAll(batch, threads, documents));
            assertEquals("c Added[sentences=40, duplicateOf=Optional[a]]", told.get(3));
            assertEquals("d Added[sentences=1, duplicateOf=Optional.empty]", told.get(5), "b no longer has that text");
            assertEquals(export(one), export(batch));
            assertEquals(untimed(one), untimed(batch), "the same documents; the times they were added differ");
            // The same hits in the same order; scores may differ a little, as the documents replaced are still
            // counted in the term statistics until their segments are merged, and those differ.
            for (String query : List.of("羊毛", "hao yang mao", "\"gold rush\"", "招安", "还了钱")) {
                assertEquals(hits(one.search(query, 100)), hits(batch.search(query, 100)), query);
            }
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2})
    void aDocumentThatFailsStopsTheBatchAfterCommittingTheOnesBefore(int threads) {
        RuntimeException broken = new IllegalStateException("broken");
        try (SentenceLibrary library = SentenceLibrary.inMemory(Readers.shared())) {
            List<String> told = new java.util.ArrayList<>();
            LibraryBatch batch = library.batch(threads, (id, added) -> told.add(id));
            RuntimeException thrown = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> {
                try (batch) {
                    batch.add("a", "A", "银行行长来了。");
                    batch.add(new SentenceLibrary.Source("b", "B", "他还了钱。", (done, total) -> {
                        throw broken;
                    }));
                    batch.add("c", "C", "招安。");
                }
            });
            assertEquals(broken, thrown);
            assertEquals(List.of("a"), told);
            assertEquals(
                    List.of("a"),
                    library.documents().stream().map(LibraryDocument::id).toList());
            assertEquals(1, library.search("行长", 10).size());
            org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> batch.add("d", "D", "钱。"));
        }
    }

    private static java.util.List<LibraryDocument> untimed(SentenceLibrary library) {
        return library.documents().stream()
                .map(d -> new LibraryDocument(
                        d.id(), d.title(), d.sentences(), d.length(), d.hash(), java.util.Optional.empty()))
                .toList();
    }
}
