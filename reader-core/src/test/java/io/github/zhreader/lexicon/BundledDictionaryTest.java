package io.github.zhreader.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks the dictionary that the build compiled into target/classes before the tests run. */
class BundledDictionaryTest {

    private final CedictDictionary cedict = CedictDictionary.bundled();

    @Test
    void holdsTheWholeRelease() {
        assertEquals(125_049, cedict.size());
        assertEquals("125049", cedict.metadata().get("entries"));
        assertEquals("CC-CEDICT", cedict.metadata().get("source"));
        assertTrue(
                cedict.metadata().get("date").startsWith("2026-09-10"),
                cedict.metadata().toString());
        assertTrue(
                cedict.metadata().get("license").contains("creativecommons.org"),
                cedict.metadata().toString());
    }

    @Test
    void isLoadedOnce() {
        assertSame(cedict, CedictDictionary.bundled());
    }

    @Test
    void looksUpCommonWords() {
        assertEquals(
                List.of("yin2 hang2"),
                cedict.lookup("银行").stream().map(CedictEntry::pinyin).toList());
        assertEquals(cedict.lookup("银行"), cedict.lookup("銀行"));
        assertTrue(cedict.contains("招安"));
        assertEquals(1, cedict.lookup("招安").size());
    }

    @Test
    void marksNamesAsProperNouns() {
        List<CedictEntry> zuckerberg = cedict.lookup("扎克伯格");
        assertEquals(1, zuckerberg.size());
        assertTrue(zuckerberg.get(0).properNoun());
    }

    @Test
    void readsSupplementaryCharacters() {
        assertEquals("biang2 biang2 mian4", cedict.lookup("𰻝𰻝面").get(0).pinyin());
    }

    @Test
    void listsEveryHeadword() {
        assertEquals(cedict.keyCount(), cedict.headwords().count());
        assertTrue(cedict.maxWordLength() >= 10, "max word length " + cedict.maxWordLength());
    }
}
