package io.github.zhreader.pinyin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CharacterReadingsTest {

    private final CharacterReadings readings = new CharacterReadings();

    @Test
    void ourTableOrdersReadingsByModernUse() {
        assertEquals("pu2", readings.readings('仆').get(0));
        assertEquals("zhai2", readings.readings('翟').get(0));
        assertEquals("shi2", readings.readings('什').get(0));
        assertTrue(readings.readings('仆').contains("pu1"), "other readings are kept");
        assertEquals("gei3", readings.readings('给').get(0), "characters the table leaves alone keep HanLP's order");
    }

    @Test
    void tableFieldsAnswerBySituation() {
        assertEquals(Optional.of("sai4"), readings.transliteration('塞'));
        assertEquals(Optional.of("zeng1"), readings.surname('曾'));
        assertEquals(Optional.of("juan4"), readings.afterNumber('卷'));
        assertEquals(Optional.of("ding4"), readings.asWord('钉', "v"));
        assertEquals(Optional.empty(), readings.asWord('钉', "n"));
        assertEquals(Optional.empty(), readings.transliteration('好'));
    }

    @Test
    void neutralSyllablesHaveTheirCharactersCitationTone() {
        assertEquals("shi2", readings.citationTone('识', "shi5"));
        assertEquals("you3", readings.citationTone('友', "you5"));
        assertEquals("le5", readings.citationTone('了', "le5"), "了 has a neutral reading of its own");
        assertEquals("hang2", readings.citationTone('行', "hang2"));
    }

    @Test
    void parsesEveryField() {
        Map<Integer, CharacterNote> notes = CharacterNote.parse(List.of(
                "# comment", "", "卷 juan3 juan4 | number juan4 | q juan4  # volumes", "塞 sai1 | translit sai4"));
        CharacterNote juan = notes.get((int) '卷');
        assertEquals(List.of("juan3", "juan4"), juan.order());
        assertEquals("juan4", juan.afterNumber());
        assertEquals(Map.of("q", "juan4"), juan.byTag());
        assertEquals("sai4", notes.get((int) '塞').transliteration());
    }

    @ParameterizedTest
    @ValueSource(strings = {"x juan3", "卷 juan9", "卷 juan3 | number", "卷 juan3 | Q juan4", "卷 juan3 | number xx4"})
    void rejectsMalformedLinesWithTheirNumber(String line) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> CharacterNote.parse(List.of("# first", line)));
        assertTrue(e.getMessage().startsWith("character table line 2"), e.getMessage());
    }

    @Test
    void rejectsACharacterListedTwice() {
        assertThrows(IllegalArgumentException.class, () -> CharacterNote.parse(List.of("卷 juan3", "卷 juan4")));
    }
}
