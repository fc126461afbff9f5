package io.github.zhreader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhreader.testing.AnnotationInvariants;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseReaderTest {

    private final ChineseReader reader = Readers.shared();

    /** Han characters as zhreader reads them: letters of the Han script (radicals on their own are symbols). */
    /**
     * The Han characters of {@code s}: every code point of the CJK Unified Ideographs block (U+9FFD to U+9FFF came in
     * Unicode 14, after Java 17's tables, which call them unassigned) and the other letters of the Han script.
     */
    @Test
    void sampleArticleKeepsTheInvariants() {
        String article = Readers.sampleArticle();
        AnnotatedText doc = reader.annotate(article);
        AnnotationInvariants.check(article, doc);
        assertTrue(doc.sentences().size() > 40, "sentences: " + doc.sentences().size());
    }

    @Test
    void sampleArticleSentencesSplitWhereAReaderExpects() {
        AnnotatedText doc = reader.annotate(Readers.sampleArticle());
        List<String> texts = doc.sentences().stream().map(Sentence::text).toList();
        assertEquals("上面这个人,你可能不认识,但你一定听过他的经典发言:“Deepseek有5万块H100显卡,5万块H100显卡。”", texts.get(0));
        assertTrue(texts.contains("01"), "heading 01 on its own");
        assertTrue(texts.contains("内忧"), "heading 内忧 on its own");
        assertTrue(texts.contains("他是怎么做到的呢?"), texts.toString());
    }

    @Test
    void bankManagerReadsAsAWord() {
        Token bank = tokenOf(reader.annotate("银行很大。"), "银行");
        assertEquals(List.of("yin2", "hang2"), bank.syllables());
        assertEquals("yín háng", bank.pinyin());
        assertEquals(GlossSource.CEDICT, bank.glosses().get(0).source());
        assertTrue(
                bank.glosses().get(0).senses().contains("bank"), bank.glosses().toString());
    }

    @Test
    void zhaoAnIsExplainedByTheGlossaryThenTheDictionary() {
        Token t = tokenOf(reader.annotate("从数据标注的龙头老大，到被扎克伯格招安。"), "招安");
        assertEquals(List.of("zhao1", "an1"), t.syllables());
        assertEquals(GlossSource.CURATED, t.glosses().get(0).source());
        assertEquals(GlossKind.FIGURATIVE, t.glosses().get(0).kind());
        assertFalse(t.glosses().get(0).literal().isEmpty());
        assertTrue(
                t.glosses().stream()
                        .anyMatch(g ->
                                g.source() == GlossSource.CEDICT && g.summary().contains("amnesty")),
                t.glosses().toString());
    }

    @Test
    void zuckerbergIsOneNameToken() {
        Token t = tokenOf(reader.annotate("这下扎克伯格彻底怒了。"), "扎克伯格");
        assertEquals(GlossKind.NAME, t.glosses().get(0).kind());
        assertTrue(
                t.glosses().get(0).summary().contains("Zuckerberg"), t.glosses().toString());
        assertEquals(List.of("zha1", "ke4", "bo2", "ge2"), t.syllables());
    }

    @ParameterizedTest
    @CsvSource({
        "这下扎克伯格彻底怒了。, 扎克伯格",
        "Deepseek有5万块H100显卡。, 显卡",
        "所有人都在吐槽它粗制滥造。, 吐槽",
        "Scale AI的竞品开始涌现。, 竞品",
        "打算在这场自动驾驶淘金热中卖铲子。, 淘金热",
        "打算在这场自动驾驶淘金热中卖铲子。, 卖铲子",
        "小国家的羊毛党挂着梯子。, 羊毛党",
    })
    void dictionaryRepairsSegmenterFragments(String text, String word) {
        tokenOf(reader.annotate(text), word);
    }

    @ParameterizedTest
    @CsvSource({
        "他走了。, 了, le5",
        "我的书。, 的, de5",
        "他还在家。, 还, hai2",
        "拆除了四幢住宅。, 幢, zhuang4",
    })
    void particlesAndAdverbsReadByPartOfSpeech(String text, String word, String syllable) {
        assertEquals(List.of(syllable), tokenOf(reader.annotate(text), word).syllables());
    }

    @ParameterizedTest
    @CsvSource({"褚明远说了一句话。, 褚明远, chu3", "缪小华去了北京。, 缪小华, miao4"})
    void unknownPersonalNamesStartWithTheSurnameReading(String text, String name, String surname) {
        assertEquals(surname, tokenOf(reader.annotate(text), name).syllables().get(0));
    }

    @Test
    void latinNumbersAndPunctuationAreTokensWithoutPinyin() {
        AnnotatedText doc = reader.annotate("Scale AI在2019年有10亿美元。");
        List<Token> tokens = doc.sentences().get(0).tokens();
        assertEquals(
                List.of("Scale", "AI", "在", "2019", "年", "有", "10", "亿", "美元", "。"),
                tokens.stream().map(Token::text).toList());
        assertEquals(TokenType.LATIN, tokens.get(0).type());
        assertEquals(TokenType.NUMBER, tokens.get(3).type());
        assertEquals(TokenType.PUNCTUATION, tokens.get(9).type());
        assertTrue(tokens.get(0).glosses().isEmpty());
    }

    @Test
    void numbersInCharactersGetTheirValue() {
        Token t = tokenOf(reader.annotate("他有三千零五块钱。"), "三千零五");
        assertEquals("the number 3,005", t.glosses().get(0).summary());
    }

    @Test
    void wordsTheDictionaryLacksFallBackToTheirParts() {
        AnnotatedText doc = reader.annotate("这是一个龘靐齉。");
        Token t = doc.tokens().filter(x -> x.text().contains("龘")).findFirst().orElseThrow();
        assertFalse(t.glosses().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n\n", "。。。", "abc", "12345"})
    void degenerateInputs(String input) {
        AnnotatedText doc = reader.annotate(input);
        AnnotationInvariants.check(input, doc);
    }

    @Test
    void emptyInputHasNoSentences() {
        assertEquals(List.of(), reader.annotate("").sentences());
    }

    @Test
    void escapeCodesAreNotTokensAndOffsetsStillPointIntoTheInput() {
        String input = "\u001b[31m银行\u001b[0m行长\r\n说：\u202e好。";
        AnnotatedText doc = reader.annotate(input);
        AnnotationInvariants.check(input, doc);
        assertEquals("银行", tokenOf(doc, "银行").text());
    }

    @Test
    void charactersOutsideTheBasicPlaneKeepTheirPairs() {
        String input = "𠮷野家的𰻞𰻞面很好吃。";
        AnnotatedText doc = reader.annotate(input);
        AnnotationInvariants.check(input, doc);
    }

    @Test
    void fullWidthDigitsAndLettersAreNumbersAndLatin() {
        String input = "Ｈ１００显卡卖３万美元。";
        AnnotatedText doc = reader.annotate(input);
        AnnotationInvariants.check(input, doc);
        assertTrue(
                doc.tokens().anyMatch(t -> t.text().equals("Ｈ１００") && t.type() == TokenType.LATIN),
                doc.tokens().map(Token::text).toList().toString());
    }

    @Test
    void longTextWithoutPunctuationIsCut() {
        String input = "数据标注".repeat(2_000);
        AnnotatedText doc = reader.annotate(input);
        AnnotationInvariants.check(input, doc);
        assertTrue(doc.sentences().size() >= 40);
        assertTrue(doc.sentences().stream().allMatch(s -> s.text().length() <= ChineseReader.DEFAULT_SENTENCE_LIMIT));
    }

    @Test
    void readerIsSharedSafelyByThreads() throws Exception {
        String article = Readers.sampleArticle();
        AnnotatedText expected = reader.annotate(article);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<AnnotatedText>> results = IntStream.range(0, 8)
                    .mapToObj(i -> pool.submit(() -> reader.annotate(article)))
                    .toList();
            for (Future<AnnotatedText> f : results) assertEquals(expected, f.get());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void userGlossaryWinsAndStaysInItsReader(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path file = dir.resolve("mine.tsv");
        java.nio.file.Files.writeString(file, """
                羊毛 [yang2 mao2] the fleece of my sheep
                招安	zhāo ān	my own note on zhao an
                对数据 = 对 数据
                """);
        ChineseReader mine = ChineseReader.builder().userGlossary(file).build();
        AnnotatedText doc = mine.annotate("他们对数据的羊毛被招安了。");
        assertEquals(GlossSource.USER, tokenOf(doc, "羊毛").glosses().get(0).source());
        assertEquals(
                "the fleece of my sheep", tokenOf(doc, "羊毛").glosses().get(0).summary());
        assertEquals(
                "my own note on zhao an", tokenOf(doc, "招安").glosses().get(0).summary());
        assertEquals(GlossSource.CURATED, tokenOf(doc, "招安").glosses().get(1).source(), "curated next");
        tokenOf(doc, "对");
        tokenOf(doc, "数据");
        Token shared = tokenOf(reader.annotate("他们对数据的羊毛被招安了。"), "招安");
        assertEquals(GlossSource.CURATED, shared.glosses().get(0).source(), "another reader does not see it");
    }

    @Test
    void nullTextIsRejected() {
        assertThrows(NullPointerException.class, () -> reader.annotate(null));
    }

    @Test
    void lookupByChinesePinyinAndEnglish() {
        List<Gloss> zhaoAn = reader.lookup("招安", 5);
        assertEquals(GlossSource.CURATED, zhaoAn.get(0).source(), "curated explanation first");
        assertTrue(zhaoAn.get(1).summary().contains("amnesty"));
        assertTrue(reader.lookup("銀行", 5).stream().anyMatch(g -> g.headword().equals("银行")), "traditional");
        assertTrue(
                reader.lookup("yinhang", 20).stream().anyMatch(g -> g.headword().equals("银行")));
        assertTrue(reader.lookup("yín háng", 20).stream()
                .anyMatch(g -> g.headword().equals("银行")));
        assertTrue(reader.lookup("yin2 hang2", 20).stream()
                .anyMatch(g -> g.headword().equals("银行")));
        assertTrue(reader.lookup("en:shovel", 20).stream()
                .anyMatch(g -> g.headword().equals("铲子")));
        assertEquals(List.of(), reader.lookup("这不是一个词", 5));
    }

    @Test
    void dataSourcesCreditCcCedict() {
        DataSource cedict = reader.dataSources().get(0);
        assertEquals("CC-CEDICT", cedict.name());
        assertEquals(
                Optional.of("CC-CEDICT, published by MDBG (https://www.mdbg.net/chinese/dictionary?page=cc-cedict)"),
                cedict.fact("credit"));
        assertEquals(Optional.of("125049"), cedict.fact("entries"));
    }

    static Token tokenOf(AnnotatedText doc, String text) {
        return doc.tokens()
                .filter(t -> t.text().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no token " + text + " in "
                        + doc.tokens().map(Token::text).toList()));
    }
}
