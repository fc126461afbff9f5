package io.github.zhreader.lexicon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhreader.ZhReaderException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CedictDictionaryTest {

    private static final String TEXT = """
            # CC-CEDICT
            #! entries=8
            #! date=2026-09-10T07:14:51Z
            #! license=https://creativecommons.org/licenses/by-sa/4.0/
            #! publisher=MDBG
            了 了 [le5] /(modal particle)/
            了 了 [liao3] /to finish/
            瞭 了 [liao3] /(of eyes) bright/
            銀行 银行 [yin2 hang2] /bank/CL:家[jia1],個|个[ge4]/
            一律 一律 [yi1 lu:4] /same/uniformly/
            扎克伯格 扎克伯格 [Zha1 ke4 bo2 ge2] /Mark Zuckerberg/
            𰻞𰻞麵 𰻝𰻝面 [biang2 biang2 mian4] /broad noodles/
            中華人民共和國 中华人民共和国 [Zhong1 hua2 Ren2 min2 Gong4 he2 guo2] /People's Republic of China/
            """;

    private static final CedictParser.Result PARSED = CedictParser.parse(new StringReader(TEXT));
    private static final byte[] BYTES = compile(PARSED);
    private static final CedictDictionary DICTIONARY = CedictDictionary.load(new ByteArrayInputStream(BYTES));

    private static byte[] compile(CedictParser.Result parsed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CedictCompiler.write(parsed, Map.of("build.source", "test"), out);
        return out.toByteArray();
    }

    @Test
    void looksUpBySimplifiedAndTraditional() {
        List<CedictEntry> bank = List.of(PARSED.entries().get(3));
        assertEquals(bank, DICTIONARY.lookup("银行"));
        assertEquals(bank, DICTIONARY.lookup("銀行"));
        assertEquals("yin2 hang2", DICTIONARY.lookup("银行").get(0).pinyin());
    }

    @Test
    void returnsSharedHeadwordsInFileOrder() {
        assertEquals(PARSED.entries().subList(0, 3), DICTIONARY.lookup("了"));
        assertEquals(List.of(PARSED.entries().get(2)), DICTIONARY.lookup("瞭"));
    }

    @Test
    void looksUpSupplementaryCharacters() {
        assertEquals(List.of(PARSED.entries().get(6)), DICTIONARY.lookup("𰻝𰻝面"));
        assertEquals(List.of(PARSED.entries().get(6)), DICTIONARY.lookup("𰻞𰻞麵"));
    }

    @Test
    void keepsEveryField() {
        CedictEntry entry = DICTIONARY.lookup("一律").get(0);
        assertEquals(new CedictEntry("一律", "一律", "yi1 lv4", List.of("same", "uniformly")), entry);
        assertTrue(DICTIONARY.lookup("扎克伯格").get(0).properNoun());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "银", "银行行", "银行 ", "bank", "了了", "\uD840", "银\uDC00", "ＹＩＮ"})
    void missesWhatIsNotAHeadword(String word) {
        assertEquals(List.of(), DICTIONARY.lookup(word));
        assertFalse(DICTIONARY.contains(word));
    }

    @Test
    void containsHeadwords() {
        assertTrue(DICTIONARY.contains("了"));
        assertTrue(DICTIONARY.contains("中華人民共和國"));
    }

    @Test
    void filterPassesEveryHeadword() {
        DICTIONARY.headwords().forEach(word -> assertTrue(DICTIONARY.mayContain(word.hashCode()), word));
        long passed = java.util.stream.IntStream.range(0, 10_000)
                .filter(i -> DICTIONARY.mayContain(("银行" + i).hashCode()))
                .count();
        assertTrue(passed < 1_500, passed + " of 10,000 strings that are not headwords passed");
    }

    @Test
    void pairFilterPassesTheStartOfEveryHeadword() {
        DICTIONARY
                .headwords()
                .filter(word -> word.length() >= 2)
                .forEach(word -> assertTrue(DICTIONARY.mayStartWith(word.charAt(0), word.charAt(1)), word));
        assertTrue(DICTIONARY.mayStartWith('\uD883', '\uDEDE'), "a supplementary character's surrogates");
        assertFalse(DICTIONARY.mayStartWith('银', '子'));
        assertFalse(DICTIONARY.mayStartWith('了', '了'));
    }

    @Test
    void reportsSizes() {
        assertEquals(8, DICTIONARY.size());
        assertEquals(10, DICTIONARY.keyCount());
        assertEquals(7, DICTIONARY.maxWordLength());
    }

    @Test
    void recordsMetadata() {
        assertEquals(
                Map.of(
                        "source",
                        "CC-CEDICT",
                        "entries",
                        "8",
                        "date",
                        "2026-09-10T07:14:51Z",
                        "license",
                        "https://creativecommons.org/licenses/by-sa/4.0/",
                        "publisher",
                        "MDBG",
                        "build.source",
                        "test"),
                DICTIONARY.metadata());
    }

    @Test
    void listsHeadwordsInCodePointOrder() {
        assertEquals(
                List.of("一律", "中华人民共和国", "中華人民共和國", "了", "扎克伯格", "瞭", "銀行", "银行", "𰻝𰻝面", "𰻞𰻞麵"),
                DICTIONARY.headwords().toList());
    }

    @Test
    void streamsEntriesInFileOrder() {
        assertEquals(PARSED.entries(), DICTIONARY.entries().toList());
    }

    @Test
    void writesDeterministicOutput() {
        assertArrayEquals(BYTES, compile(CedictParser.parse(new StringReader(TEXT))));
    }

    @Test
    void loadsAnEmptyDictionary() {
        CedictDictionary empty =
                CedictDictionary.load(new ByteArrayInputStream(compile(new CedictParser.Result(List.of(), Map.of()))));
        assertEquals(0, empty.size());
        assertEquals(0, empty.keyCount());
        assertEquals(List.of(), empty.lookup("了"));
        assertEquals(Map.of("source", "CC-CEDICT", "entries", "0", "build.source", "test"), empty.metadata());
    }

    @Test
    void describesItself() {
        assertEquals("CedictDictionary[CC-CEDICT 2026-09-10T07:14:51Z, 8 entries]", DICTIONARY.toString());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 8, 11, 12, 40, 200, -5, -4, -1})
    void rejectsTruncatedData(int length) {
        int end = length >= 0 ? length : BYTES.length + length;
        byte[] truncated = Arrays.copyOf(BYTES, end);
        ZhReaderException e = assertThrows(ZhReaderException.class, () -> load(truncated));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void rejectsFlippedBits() {
        for (int i = 12; i < BYTES.length - 4; i += 7) {
            byte[] corrupt = BYTES.clone();
            corrupt[i] ^= 0x10;
            ZhReaderException e = assertThrows(ZhReaderException.class, () -> load(corrupt), "byte " + i);
            assertTrue(e.getMessage().contains("corrupt") || e.getMessage().contains("truncated"), e.getMessage());
        }
    }

    @Test
    void rejectsTrailingBytes() {
        byte[] longer = Arrays.copyOf(BYTES, BYTES.length + 1);
        ZhReaderException e = assertThrows(ZhReaderException.class, () -> load(longer));
        assertTrue(e.getMessage().contains("unexpected bytes after the checksum"), e.getMessage());
    }

    @Test
    void rejectsOtherFiles() {
        byte[] text = TEXT.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ZhReaderException e = assertThrows(ZhReaderException.class, () -> load(text));
        assertEquals("not a zhreader CC-CEDICT dictionary (wrong magic bytes)", e.getMessage());
    }

    @Test
    void rejectsOtherFormatVersions() {
        byte[] future = BYTES.clone();
        ByteBuffer.wrap(future).putInt(8, CedictDictionary.FORMAT_VERSION + 1);
        ZhReaderException e = assertThrows(ZhReaderException.class, () -> load(future));
        assertTrue(e.getMessage().contains("format version " + (CedictDictionary.FORMAT_VERSION + 1)), e.getMessage());
    }

    @Test
    void rejectsAbsurdCounts() {
        byte[] huge = BYTES.clone();
        ByteBuffer.wrap(huge).putInt(12, -1);
        ZhReaderException e = assertThrows(ZhReaderException.class, () -> load(huge));
        assertEquals("the CC-CEDICT dictionary is corrupt (metadata count -1 is out of range)", e.getMessage());
    }

    private static CedictDictionary load(byte[] bytes) {
        return CedictDictionary.load(new ByteArrayInputStream(bytes));
    }
}
