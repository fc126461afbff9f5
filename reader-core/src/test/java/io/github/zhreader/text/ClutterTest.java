package io.github.zhreader.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhreader.AnnotatedText;
import io.github.zhreader.Paragraph;
import io.github.zhreader.Readers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClutterTest {

    @Test
    void theSampleEndsWithANoticeAndTeasers() {
        AnnotatedText doc = Readers.shared().annotate(Readers.sampleArticle());
        List<Paragraph> clutter =
                doc.paragraphs().stream().filter(Paragraph::clutter).toList();
        assertEquals(7, clutter.size(), clutter.toString());
        assertTrue(doc.text().substring(clutter.get(0).start()).startsWith("声明:本网转发此文"));
        Paragraph lastArticle = doc.paragraphs().get(clutter.get(0).index() - 1);
        assertTrue(
                doc.text().substring(lastArticle.start(), lastArticle.end()).contains("对于小扎来说"),
                "the article's last paragraph is kept");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "他说：“等等……”\n我们走吧。",
                "第一段。\n第二段写到这里……",
                "第一段。\n第二段写到这里...",
                "声明：这是一篇小说的开头。\n故事从这里开始，很长很长。",
                "只有一段……",
            })
    void realContentIsNeverClutter(String text) {
        AnnotatedText doc = Readers.shared().annotate(text);
        assertEquals(0, doc.paragraphs().stream().filter(Paragraph::clutter).count(), text);
    }

    @Test
    void teasersAndNoticesTogetherAreClutter() {
        AnnotatedText doc = Readers.shared().annotate("正文第一段。\n正文第二段。\n近日，宾利发布新车，该车是...\n日前，某网站宣布...");
        assertEquals(
                List.of(false, false, true, true),
                doc.paragraphs().stream().map(Paragraph::clutter).toList());
    }

    @Test
    void aTextWithoutClutterHasNone() {
        AnnotatedText doc = Readers.shared().annotate("银行行长说好。\n汪滔被招安了。");
        assertFalse(doc.paragraphs().stream().anyMatch(Paragraph::clutter));
    }
}
