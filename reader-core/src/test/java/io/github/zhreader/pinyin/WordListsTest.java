package io.github.zhreader.pinyin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhreader.ZhReaderException;
import org.junit.jupiter.api.Test;

class WordListsTest {

    private static final WordLists LISTS = WordLists.load("reading-context-words.txt");

    @Test
    void sectionsHoldTheirWords() {
        assertTrue(LISTS.words("tied").contains("领带"));
        assertTrue(LISTS.words("complements").contains("起来"));
        assertEquals("擦晒拭吹烤烘喝吸榨流哭舔抹晾蒸熬烧揩", LISTS.characters("drying-verbs"));
    }

    @Test
    void aMissingSectionIsNamed() {
        ZhReaderException e = assertThrows(ZhReaderException.class, () -> LISTS.words("no-such-list"));
        assertEquals("reading-context-words.txt has no section no-such-list", e.getMessage());
    }

    @Test
    void aMissingResourceIsNamed() {
        ZhReaderException e = assertThrows(ZhReaderException.class, () -> WordLists.load("no-such-file.txt"));
        assertEquals("the word list no-such-file.txt is missing", e.getMessage());
    }
}
