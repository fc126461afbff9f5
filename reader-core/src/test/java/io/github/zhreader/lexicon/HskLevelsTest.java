package io.github.zhreader.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class HskLevelsTest {

    private static final HskLevels HSK = HskLevels.builtIn();

    @Test
    void listedWordsHaveTheirOwnLevel() {
        assertEquals(OptionalInt.of(1), HSK.of("的"));
        assertEquals(OptionalInt.of(4), HSK.of("经济"));
        assertEquals(OptionalInt.of(6), HSK.of("凄凉"));
        assertEquals(OptionalInt.empty(), HSK.of("这个"), "the list has 这 and 个, not 这个");
        assertEquals(OptionalInt.of(4), HSK.ofParts("经济"));
    }

    @Test
    void wordsTheListLacksArePlacedByTheirParts() {
        assertEquals(OptionalInt.of(1), HSK.ofParts("这个"));
        assertEquals(OptionalInt.of(6), HSK.ofParts("发布会"), "发布 is HSK 6, 会 HSK 1");
        assertEquals(OptionalInt.of(1), HSK.ofParts("见"), "met in 看见 and 再见");
        assertEquals(OptionalInt.empty(), HSK.ofParts("老屋"), "屋 is listed only in 屋子");
        assertEquals(OptionalInt.empty(), HSK.ofParts("猹"));
        assertEquals(OptionalInt.empty(), HSK.ofParts(""));
    }
}
