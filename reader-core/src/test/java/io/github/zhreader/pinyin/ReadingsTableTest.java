package io.github.zhreader.pinyin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhreader.ZhReaderException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReadingsTableTest {

    private static ReadingsTable merged;

    @BeforeAll
    static void merge() {
        merged = ReadingsTable.fromSources();
    }

    @Test
    void theBuildBundlesTheTableTheSourcesGiveToday() {
        assertNotNull(
                ReadingsTable.class.getResource(ReadingsTable.RESOURCE), "the build writes " + ReadingsTable.RESOURCE);
        ReadingsTable bundled = ReadingsTable.bundled();
        assertArrayEquals(merged.codePoints(), bundled.codePoints());
        for (int cp : merged.codePoints())
            assertEquals(merged.readings(cp), bundled.readings(cp), Character.toString(cp));
        assertEquals(merged.words(), bundled.words());
        for (int i = 0; i < merged.words(); i++) {
            String word = merged.wordAt(i);
            assertEquals(merged.word(word), bundled.word(word), word);
        }
    }

    @Test
    void mergesTheThreeSourcesInOrder() {
        // HanLP's order (xing2 first), then pinyin4j's other readings.
        assertEquals("xing2", merged.readings('行').get(0));
        assertTrue(merged.readings('行').containsAll(List.of("hang2", "heng2")));
        // Our table puts pu2 before HanLP's first reading.
        assertEquals("pu2", merged.readings('仆').get(0));
        assertEquals(List.of(), merged.readings('a'));
        assertTrue(merged.codePoints().length > 20_000, "characters: " + merged.codePoints().length);
    }

    @Test
    void findsWordsAndRulesOutOthersByTheirHash() {
        assertEquals(Optional.of(List.of("cuan2", "dong4")), merged.word("攒动"));
        assertTrue(merged.mayBeWord("攒动".hashCode()));
        assertEquals(Optional.empty(), merged.word("攒"));
        assertEquals(Optional.empty(), merged.word("不是一个词的字串"));
        int ruledOut = 0;
        for (int i = 0; i < 1000; i++) {
            if (!merged.mayBeWord(("不是词" + i).hashCode())) ruledOut++;
        }
        assertTrue(ruledOut > 900, "ruled out " + ruledOut);
        assertTrue(merged.words() > 5_000, "words: " + merged.words());
        // The first and last words are found: the binary search covers the ends.
        assertTrue(merged.word(merged.wordAt(0)).isPresent());
        assertTrue(merged.word(merged.wordAt(merged.words() - 1)).isPresent());
    }

    @Test
    void writesAndReadsBackTheSameTable() throws IOException {
        ReadingsTable back = ReadingsTable.read(bytes(merged));
        assertArrayEquals(merged.codePoints(), back.codePoints());
        assertEquals(merged.readings('长'), back.readings('长'));
        assertEquals(merged.word("攒动"), back.word("攒动"));
    }

    @Test
    void aDamagedFileIsOneClearError() throws IOException {
        byte[] good = bytes(merged);
        byte[] flipped = good.clone();
        flipped[flipped.length / 2] ^= 1;
        byte[] cut = Arrays.copyOf(good, good.length / 3);
        for (byte[] bad : List.of(flipped, cut, new byte[0], "not a table at all, just text".getBytes())) {
            ZhReaderException e = assertThrows(ZhReaderException.class, () -> ReadingsTable.read(bad));
            assertTrue(e.getMessage().startsWith("the character readings readings.bin are damaged"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
        }
    }

    private static byte[] bytes(ReadingsTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        table.write(out);
        return out.toByteArray();
    }
}
