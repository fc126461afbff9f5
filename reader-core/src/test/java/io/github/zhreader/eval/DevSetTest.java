package io.github.zhreader.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhreader.ChineseReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Floors on the real-text development set ({@link DevSet}): a change that lowers a score below the figure reached
 * fails here. Raise a floor when a change raises the score.
 */
class DevSetTest {

    private static DevSet.Score score;

    @BeforeAll
    static void score() {
        score = DevSet.score(ChineseReader.create());
    }

    @ParameterizedTest
    @CsvSource({
        "seg-whole, 95.6",
        "seg-split, 69.5",
        "name, 53.9",
        "notname, 98.0",
        "reading, 88.2",
        "gloss, 79.1",
        "redup, 90.6",
        "separable, 94.5"
    })
    void scoreStaysAtItsFloor(String kind, double floor) {
        double percent = score.percent(kind);
        assertTrue(percent >= floor - 1e-9, kind + ": " + percent + "% < " + floor + "%");
    }

    @Test
    void separableWordsAreFoundWithoutLookAlikes() {
        assertTrue(score.separableRecall() >= 90.6 - 1e-9, "separable recall " + score.separableRecall());
        assertTrue(score.separablePrecision() >= 98.0 - 1e-9, "separable precision " + score.separablePrecision());
    }

    @Test
    void falseNamesStayRare() {
        assertTrue(score.falseNames() <= 3, score.falseNames() + " false names: " + score.falseNameList());
    }
}
