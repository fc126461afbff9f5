package io.github.zhreader.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhreader.TestSeed;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(TestSeed.Reporter.class)
class TextSplitterTest {

    private final TextSplitter splitter = new TextSplitter();

    /** The sentences of each paragraph, as text. */
    private static List<List<String>> texts(TextSplitter splitter, String text) {
        List<List<String>> paragraphs = new ArrayList<>();
        for (ParagraphSpan paragraph : splitter.split(text)) {
            List<String> sentences = new ArrayList<>();
            for (SentenceSpan sentence : paragraph.sentences()) {
                sentences.add(sentence.text(text));
            }
            paragraphs.add(sentences);
        }
        return paragraphs;
    }

    @Test
    void keepsClosingQuoteWithSentence() {
        String line = "上面这个人,你可能不认识,但你一定听过他的经典发言:“Deepseek有5万块H100显卡,5万块H100显卡。”";
        assertEquals(List.of(List.of(line)), texts(splitter, line));
    }

    @Test
    void splitsArticleIntoParagraphsAndHeadings() {
        String text = "连踩两个风口,Scale AI的发展前景似乎是一片大好,但就在上个月,Meta向Scale AI投资了143亿美金,获得了49%的股份,"
                + "几乎相当于收购了Scale AI,汪滔也成了Meta的员工。从数据标注的龙头老大,到被扎克伯格招安,Scale AI的问题逐渐显现出来。\n"
                + "01\n"
                + "内忧\n"
                + "首先,Scale AI内部的标注质量越来越低。虽然与AI沾边儿,但数据标注这事儿是一个不折不扣的劳动密集型工作,需要大量人力来完成。\n";
        assertEquals(
                List.of(
                        List.of(
                                "连踩两个风口,Scale AI的发展前景似乎是一片大好,但就在上个月,Meta向Scale AI投资了143亿美金,获得了49%的股份,"
                                        + "几乎相当于收购了Scale AI,汪滔也成了Meta的员工。",
                                "从数据标注的龙头老大,到被扎克伯格招安,Scale AI的问题逐渐显现出来。"),
                        List.of("01"),
                        List.of("内忧"),
                        List.of("首先,Scale AI内部的标注质量越来越低。", "虽然与AI沾边儿,但数据标注这事儿是一个不折不扣的劳动密集型工作,需要大量人力来完成。")),
                texts(splitter, text));
    }

    @Test
    void splitsAtHalfWidthQuestionMarkAndKeepsQuotedTitle() {
        String text = "汪滔出生于97年,今年才27岁,但已经是身价20亿美金的科技大佬了,被福布斯评为“全球最年轻的白手起家亿万富翁”。" + "他是怎么做到的呢?一半天赋,一半运气。";
        assertEquals(
                List.of(List.of(
                        "汪滔出生于97年,今年才27岁,但已经是身价20亿美金的科技大佬了,被福布斯评为“全球最年轻的白手起家亿万富翁”。", "他是怎么做到的呢?", "一半天赋,一半运气。")),
                texts(splitter, text));
    }

    @Test
    void givesOffsetsOfParagraphsAndSentences() {
        String text = "01\n内忧\n\n  首先。其次! \r\n";
        assertEquals(
                List.of(
                        new ParagraphSpan(0, 2, List.of(new SentenceSpan(0, 2))),
                        new ParagraphSpan(3, 5, List.of(new SentenceSpan(3, 5))),
                        new ParagraphSpan(9, 15, List.of(new SentenceSpan(9, 12), new SentenceSpan(12, 15)))),
                splitter.split(text));
    }

    static Stream<Arguments> sentences() {
        return Stream.of(
                Arguments.of("He said: Hello. 我很好。", List.of("He said: Hello.", "我很好。")),
                Arguments.of("“等等……他来了。”", List.of("“等等……", "他来了。”")),
                Arguments.of("等等…他来了", List.of("等等…", "他来了")),
                Arguments.of("Wait... what?", List.of("Wait...", "what?")),
                Arguments.of("发布,该车是...", List.of("发布,该车是...")),
                Arguments.of("圆周率是3.14左右。", List.of("圆周率是3.14左右。")),
                Arguments.of("Pi is 3.14. Yes.", List.of("Pi is 3.14.", "Yes.")),
                Arguments.of("访问example.com或Node.js。", List.of("访问example.com或Node.js。")),
                Arguments.of("真的吗？！不会吧!!!好。。。走", List.of("真的吗？！", "不会吧!!!", "好。。。", "走")),
                Arguments.of("他说：“你好。”她说：“再见！”", List.of("他说：“你好。”", "她说：“再见！”")),
                Arguments.of("他说:\"好。\"\"是吗?\"", List.of("他说:\"好。\"", "\"是吗?\"")),
                Arguments.of("'Yes.' he said. It's fine.", List.of("'Yes.'", "he said.", "It's fine.")),
                Arguments.of("It's over. Don't.", List.of("It's over.", "Don't.")),
                Arguments.of("（完。）后记", List.of("（完。）", "后记")),
                Arguments.of("书名是《好。》「对！」", List.of("书名是《好。》", "「对！」")),
                Arguments.of("第一；第二;第三", List.of("第一；", "第二;", "第三")),
                Arguments.of("感谢IT之家网友雨雪载途、肖战割割的线索投递!,武汉大学宣布,武...", List.of("感谢IT之家网友雨雪载途、肖战割割的线索投递!", ",武汉大学宣布,武...")),
                Arguments.of("没有标点的句子", List.of("没有标点的句子")),
                Arguments.of("\u3000\u3000前后有空格。  后面\u00a0", List.of("前后有空格。", "后面")),
                Arguments.of("𠮷野家。𰻞𰻞面！", List.of("𠮷野家。", "𰻞𰻞面！")),
                Arguments.of("。", List.of("。")));
    }

    @ParameterizedTest
    @MethodSource("sentences")
    void splitsSentences(String paragraph, List<String> expected) {
        assertEquals(List.of(expected), texts(splitter, paragraph));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n", " \t\u3000\n \r\n", "\u2028\u00a0"})
    void findsNothingInBlankText(String text) {
        assertEquals(List.of(), splitter.split(text));
        assertEquals(List.of(), splitter.sentences(text));
    }

    @Test
    void flattensSentencesAcrossParagraphs() {
        assertEquals(
                List.of(new SentenceSpan(0, 2), new SentenceSpan(3, 5), new SentenceSpan(5, 7)),
                splitter.sentences("01\n好。是的"));
    }

    static Stream<Arguments> capped() {
        return Stream.of(
                Arguments.of(10, "一二三四五六七八九十一二三四五", List.of("一二三四五六七八九十", "一二三四五")),
                Arguments.of(10, "一二三四,五六七八九十一二三", List.of("一二三四,", "五六七八九十一二三")),
                Arguments.of(10, "一,二,三四五六七八九十", List.of("一,二,", "三四五六七八九十")),
                Arguments.of(10, "一二、三四：五六七八九十", List.of("一二、三四：", "五六七八九十")),
                Arguments.of(10, "aaa bbb ccc ddd", List.of("aaa bbb", "ccc ddd")),
                Arguments.of(10, "一二三四五六七八九十一。二三", List.of("一二三四五六七八九十", "一。", "二三")),
                Arguments.of(5, "一二三四𠮷五", List.of("一二三四", "𠮷五")),
                Arguments.of(5, "一二三四。”他", List.of("一二三四。", "”他")),
                Arguments.of(2, "𠮷𠮷𠮷", List.of("𠮷", "𠮷", "𠮷")));
    }

    @ParameterizedTest
    @MethodSource("capped")
    void capsSentenceLength(int max, String paragraph, List<String> expected) {
        assertEquals(List.of(expected), texts(new TextSplitter(max), paragraph));
    }

    @Test
    void splitsMegabyteLineWithoutPunctuationAtDefaultCap() {
        String line = "中".repeat(1_000_000);
        List<SentenceSpan> sentences = splitter.sentences(line);
        assertEquals(5_000, sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            assertEquals(new SentenceSpan(200 * i, 200 * (i + 1)), sentences.get(i));
        }
    }

    @Test
    void splitsMegabyteLineOfDotsAndClosers() {
        String line = ".”".repeat(500_000);
        List<SentenceSpan> sentences = splitter.sentences(line);
        assertEquals(5_000, sentences.size());
        assertEquals(new SentenceSpan(0, 200), sentences.get(0));
    }

    @Test
    void hasDefaultCapAndRejectsTooSmallOne() {
        assertEquals(200, TextSplitter.DEFAULT_MAX_SENTENCE_LENGTH);
        assertEquals(200, splitter.maxSentenceLength());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TextSplitter(1));
        assertEquals("maxSentenceLength 1 < 2", e.getMessage());
    }

    private static final String ALPHABET = "\n\r \t\u3000中a1。！？!?.…“”\"'（）,，:";

    @Test
    void randomStringsKeepSpanInvariants() {
        Random random = TestSeed.random("TextSplitterTest");
        for (int round = 0; round < 5_000; round++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                int pick = random.nextInt(ALPHABET.length() + 2);
                if (pick == ALPHABET.length()) {
                    sb.appendCodePoint(0x20BB7);
                } else if (pick == ALPHABET.length() + 1) {
                    sb.appendCodePoint(0x30EDE);
                } else {
                    sb.append(ALPHABET.charAt(pick));
                }
            }
            String text = sb.toString();
            int max = 2 + random.nextInt(20);
            String where = "text \"" + text + "\", max " + max;
            List<ParagraphSpan> paragraphs = new TextSplitter(max).split(text);

            int[] owners = new int[text.length()];
            int previousEnd = 0;
            int count = 0;
            for (ParagraphSpan paragraph : paragraphs) {
                assertTrue(paragraph.start() >= previousEnd && paragraph.end() <= text.length(), where);
                previousEnd = paragraph.end();
                String paragraphText = paragraph.text(text);
                assertFalse(paragraphText.contains("\n") || paragraphText.contains("\r"), where);
                for (SentenceSpan sentence : paragraph.sentences()) {
                    String s = sentence.text(text);
                    assertTrue(s.length() <= max, where + ": " + s);
                    assertFalse(s.isBlank(), where);
                    assertEquals(s.strip(), s, where);
                    assertFalse(Character.isLowSurrogate(text.charAt(sentence.start())), where);
                    assertFalse(Character.isHighSurrogate(text.charAt(sentence.end() - 1)), where);
                    count++;
                    for (int i = sentence.start(); i < sentence.end(); i++) {
                        owners[i]++;
                    }
                }
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean blank = Character.isWhitespace(c) || Character.isSpaceChar(c);
                assertTrue(blank ? owners[i] <= 1 : owners[i] == 1, where + " at " + i);
            }
            assertEquals(count, new TextSplitter(max).sentences(text).size(), where);
        }
    }

    static Stream<Arguments> invalidParagraphs() {
        return Stream.of(
                Arguments.of(0, 5, List.of()),
                Arguments.of(0, 5, List.of(new SentenceSpan(1, 5))),
                Arguments.of(0, 5, List.of(new SentenceSpan(0, 4))),
                Arguments.of(0, 5, List.of(new SentenceSpan(0, 3), new SentenceSpan(2, 5))),
                Arguments.of(3, 3, List.of(new SentenceSpan(3, 4))),
                Arguments.of(-1, 3, List.of(new SentenceSpan(0, 3))));
    }

    @ParameterizedTest
    @MethodSource("invalidParagraphs")
    void rejectsInconsistentParagraph(int start, int end, List<SentenceSpan> sentences) {
        assertThrows(IllegalArgumentException.class, () -> new ParagraphSpan(start, end, sentences));
    }

    @Test
    void rejectsEmptySentence() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SentenceSpan(3, 3));
        assertEquals("end 3 <= start 3", e.getMessage());
    }
}
