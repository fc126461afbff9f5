package io.github.zhreader.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.zhreader.AnnotatedText;
import io.github.zhreader.Readers;
import io.github.zhreader.pinyin.notation.ToneStyle;
import io.github.zhreader.text.DisplayWidth;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenderersTest {

    private final AnnotatedText bank = Readers.shared().annotate("银行行长来了。");

    @Test
    void everyRendererWritesToAnAppendableWhatItReturns() {
        RenderOptions options = RenderOptions.DEFAULT.withWidth(40).withTitle("银行");
        StringBuilder text = new StringBuilder();
        new Interlinear(options).render(bank, text);
        assertEquals(new Interlinear(options).render(bank), text.toString());
        StringBuilder html = new StringBuilder();
        new HtmlRenderer(options).render(bank, html);
        assertEquals(new HtmlRenderer(options).render(bank), html.toString());
        StringBuilder json = new StringBuilder();
        new JsonRenderer(options).render(bank, json);
        assertEquals(new JsonRenderer(options).render(bank), json.toString());
        java.io.StringWriter writer = new java.io.StringWriter();
        new JsonRenderer(options.withPretty(true)).render(bank, writer);
        assertEquals(new JsonRenderer(options.withPretty(true)).render(bank), writer.toString());
    }

    @Test
    void optionsChangeOneThingAtATime() {
        RenderOptions options = RenderOptions.DEFAULT
                .withWidth(100)
                .withTones(ToneStyle.NUMBERS)
                .withTitle("t");
        assertEquals(
                new RenderOptions(100, PinyinFormat.of(ToneStyle.NUMBERS), Script.AS_WRITTEN, false, "t", false),
                options);
        assertEquals(
                "width 19 < 20",
                org.junit.jupiter.api.Assertions.assertThrows(
                                IllegalArgumentException.class, () -> RenderOptions.DEFAULT.withWidth(19))
                        .getMessage());
    }

    @Test
    void interlinearAlignsPinyinOverCharacters() {
        String out = new Interlinear(RenderOptions.DEFAULT.withWidth(80).withTones(ToneStyle.MARKS)).render(bank);
        List<String> lines = out.lines().toList();
        assertEquals("yínháng hángzhǎng lái le", lines.get(0));
        assertEquals("银行    行长      来  了 。", lines.get(1));
        assertTrue(lines.get(2).startsWith("  银行 yín háng  "), lines.get(2));
    }

    @Test
    void interlinearCapitalisesNames() {
        String out = new Interlinear(RenderOptions.DEFAULT.withWidth(80).withTones(ToneStyle.MARKS))
                .render(Readers.shared().annotate("汪滔去了北京和西安。"));
        assertEquals("Wāng Tāo qù le Běijīng hé Xī'ān", out.lines().findFirst().orElseThrow());
    }

    @Test
    void interlinearGlossesOnlyUnknownWords() {
        AnnotatedText doc = io.github.zhreader.ChineseReader.builder()
                .knownWords(java.util.Set.of("来", "了"))
                .build()
                .annotate("银行行长来了。");
        List<String> lines = new Interlinear(RenderOptions.DEFAULT.withWidth(80).withTones(ToneStyle.MARKS))
                .render(doc)
                .lines()
                .toList();
        assertEquals(4, lines.size(), lines.toString());
        assertTrue(lines.get(3).startsWith("  行长"), lines.toString());
    }

    @Test
    void interlinearWrapsBetweenWordsAtTheWidth() {
        AnnotatedText doc = Readers.shared().annotate(Readers.sampleArticle());
        String out = new Interlinear(RenderOptions.DEFAULT.withWidth(40).withTones(ToneStyle.NUMBERS)).render(doc);
        for (String line : out.lines().toList()) {
            assertTrue(DisplayWidth.of(line) <= 40, "too wide: " + line);
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {30, 40, 57, 80})
    void closingPunctuationNeverStartsALine(int width) {
        AnnotatedText doc = Readers.shared().annotate(Readers.sampleArticle());
        for (String line : new Interlinear(
                        RenderOptions.DEFAULT.withWidth(width).withTones(ToneStyle.MARKS))
                .render(doc)
                .lines()
                .toList()) {
            assertFalse(line.matches("^[。，、；：！？”’）》」』,.;:!?].*"), "line starts with closing punctuation: " + line);
            assertTrue(DisplayWidth.of(line) <= width, line);
        }
    }

    @Test
    void interlinearNeverPrintsEscapeCodes() {
        AnnotatedText doc = Readers.shared().annotate("\u001b[2J银行\u001b]0;title\u0007行长");
        String out = new Interlinear(RenderOptions.DEFAULT.withWidth(80).withTones(ToneStyle.MARKS)).render(doc);
        assertFalse(out.contains("\u001b"), out);
        assertFalse(out.contains("\u0007"), out);
    }

    @Test
    void jsonFollowsTheDocumentedSchema() throws IOException {
        String json = new JsonRenderer(RenderOptions.DEFAULT).render(bank);
        List<String> fields = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME) fields.add(p.currentName());
            }
        }
        assertTrue(
                fields.containsAll(List.of(
                        "sentences",
                        "index",
                        "start",
                        "end",
                        "text",
                        "tokens",
                        "pinyin",
                        "syllables",
                        "glosses",
                        "source",
                        "kind",
                        "headword",
                        "senses",
                        "expressions")),
                fields.toString());
        assertTrue(
                json.startsWith("{\"sentences\":[{\"index\":0,\"paragraph\":0,\"start\":0,\"end\":7,"
                        + "\"text\":\"银行行长来了。\",\"tokens\":[{\"text\":\"银行\",\"start\":0,\"end\":2,\"type\":\"han\""),
                json);
        assertTrue(json.contains("\"syllables\":[\"yin2\",\"hang2\"]"), json);
        assertTrue(json.endsWith("\"expressions\":[]}"), json);
    }

    @Test
    void jsonWrittenPartByPartEqualsTheWholeTextAtOnce() {
        String article = Readers.sampleArticle();
        String body = article.substring(0, article.indexOf("声明"));
        String text = body.repeat(80) + article.substring(article.indexOf("声明"));
        assertTrue(text.length() > 2 * io.github.zhreader.ChineseReader.PART_SIZE);
        String whole =
                new JsonRenderer(RenderOptions.DEFAULT).render(Readers.shared().annotate(text));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int[] parts = {0};
        try (JsonRenderer.Stream stream = new JsonRenderer(RenderOptions.DEFAULT).open(out)) {
            Readers.shared().annotate(text, part -> {
                parts[0]++;
                stream.write(part);
            });
        }
        assertTrue(parts[0] >= 3, "parts: " + parts[0]);
        assertEquals(whole, out.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void htmlEscapesEverythingFromTheInput() {
        AnnotatedText doc = Readers.shared().annotate("<script>alert('x')</script>银行 & \"行长\"");
        String html = new HtmlRenderer(RenderOptions.DEFAULT.withTitle("<b>title</b>")).render(doc);
        assertEquals(1, html.split("<script>", -1).length - 1, "only the page's own script");
        assertTrue(html.indexOf("<script>") > html.indexOf("</main>"), "and it comes after the text");
        assertFalse(html.contains("<b>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), html);
        assertTrue(html.contains("title=\"bank"), html);
        assertTrue(
                java.util.regex.Pattern.compile("title=\"bank[^\"]*\\(HSK 3\\)\"")
                        .matcher(html)
                        .find(),
                "the level on hover: " + html);
        assertTrue(
                html.contains("data-gloss=\"银行  yín háng  HSK 3&#10;bank"), "the level in the tapped entry: " + html);
        assertTrue(
                html.contains("<span class=\"t2\">银</span><span class=\"t2\">行</span><rt><span class=\"t2\">yín</span>"
                        + "<span class=\"t2\">háng</span></rt></ruby>"),
                html);
    }

    @Test
    void htmlUnderlinesPhrasesAndExplainsThem() {
        AnnotatedText doc = Readers.shared().annotate("他们薅了羊毛，被扎克伯格招安了。");
        String html = new HtmlRenderer(RenderOptions.DEFAULT.withTitle("t")).render(doc);
        assertTrue(html.contains("<ruby class=\"w phrase\" title=\"(slang)"), "薅 is part of 薅羊毛: " + html);
        assertTrue(html.contains("data-gloss=\"薅羊毛&#10;(slang)"), html);
        assertTrue(html.contains("招安  zhāo ān&#10;(figurative)"), html);
        assertTrue(html.contains("<input type=\"checkbox\" id=\"pinyin-off\""), "pinyin switch without script");
        assertTrue(html.contains("@media print"));
        assertTrue(
                html.contains("ruby { ruby-position: over; ruby-align: center; margin: 0 0.12em; }"),
                "a word's characters stay together under pinyin wider than they are, centred");
    }
}
