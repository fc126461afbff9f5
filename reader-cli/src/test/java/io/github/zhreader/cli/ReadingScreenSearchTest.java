package io.github.zhreader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.zhreader.ChineseReader;
import io.github.zhreader.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reading screen's {@code /} search parses a query as sentence search and look-up do. */
class ReadingScreenSearchTest {

    private static final ChineseReader READER = ChineseReader.create();
    private static final List<Sentence> SENTENCES =
            READER.annotate("我去银行取钱。他们在河边散步。").sentences();

    private static List<Integer> found(String query) {
        var matches = ReadingState.matcher(query, READER::toSimplified);
        return java.util.stream.IntStream.range(0, SENTENCES.size())
                .filter(i -> matches.applyAsInt(SENTENCES.get(i)) >= 0)
                .boxed()
                .toList();
    }

    @Test
    void chinesePinyinAndEnglishFindTheirSentences() {
        assertEquals(List.of(0), found("银行"));
        assertEquals(List.of(0), found("銀行"));
        assertEquals(List.of(0), found("yinhang"));
        assertEquals(List.of(1), found("he2 bian1"));
        assertEquals(List.of(0), found("money"));
        assertEquals(List.of(0, 1), found("bank"));
    }

    @Test
    void aPrefixSetsTheKindAndIsNotSearchedFor() {
        assertEquals(List.of(0), found("zh:银行"));
        assertEquals(List.of(0), found("py: yinhang"));
        assertEquals(List.of(), found("en:yinhang"));
        assertEquals(List.of(1), found("EN:walk"));
    }
}
