package io.github.zhreader.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionaryTransformMatrixDictionary;
import java.util.List;
import org.junit.jupiter.api.Test;

class HanLpSegmenterTest {

    private final HanLpSegmenter segmenter = new HanLpSegmenter();

    @Test
    void wordsWithTags() {
        assertEquals(
                List.of(
                        new Word(0, 2, "n"),
                        new Word(2, 4, "n"),
                        new Word(4, 5, "p"),
                        new Word(5, 7, "v"),
                        new Word(7, 8, "ul"),
                        new Word(8, 9, "w")),
                segmenter.segment("银行行长被招安了。"));
    }

    @Test
    void emptyText() {
        assertEquals(List.of(), segmenter.segment(""));
    }

    /** Else HanLP's tagger copies its transition tables on every sentence (see HanLpSegmenter.coverAllNatures). */
    @Test
    void taggerMatrixCoversEveryNature() {
        segmenter.segment("他还了钱。");
        assertEquals(
                Nature.values().length,
                CoreDictionaryTransformMatrixDictionary.transformMatrixDictionary.states.length);
    }

    /** The name dictionaries loaded on other threads, as the command line does, serve the segmenter's names. */
    @Test
    void nameRecognitionLoadedOnOtherThreads() throws InterruptedException {
        Thread[] loaders = {
            new Thread(HanLpSegmenter::loadNameRecognition), new Thread(() -> new HanLpSegmenter().load())
        };
        for (Thread t : loaders) t.start();
        for (Thread t : loaders) t.join();
        String text = "王小明和李红见面了。";
        List<String> names = segmenter.segment(text).stream()
                .filter(w -> w.tag().startsWith("nr"))
                .map(w -> text.substring(w.start(), w.end()))
                .toList();
        assertEquals(List.of("王小明", "李红"), names);
    }
}
