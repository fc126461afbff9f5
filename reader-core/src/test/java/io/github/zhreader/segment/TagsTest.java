package io.github.zhreader.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class TagsTest {

    private static List<String> matching(Predicate<String> family) {
        return List.of(
                        "n", "nr", "nr1", "nrf", "nrj", "ns", "nsf", "nt", "nz", "v", "vn", "vd", "a", "ad", "m", "mq",
                        "q", "t", "f", "s", "j", "w", "u", "ule", "z", "r", "d", "p", "c", "e", "h")
                .stream()
                .filter(family)
                .toList();
    }

    @Test
    void familiesGoByTheFirstLetters() {
        assertEquals(List.of("n", "nr", "nr1", "nrf", "nrj", "ns", "nsf", "nt", "nz"), matching(Tags::isNoun));
        assertEquals(List.of("nr", "nr1", "nrf", "nrj"), matching(Tags::isPersonName));
        assertEquals(List.of("nrf"), matching(Tags::isTransliteratedName));
        assertEquals(List.of("ns", "nsf"), matching(Tags::isPlaceName));
        assertEquals(List.of("nr", "nr1", "nrf", "nrj", "ns", "nsf", "nt"), matching(Tags::isName));
        assertEquals(List.of("v", "vn", "vd"), matching(Tags::isVerb));
        assertEquals(List.of("vn"), matching(Tags::isVerbalNoun));
        assertEquals(List.of("a", "ad"), matching(Tags::isAdjective));
        assertEquals(List.of("m", "mq"), matching(Tags::isNumeral));
        assertEquals(List.of("u", "ule"), matching(Tags::isParticle));
        assertEquals(List.of("j"), matching(Tags::isAbbreviation));
    }
}
