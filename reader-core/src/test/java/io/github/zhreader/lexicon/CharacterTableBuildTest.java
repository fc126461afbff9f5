package io.github.zhreader.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhreader.ZhReaderException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The character table's build step on a few lines written like hanzi's data files. */
class CharacterTableBuildTest {

    /** The 214 Kangxi radicals, as radicalList.js starts and as ICU4J's radical-stroke index labels them. */
    static final String KANGXI = "一丨丶丿乙亅二亠人儿入八冂冖冫几凵刀力勹匕匚匸十卜卩厂厶又口囗土士夂夊夕大女子宀寸小尢尸屮山巛工己巾"
            + "干幺广廴廾弋弓彐彡彳心戈戶手支攴文斗斤方无日曰月木欠止歹殳毋比毛氏气水火爪父爻爿片牙牛犬玄玉瓜瓦甘生用田疋疒癶白皮皿目矛矢"
            + "石示禸禾穴立竹米糸缶网羊羽老而耒耳聿肉臣自至臼舌舛舟艮色艸虍虫血行衣襾見角言谷豆豕豸貝赤走足身車辛辰辵邑酉釆里金長門阜隶"
            + "隹雨靑非面革韋韭音頁風飛食首香馬骨高髟鬥鬯鬲鬼魚鳥鹵鹿麥麻黃黍黑黹黽鼎鼓鼠鼻齊齒龍龜龠";

    private static final String DECOMPOSITION = "module.exports = `10001:ra(丨)\n"
            + "妈:a(女,马)\n"
            + "说:a(讠,兑)\n"
            + "讠:wt(㇊,丶)\n"
            + "爱:d(37333,友)\n"
            + "37333:d(爫,冖)\n"
            + "师:a(37207,帀)\n"
            + "37207:msp(37255)\n"
            + "37255:wl(丨,丨)\n"
            + "林:ra(木)\n"
            + "品:r3tr(口)\n"
            + "口:mc(囗)\n"
            + "人:rrefr/t(㇒)\n"
            + "为:w(力,⺀)\n"
            + "深:a(50001,木)\n"
            + "50001:a(50002,氵)\n"
            + "50002:a(50003)\n"
            + "50003:a(50004)\n"
            + "50004:a(冖)\n"
            + "亅:me(亅)亅\n"
            + "问:st(门,口)`;\n";

    /**
     * Words with frequencies, as HanLP's core dictionary gives them: 的 100 + 3 + 2 × 1 = 105, 说 20 + 3 = 23, 妈 10 +
     * 2 × 1 = 12, 师 1 (a tie with 问, which comes after it in code point order), 问 1; ASCII and placeholders count
     * nothing.
     */
    private static final Map<String, Integer> WORDS =
            Map.of("的", 100, "说", 20, "说的", 3, "妈", 10, "的的妈妈", 1, "师", 1, "问", 1, "AI", 500, "未##数", 1000);

    static String radicalList() {
        return "exports.radicalList = ["
                + KANGXI.codePoints()
                        .mapToObj(cp -> "\"" + new String(Character.toChars(cp)) + "\"")
                        .collect(Collectors.joining(",\n"))
                + "];";
    }

    static String meanings() {
        StringBuilder s = new StringBuilder("exports.radicalListWithMeaning = {\n");
        KANGXI.codePoints().forEach(cp -> {
            String r = new String(Character.toChars(cp));
            String meaning = switch (r) {
                case "女" -> "woman";
                case "言" -> "speech";
                case "丶" -> "dot";
                case "水" -> "water";
                case "門" -> "gate";
                case "冂" -> "upside down box";
                default -> "radical " + r;
            };
            s.append('"').append(r).append("\":\"").append(meaning).append("\",\n");
            switch (r) {
                case "丶" -> s.append("\"⺀\":\"dot\",\n");
                case "冂" -> s.append("\"⺆\":\"upsode down box\",\n");
                case "水" -> s.append("\"氵\":\"water\",\n");
                case "言" -> s.append("\"訁\":\"speech\",\n\"讠\":\"speech\",\n");
                case "門" -> s.append("\"门\":\"gate\",\n");
                default -> {}
            }
        });
        return s.append("\"𠂇\":\"left hand\"\n};\n").toString();
    }

    private static CharacterTableBuild.Table table() {
        return new CharacterTableBuild.Table(DECOMPOSITION, radicalList(), meanings(), WORDS);
    }

    private static String components(String c) {
        return String.join(" ", table().components(c));
    }

    @Test
    void componentsAreTheFirstLevelOfTheDecomposition() {
        assertEquals("女 马", components("妈"));
        assertEquals("讠 兑", components("说"));
        assertEquals("门 口", components("问"));
    }

    @Test
    void numericShapesAreReplacedByTheirOwnComponents() {
        assertEquals("爫 冖 友", components("爱"));
        // 37207 only modifies 37255, which is two strokes.
        assertEquals("丨 丨 帀", components("师"));
    }

    @Test
    void numericShapesDeeperThanTheBoundAreLeftOut() {
        assertEquals("氵 木", components("深"));
    }

    @Test
    void repeatsAreSpelledOut() {
        assertEquals("木 木", components("林"));
        assertEquals("口 口 口", components("品"));
    }

    @Test
    void modifiedAndMirroredShapesAndRadicalsHaveNoComponents() {
        assertEquals("", components("口"));
        assertEquals("", components("人"));
        assertEquals("", components("讠"));
    }

    @Test
    void theRadicalIsShownInTheFormTheCharacterUses() {
        CharacterTableBuild.Table table = table();
        assertEquals("讠", table.shownForm("说", "言"));
        assertEquals("门", table.shownForm("问", "門"));
        assertEquals("女", table.shownForm("妈", "女"));
        // ⺀ is a shape of the Radicals Supplement: dictionaries name the radical itself.
        assertEquals("丶", table.shownForm("为", "丶"));
    }

    @Test
    void theTableHasEachCharactersLineAndTheRadicalsMeanings() {
        String text = table().write("# stamp");
        List<String> lines = List.of(text.split("\n"));
        assertEquals("# stamp", lines.get(0));
        assertTrue(lines.contains("c\t的\t\t白\t1"), text);
        assertTrue(lines.contains("c\t说\t讠兑\t讠\t2"), text);
        assertTrue(lines.contains("c\t妈\t女马\t女\t3"), text);
        assertTrue(lines.contains("c\t师\t丨丨帀\t巾\t4"), text);
        assertTrue(lines.contains("c\t问\t门口\t门\t5"), text);
        assertTrue(lines.contains("c\t林\t木木\t木\t"), text);
        assertTrue(lines.contains("r\t讠\tspeech"), text);
        // Two slips of the meanings are put right.
        assertTrue(lines.contains("r\t⺆\tupside down box"), text);
        assertTrue(lines.contains("r\t𠂇\tleft hand"), text);
        // The stroke line and the numeric lines are not characters of the table.
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("c\t1") || l.startsWith("c\t5")), text);
    }

    @Test
    void aCharacterIsRankedByTheSummedFrequencyOfTheWordsContainingIt() {
        assertEquals(
                Map.of("的", 1, "说", 2, "妈", 3, "师", 4, "数", 5, "问", 6),
                CharacterTableBuild.ranks(Map.of(
                        "的", 100, "说", 20, "说的", 3, "妈", 10, "的的妈妈", 1, "师", 1, "数", 1, "问", 1, "AI", 500, "未##数",
                        1000)));
        // Placeholders are not words: the table has no 数.
        assertTrue(table().write("#").lines().noneMatch(l -> l.startsWith("c\t数")));
    }

    @Test
    void theCoreDictionaryIsReadWholeFromHanLpsJar() {
        Map<String, Integer> words = CharacterTableBuild.coreDictionaryWords();
        assertTrue(words.size() > 80_000, "words " + words.size());
        assertEquals(54478, words.get("的"));
        assertTrue(words.containsKey("银行") && words.containsKey("中华人民共和国"), "银行, 中华人民共和国");
        assertEquals(1487438, words.get("未##数"));
        Map<String, Integer> ranks = CharacterTableBuild.ranks(words);
        assertEquals(1, ranks.get("的"));
        assertTrue(ranks.get("是") < 20 && ranks.get("一") < 20, ranks.get("是") + " " + ranks.get("一"));
    }

    @Test
    void aPartOfTheDataIsRefused() {
        ZhReaderException e = assertThrows(ZhReaderException.class, () -> table().checkSizes());
        assertTrue(e.getMessage().contains("cjk-decomp.txt.js has only"), e.getMessage());
    }

    @Test
    void aRadicalListOtherThanKangxisIsRefused() {
        String shuffled = radicalList().replaceFirst("\"一\",\n\"丨\"", "\"丨\",\n\"一\"");
        ZhReaderException e = assertThrows(
                ZhReaderException.class,
                () -> new CharacterTableBuild.Table(DECOMPOSITION, shuffled, meanings(), WORDS));
        assertTrue(
                e.getMessage().contains("does not start with the 214 Kangxi radicals")
                        || e.getMessage().contains("is not the 214 Kangxi radicals"),
                e.getMessage());
    }

    @Test
    void anUpToDateTableIsNotMadeAgain(@TempDir Path dir) throws Exception {
        Path output = dir.resolve("characters.txt");
        Files.writeString(output, CharacterTableBuild.stamp() + "\n", StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = CharacterTableBuild.run(
                new String[] {
                    "--output",
                    output.toString(),
                    "--cache",
                    dir.resolve("none").toString()
                },
                "no-such-npm",
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        assertEquals("character table -> characters.txt, up to date\n", out.toString(StandardCharsets.UTF_8));
    }
}
