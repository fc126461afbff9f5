package io.github.zhreader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.zhreader.render.JsonRenderer;
import io.github.zhreader.render.RenderOptions;
import io.github.zhreader.segment.HanLpSegmenter;
import io.github.zhreader.segment.Segmenter;
import io.github.zhreader.segment.Word;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A reader with several threads gives exactly what a reader with one gives. */
class ParallelAnnotationTest {

    private static final ChineseReader ONE = Readers.shared();
    private static final ChineseReader TWO = ChineseReader.builder().threads(2).build();

    /** The sample's body repeated into some 2,000 paragraphs (three parts), then its web clutter. */
    static String manyParagraphs() {
        String article = Readers.sampleArticle();
        int notice = article.indexOf("声明");
        return article.substring(0, notice).repeat(80) + article.substring(notice);
    }

    static Stream<String> texts() {
        return Stream.of(
                "",
                "银行行长被扎克伯格招安了。",
                Readers.sampleArticle(),
                manyParagraphs(),
                "銀行行長說，這次薅了羊毛。".repeat(300),
                "数据标注".repeat(2_000),
                "𠮷野家的𰻞𰻞面\u001b[31m红\u001b[0m，ＡＢＣ１２３。\r\n".repeat(200));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void wholeTextIsTheSame(String text) {
        assertEquals(ONE.annotate(text), TWO.annotate(text));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void partsAreTheSameInTheSameOrderInTheCallingThread(String text) {
        Thread caller = Thread.currentThread();
        List<ChineseReader.Part> one = new ArrayList<>();
        ONE.annotate(text, one::add);
        List<ChineseReader.Part> two = new ArrayList<>();
        TWO.annotate(text, part -> {
            assertSame(caller, Thread.currentThread());
            two.add(part);
        });
        assertEquals(one, two);
    }

    @ParameterizedTest
    @MethodSource("texts")
    void streamedJsonIsTheSame(String text) {
        assertEquals(json(ONE, text), json(TWO, text));
    }

    @Test
    void pkuTestTextIsTheSameWhenPresent() throws Exception {
        Path pku = Path.of("..", "..", "shared", "data", "sighan2005", "pku_test.utf8");
        assumeTrue(Files.isRegularFile(pku), "the PKU test text is not beside the checkout");
        String text = Files.readString(pku, StandardCharsets.UTF_8);
        assertEquals(json(ONE, text), json(TWO, text));
    }

    @Test
    void callersExecutorAndTheCallingThreadAloneGiveTheSame() {
        String text = manyParagraphs();
        AnnotatedText expected = ONE.annotate(text);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            assertEquals(
                    expected, ChineseReader.builder().executor(pool).build().annotate(text));
        } finally {
            pool.shutdown();
        }
        assertEquals(
                expected,
                ChineseReader.builder().executor(Runnable::run).build().annotate(text));
    }

    @Test
    void failureInATaskIsThrownAsItWas() {
        Segmenter hanlp = new HanLpSegmenter();
        Segmenter failing = new Segmenter() {
            @Override
            public List<Word> segment(String text) {
                if (text.contains("炸")) throw new ZhReaderException("cannot segment " + text);
                return hanlp.segment(text);
            }

            @Override
            public OptionalInt frequencyRank(String word) {
                return hanlp.frequencyRank(word);
            }

            @Override
            public String name() {
                return "failing";
            }
        };
        ChineseReader reader =
                ChineseReader.builder().segmenter(failing).threads(2).build();
        String text = Readers.sampleArticle() + "\n他炸了。\n" + Readers.sampleArticle();
        ZhReaderException e = assertThrows(ZhReaderException.class, () -> reader.annotate(text));
        assertEquals("cannot segment 他炸了。", e.getMessage());
        assertThrows(ZhReaderException.class, () -> reader.annotate(text, part -> {}));
    }

    @Test
    void threadsAreCountedFromOne() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> ChineseReader.builder().threads(0));
        assertEquals("threads 0 < 1", e.getMessage());
    }

    @Test
    void manyParagraphsMakeSeveralParts() {
        int[] parts = {0};
        TWO.annotate(manyParagraphs(), part -> parts[0]++);
        assertTrue(parts[0] >= 3, "parts: " + parts[0]);
    }

    private static String json(ChineseReader reader, String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonRenderer.Stream stream = new JsonRenderer(RenderOptions.DEFAULT).open(out)) {
            reader.annotate(text, stream::write);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
