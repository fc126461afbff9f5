package io.github.zhreader.index;

import io.github.zhreader.ChineseReader;
import io.github.zhreader.Readers;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Documents annotated on several threads make the same library as documents added one by one. */
class ParallelAddTest {

    private static final SentenceLibrary.Progress QUIET = (done, total) -> {
    };

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
             SentenceLibrary two = SentenceLibrary.inMemory(ChineseReader.builder().threads(2).build())) {
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
            assertEquals(one.documents(), two.documents());
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
            for (Future<SentenceLibrary.Added> f : added) assertEquals(41, f.get().sentences());
            assertEquals(8, library.documents().size());
            assertEquals(8 * 41, library.documents().stream().mapToInt(LibraryDocument::sentences).sum());
            assertEquals(8, library.search("招安", 100).size());
        } finally {
            pool.shutdown();
        }
    }
}
