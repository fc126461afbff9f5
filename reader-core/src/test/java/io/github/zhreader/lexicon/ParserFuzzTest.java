package io.github.zhreader.lexicon;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhreader.GlossSource;
import io.github.zhreader.TestSeed;
import java.io.StringReader;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mutated dictionary and glossary lines: each either parses or is reported with its line number; nothing else
 * escapes the parsers.
 */
@ExtendWith(TestSeed.Reporter.class)
class ParserFuzzTest {

    private static final String CEDICT = """
            # CC-CEDICT
            #! entries=3
            銀行 银行 [yin2 hang2] /bank/CL:家[jia1],個|个[ge4]/
            綠 绿 [lu:4] /green/
            扎克伯格 扎克伯格 [Zha1 ke4 bo2 ge2] /Mark Zuckerberg (1984-)/
            """;

    private static final String GLOSSARY = """
            # glossary
            薅羊毛 [hao1 yang2 mao2] slang
              literal: pluck wool
              meaning: to grab freebies
              split: 薅…羊毛 with 了 个
              context: 平台 优惠

            卖铲子|賣鏟子 [mai4 chan3 zi5] figurative
              literal: sell shovels
              meaning: profit by supplying the boom
            羊毛党 [yang2 mao2 dang3] freebie hunters / coupon clippers
            合同工\thé tong gōng\tcontract worker
            对数据 = 对 数据
            """;

    private static final String NOISE = "[]/|…\t \n#:=，。abc１２𠮷\u0000\u001b\ufeff\ud800";

    static Stream<String> mutate(String text, long seed) {
        Random random = new Random(seed);
        return IntStream.range(0, 400).mapToObj(i -> {
            StringBuilder sb = new StringBuilder(text);
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(sb.length() + 1);
                switch (random.nextInt(3)) {
                    case 0 -> sb.insert(at, NOISE.charAt(random.nextInt(NOISE.length())));
                    case 1 -> {
                        if (at < sb.length()) sb.deleteCharAt(at);
                    }
                    default -> {
                        if (at < sb.length()) sb.setCharAt(at, NOISE.charAt(random.nextInt(NOISE.length())));
                    }
                }
            }
            return sb.toString();
        });
    }

    static Stream<String> cedictMutations() {
        return mutate(CEDICT, TestSeed.SEED ^ 1);
    }

    static Stream<String> glossaryMutations() {
        return mutate(GLOSSARY, TestSeed.SEED ^ 2);
    }

    @ParameterizedTest
    @MethodSource("cedictMutations")
    void cedictParserReportsTheLineOrParses(String text) {
        try {
            CedictParser.parse(new StringReader(text));
        } catch (CedictFormatException e) {
            assertTrue(e.getMessage().matches("(?s)CC-CEDICT line \\d+: .*"), e.getMessage());
        }
    }

    @ParameterizedTest
    @MethodSource("glossaryMutations")
    void glossaryParserReportsTheLineOrParses(String text) {
        try {
            Glossary.parse(new StringReader(text), "g.txt", GlossSource.USER);
        } catch (GlossaryFormatException e) {
            assertTrue(e.getMessage().matches("(?s)g\\.txt:\\d+: .*"), e.getMessage());
        }
    }
}
