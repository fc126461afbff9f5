package io.github.zhreader.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.zhreader.ChineseReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Floors on the scores measured on the shared evaluation data beside the checkout ({@code ../shared/data}): pinyin
 * on the CPP development split ({@link PinyinAccuracy}) and segmentation F1 on the SIGHAN 2005 PKU test text
 * ({@link SegmentationF1}). Skipped where the data is not there, as on a fresh clone; raise a floor when a change
 * raises the score.
 */
class SharedDataFloorsIT {

    /** The shared data, seen from reader-core, where the tests run. */
    private static final Path DATA = Path.of("..", "..", "shared", "data");

    @Test
    void pinyinOnTheCppDevelopmentSplitStaysAtItsFloor() throws IOException {
        assumeTrue(Files.isRegularFile(DATA.resolve("cpp/dev.sent")), "../shared/data is not here");
        double percent = PinyinAccuracy.score(
                ChineseReader.create(), DATA.resolve("cpp/dev").toString(), false, false);
        assertTrue(percent >= 96.5 - 1e-9, "CPP dev: " + percent + "% < 96.5%");
    }

    @Test
    void segmentationOfThePkuTestTextStaysAtItsFloor() throws IOException {
        Path gold = DATA.resolve("sighan2005/pku_test_gold.utf8");
        assumeTrue(Files.isRegularFile(gold), "../shared/data is not here");
        double f1 = SegmentationF1.f1(ChineseReader.create(), Files.readAllLines(gold, StandardCharsets.UTF_8));
        assertTrue(f1 >= 91.8 - 1e-9, "PKU F1: " + f1 + " < 91.8");
    }
}
