package io.github.zhreader.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhreader.GlossKind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Validates every entry of the curated glossary. The parser already rejects bad pinyin, keys, splits and duplicate
 * headwords with the line number; these checks add the editorial rules of the curated glossary.
 */
class CuratedGlossaryTest {

    private final Glossary curated = Glossary.curated();

    @Test
    void hasAtLeastFourHundredEntries() {
        assertTrue(curated.size() >= 400, "entries: " + curated.size());
    }

    @Test
    void idiomsSlangAndFigurativePhrasesHaveALiteralMeaning() {
        Set<GlossKind> needLiteral = Set.of(GlossKind.IDIOM, GlossKind.SLANG, GlossKind.FIGURATIVE);
        List<String> missing = curated.entries().stream()
                .filter(e -> needLiteral.contains(e.kind()) && e.literal().isEmpty())
                .map(GlossaryEntry::origin)
                .toList();
        assertEquals(List.of(), missing);
    }

    @Test
    void meaningsAreShortAndEnglish() {
        for (GlossaryEntry e : curated.entries()) {
            for (String m : e.meanings()) {
                assertTrue(m.length() <= 200, e.origin() + ": meaning too long");
                long han = m.codePoints()
                        .filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                        .count();
                assertTrue(han <= 6, e.origin() + ": meaning is mostly Chinese");
            }
        }
    }

    @Test
    void segmentationRulesAreForUsersNotTheCuratedGlossary() {
        assertTrue(curated.rules().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "薅羊毛", "羊毛党", "卖铲子", "淘金热", "招安", "破圈", "啪啪打脸", "风口", "挂梯子", "杠杠的", "内忧外患", "雨后春笋", "白手起家", "耸人听闻",
                "龙头老大", "自身难保", "粗制滥造", "漏洞百出", "挖角", "寄予厚望", "小扎", "大佬", "吐槽", "出岔子", "不折不扣", "合情合理", "沾边儿", "捣鼓",
                "竞品", "内卷", "躺平", "割韭菜"
            })
    void explainsThePhrasesOfTheSampleArticleAndItsFamily(String headword) {
        assertFalse(curated.lookup(headword).isEmpty(), headword);
    }

    @Test
    void separablePhrasesSpellTheirHeadword() {
        for (GlossaryEntry e : curated.entries()) {
            if (e.separable()) assertEquals(e.simplified(), String.join("", e.parts()), e.origin());
        }
    }
}
