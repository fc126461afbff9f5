package io.github.zhreader.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhreader.AnnotatedText;
import io.github.zhreader.Readers;
import io.github.zhreader.Sentence;
import io.github.zhreader.Token;
import io.github.zhreader.TokenType;
import io.github.zhreader.pinyin.ToneSandhi;
import io.github.zhreader.pinyin.WordPinyin;
import io.github.zhreader.pinyin.notation.PinyinSpacing;
import io.github.zhreader.pinyin.notation.ToneStyle;
import io.github.zhreader.text.DisplayWidth;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pinyin as readers see it, from sentences annotated by the default reader. */
class PinyinFormatTest {

    private static final PinyinFormat SPOKEN = PinyinFormat.DEFAULT.withSandhi(ToneSandhi.ALL);

    private static Sentence sentence(String text) {
        return Readers.shared().annotate(text).sentences().get(0);
    }

    /** The pinyin of a sentence's words, separated by spaces, without the empty pinyin of punctuation. */
    private static String pinyin(PinyinFormat format, String text) {
        return format.words(sentence(text).tokens()).stream()
                .map(WordPinyin::text)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "一个人。                 | yí*ge rén",
                "一共三本书。             | yí*gòng sān běnshū",
                "我们一起去吧。           | wǒmen yì*qǐ qù ba",
                "这是我第一次来。         | zhè shì wǒ dìyī cì lái",
                "一九八四年               | yījiǔbāsì nián",
                "十一个学生               | shíyī gè xuésheng",
                "他不是学生。             | tā bú* shì xuésheng",
                "不对。                   | bú*duì",
                "不好。                   | bùhǎo",
                "你好！                   | ní*hǎo",
                "我很好。                 | wǒ hén* hǎo",
                "展览馆                   | zhán*lán*guǎn",
                "我一点儿也不懂。         | wǒ yì*diǎnr yě bù dǒng",
                "你去哪儿了？             | nǐ qù nǎr le",
                "这事跟他不沾边儿。       | zhè shì gēn tā bù zhānbiānr",
                "他女儿在西安。           | tā nǚ'ér zài Xī'ān",
            })
    void spokenTonesAreShownWithAMark(String text, String expected) {
        assertEquals(expected, pinyin(SPOKEN, text));
    }

    @Test
    void citationTonesByDefault() {
        assertEquals("yīge rén", pinyin(PinyinFormat.DEFAULT, "一个人。"));
        assertEquals("nǐhǎo", pinyin(PinyinFormat.DEFAULT, "你好！"));
        assertEquals("yí*ge rén nǐhǎo", pinyin(PinyinFormat.DEFAULT.withSandhi(ToneSandhi.YI_BU), "一个人你好！"));
    }

    @Test
    void theDataKeepsTheCitationTones() {
        Sentence s = sentence("不是。");
        SPOKEN.words(s.tokens());
        assertEquals(List.of("bu4"), s.tokens().get(0).syllables());
        assertEquals("bù", s.tokens().get(0).pinyin());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "王涛和欧阳修去了北京。   | Wáng Tāo hé Ōuyáng Xiū qù le Běijīng",
                "我们在清华大学。         | wǒmen zài Qīnghuá Dàxué",
                "一月是冬天。             | yīyuè shì dōngtiān",
                "时薪低到只有几美分。     | shíxīn dī dào zhǐyǒu jǐ měifēn",
                "山姆奥特曼               | Shānmǔ Àotèmàn",
            })
    void properNounsAreCapitalised(String text, String expected) {
        assertEquals(expected, pinyin(PinyinFormat.DEFAULT, text));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "司马光明 | nr  | si1 ma3 guang1 ming2 | Sīmǎ Guāngmíng",
                "汪小滔   | nr  | wang1 xiao3 tao1     | Wāng Xiǎotāo",
                "汪       | nr1 | wang1                | Wāng",
                "小滔     | nr2 | xiao3 tao1           | Xiǎotāo",
                "温哥华   | ns  | wen1 ge1 hua2        | Wēngēhuá",
                "某某集团 | nt  | mou3 mou3 ji2 tuan2  | Mǒumǒujítuán",
                "某某     | n   | mou3 mou3            | mǒumǒu",
            })
    void namesTheDictionaryLacksAreCapitalisedByTheirTag(String text, String tag, String syllables, String expected) {
        Token name = new Token(
                text,
                0,
                text.length(),
                TokenType.HAN,
                tag,
                List.of(syllables.split(" ")),
                List.of(),
                OptionalInt.empty(),
                false,
                OptionalInt.empty());
        assertEquals(expected, PinyinFormat.DEFAULT.word(name).text());
    }

    @Test
    void syllablesSpacedOnRequest() {
        PinyinFormat spaced = SPOKEN.withSpacing(PinyinSpacing.SYLLABLES);
        assertEquals("tā nǚ ér zài Xī ān", pinyin(spaced, "他女儿在西安。"));
        assertEquals("wǒ yì* diǎnr yě bù dǒng", pinyin(spaced, "我一点儿也不懂。"));
        assertEquals("yi2* ge5 ren2", pinyin(spaced.withTones(ToneStyle.NUMBERS), "一个人。"));
    }

    @Test
    void interlinearKeepsColumnsAlignedWithMarks() {
        AnnotatedText doc = Readers.shared().annotate("你好，我很好，一个人不是展览馆。");
        List<String> lines = new Interlinear(RenderOptions.DEFAULT
                        .withWidth(80)
                        .withPinyin(SPOKEN)
                        .withScript(Script.AS_WRITTEN)
                        .withClutterKept(false))
                .render(doc)
                .lines()
                .toList();
        assertEquals("ní*hǎo    wǒ hén* hǎo    yí*ge rén bú* shì zhán*lán*guǎn", lines.get(0));
        assertEquals("你好   ， 我 很   好  ， 一个  人  不  是  展览馆        。", lines.get(1));
        String top = lines.get(0);
        String bottom = lines.get(1);
        for (String word : List.of("我", "一个", "展览馆")) {
            int column = DisplayWidth.of(bottom.substring(0, bottom.indexOf(word)));
            assertTrue(
                    top.length() > column && top.charAt(column) != ' ' && top.charAt(column - 1) == ' ',
                    word + " starts a pinyin column:\n" + top + "\n" + bottom);
        }
        assertTrue(
                lines.stream().anyMatch(l -> l.startsWith("  你好 nǐ hǎo  ")),
                "the gloss line keeps the citation tones: " + lines);
    }

    @Test
    void htmlUnderlinesChangedSyllablesWithTheCitationAsTitle() {
        AnnotatedText doc = Readers.shared().annotate("你好。");
        String html = new HtmlRenderer(RenderOptions.DEFAULT
                        .withTitle("t")
                        .withScript(Script.AS_WRITTEN)
                        .withPinyin(SPOKEN))
                .render(doc);
        assertTrue(
                html.contains("<rt><span class=\"t2 sandhi\" title=\"nǐ\">ní</span><span class=\"t3\">hǎo</span></rt>"),
                html);
        assertTrue(html.contains("你好  nǐ hǎo (said ní hǎo)"), html);
        assertTrue(
                new HtmlRenderer(RenderOptions.DEFAULT.withTitle("t"))
                        .render(Readers.shared().annotate("他女儿在西安。"))
                        .contains("<span class=\"t1\">Xī</span>&#39;<span class=\"t1\">ān</span>"),
                "apostrophe and capital in ruby");
    }

    @Test
    void jsonGivesTheSpokenSyllablesBesideTheCitationOnes() {
        AnnotatedText doc = Readers.shared().annotate("不是。");
        String json = new JsonRenderer(RenderOptions.DEFAULT.withSandhi(ToneSandhi.ALL)).render(doc);
        assertTrue(json.contains("\"pinyin\":\"bù\",\"syllables\":[\"bu4\"],\"sandhi\":[\"bu2\"]"), json);
        assertTrue(json.contains("\"syllables\":[\"shi4\"],\"sandhi\":[\"shi4\"]"), json);
        assertTrue(!new JsonRenderer(RenderOptions.DEFAULT).render(doc).contains("sandhi"), "no field unless asked");
    }
}
