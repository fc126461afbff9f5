package io.github.zhreader.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class LevelProfileTest {

    private static OptionalInt level(String word) {
        return switch (word) {
            case "的" -> OptionalInt.of(1);
            case "经济" -> OptionalInt.of(4);
            case "纳罕" -> OptionalInt.empty();
            default -> OptionalInt.of(6);
        };
    }

    @Test
    void sharesAndTheLevelThatCoversThem() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("的", 90);
        counts.put("经济", 6);
        counts.put("纳罕", 4);
        LevelProfile p = LevelProfile.of(counts, LevelProfileTest::level);
        assertEquals(100, p.runningWords());
        assertEquals(0.9, p.share(1));
        assertEquals(0.06, p.share(4));
        assertEquals(0.04, p.share(7));
        assertEquals(OptionalInt.of(1), p.levelFor(0.9));
        assertEquals(OptionalInt.of(4), p.levelFor(0.95));
        assertEquals(OptionalInt.empty(), p.levelFor(0.97));
        assertEquals(
                "HSK levels of the running words: 1 90.0%, 2 0.0%, 3 0.0%, 4 6.0%, 5 0.0%, 6 0.0%, beyond 4.0%;"
                        + " 95% of them are within HSK 4",
                p.describe());
        counts.put("纳罕", 10);
        assertEquals(
                "HSK levels of the running words: 1 84.9%, 2 0.0%, 3 0.0%, 4 5.7%, 5 0.0%, 6 0.0%, beyond 9.4%;"
                        + " HSK 1-6 cover 90.6% of them, less than 95%",
                LevelProfile.of(counts, LevelProfileTest::level).describe());
    }

    @Test
    void aTextWithoutWordsHasNoLevel() {
        LevelProfile p = LevelProfile.of(Map.of(), LevelProfileTest::level);
        assertEquals(OptionalInt.empty(), p.levelFor(0.95));
        assertEquals(0, p.share(1));
        assertEquals("no words to place in HSK levels", p.describe());
        assertThrows(IllegalArgumentException.class, () -> p.share(0));
    }
}
