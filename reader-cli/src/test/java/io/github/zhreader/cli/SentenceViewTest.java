package io.github.zhreader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhreader.AnnotatedText;
import io.github.zhreader.ChineseReader;
import io.github.zhreader.Sentence;
import io.github.zhreader.pinyin.notation.ToneStyle;
import io.github.zhreader.render.PinyinFormat;
import io.github.zhreader.render.Script;
import io.github.zhreader.text.DisplayWidth;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

class SentenceViewTest {

    private static final class Holder {
        static final ChineseReader READER = ChineseReader.create();
    }

    private static final ToneColors COLORS = ToneColors.parse(ToneColors.DEFAULT);

    private static SentenceView.Settings settings(int width, boolean color) {
        return new SentenceView.Settings(
                width, ToneStyle.MARKS, Script.AS_WRITTEN, true, SentenceView.Glosses.ALL, color, COLORS);
    }

    private static List<String> text(List<AttributedString> lines) {
        return lines.stream().map(AttributedString::toString).toList();
    }

    @Test
    void pinyinSitsOverItsWordColumnByColumn() {
        Sentence s = Holder.READER.annotate("银行行长来了。").sentences().get(0);
        assertEquals(
                List.of("yínháng hángzhǎng lái le", "银行    行长      来  了 。"),
                text(SentenceView.interlinear(s, List.of(), -1, settings(80, false))));
    }

    @Test
    void wrapsBetweenWordsAtTheWidth() {
        Sentence s = Holder.READER.annotate("银行行长来了。").sentences().get(0);
        assertEquals(
                List.of("yínháng hángzhǎng", "银行    行长", "lái le", "来  了 。"),
                text(SentenceView.interlinear(s, List.of(), -1, settings(20, false))));
    }

    @Test
    void narrowScreensNeverSplitAWord() {
        AnnotatedText doc = Holder.READER.annotate("Scale AI就被一帮肯尼亚人给薅了羊毛。");
        Sentence s = doc.sentences().get(0);
        List<String> lines = text(SentenceView.interlinear(s, doc.expressions(), -1, settings(24, true)));
        for (String line : lines) assertTrue(DisplayWidth.of(line) <= 24, line);
        String characters = String.join("|", lines);
        assertTrue(characters.contains("肯尼亚") && characters.contains("羊毛"), characters);
    }

    @Test
    void cursorIsHighlightedAndPhrasesUnderlined() {
        AnnotatedText doc = Holder.READER.annotate("他们薅了羊毛。");
        Sentence s = doc.sentences().get(0);
        List<AttributedString> lines = SentenceView.interlinear(s, doc.expressions(), 0, settings(80, false));
        AttributedString characters = lines.get(1);
        assertTrue(characters.styleAt(0).equals(AttributedStyle.INVERSE), "cursor on 他们");
        int hao = characters.toString().indexOf('薅');
        assertEquals(AttributedStyle.DEFAULT.underline(), characters.styleAt(hao), "薅 underlined");
    }

    @Test
    void toneColoursFollowTheSyllables() {
        Sentence s = Holder.READER.annotate("妈麻马骂吗").sentences().get(0);
        List<AttributedString> lines = SentenceView.interlinear(s, List.of(), -1, settings(80, true));
        assertTrue(
                lines.get(0).toAnsi().contains("\u001b["),
                "coloured: " + lines.get(0).toAnsi());
        assertEquals(
                text(SentenceView.interlinear(s, List.of(), -1, settings(80, false))),
                text(lines),
                "colour never changes the text");
    }

    @Test
    void spokenTonesAreColouredAsSaidAndMarked() {
        Sentence s = Holder.READER.annotate("不是。").sentences().get(0);
        SentenceView.Settings spoken = new SentenceView.Settings(
                80,
                PinyinFormat.DEFAULT.withSandhi(io.github.zhreader.pinyin.ToneSandhi.ALL),
                Script.AS_WRITTEN,
                true,
                SentenceView.Glosses.ALL,
                true,
                COLORS,
                java.util.Set.of());
        List<AttributedString> lines = SentenceView.interlinear(s, List.of(), -1, spoken);
        assertEquals(List.of("bú* shì", "不  是  。"), text(lines));
        AttributedStyle second = COLORS.apply(AttributedStyle.DEFAULT, "bu2");
        assertEquals(second, lines.get(0).styleAt(0), "bú in the second tone's colour");
        assertEquals(AttributedStyle.DEFAULT, lines.get(0).styleAt(2), "the mark is not coloured");
        assertEquals(second, lines.get(1).styleAt(0), "不 in the colour of the tone it is said in");
    }

    @Test
    void glossesListTheWordUnderTheCursorFirstThenPhrases() {
        AnnotatedText doc = Holder.READER.annotate("Scale AI就被一帮肯尼亚人给薅了羊毛。");
        Sentence s = doc.sentences().get(0);
        int kenya = s.tokens()
                .indexOf(s.tokens().stream()
                        .filter(t -> t.text().equals("肯尼亚"))
                        .findFirst()
                        .orElseThrow());
        List<String> lines = text(SentenceView.glosses(s, doc.expressions(), kenya, settings(80, false)));
        assertTrue(lines.get(0).startsWith("▸ 肯尼亚 kěn ní yà  Kenya"), lines.get(0));
        assertTrue(lines.get(1).startsWith("  薅羊毛 hāo yáng máo  (slang)"), lines.get(1));
        SentenceView.Settings none = new SentenceView.Settings(
                80, ToneStyle.MARKS, Script.AS_WRITTEN, true, SentenceView.Glosses.NONE, false, COLORS);
        assertEquals(1, SentenceView.glosses(s, doc.expressions(), kenya, none).size(), "only the cursor word");
    }

    @Test
    void knownWordsShowNoPinyinButUnderTheCursor() {
        Sentence s = Holder.READER.annotate("银行行长来了。").sentences().get(0);
        SentenceView.Settings knowing = new SentenceView.Settings(
                80,
                PinyinFormat.DEFAULT,
                Script.AS_WRITTEN,
                true,
                SentenceView.Glosses.ALL,
                false,
                COLORS,
                java.util.Set.of("银行", "来"));
        assertEquals(
                List.of("        hángzhǎng     le", "银行    行长      来  了 。"),
                text(SentenceView.interlinear(s, List.of(), -1, knowing)));
        assertEquals(
                List.of("yínháng hángzhǎng     le", "银行    行长      来  了 。"),
                text(SentenceView.interlinear(s, List.of(), 0, knowing)));
    }

    @Test
    void knownWordsGetNoGlossLineInUnknownMode() {
        AnnotatedText doc = Holder.READER.annotate("银行行长来了。");
        Sentence s = doc.sentences().get(0);
        SentenceView.Settings unknown = new SentenceView.Settings(
                80,
                PinyinFormat.DEFAULT,
                Script.AS_WRITTEN,
                true,
                SentenceView.Glosses.UNKNOWN,
                false,
                COLORS,
                java.util.Set.of("来", "了"));
        List<String> lines = text(SentenceView.glosses(s, List.of(), -1, unknown));
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("  银行") && lines.get(1).startsWith("  行长"), lines.toString());
    }

    @Test
    void escapeCodesInTheTextNeverReachTheScreen() {
        AnnotatedText doc = Holder.READER.annotate("\u001b]0;pwned\u0007银行\u001b[31m行长\u202e来了。");
        Sentence s = doc.sentences().get(0);
        for (AttributedString line : SentenceView.interlinear(s, List.of(), 0, settings(80, true))) {
            String raw = line.toString();
            assertTrue(raw.chars().noneMatch(c -> c < 0x20 || c == 0x202e), raw);
        }
    }
}
