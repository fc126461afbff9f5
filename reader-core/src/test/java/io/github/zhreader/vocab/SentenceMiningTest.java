package io.github.zhreader.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.zhreader.Readers;
import io.github.zhreader.index.SentenceWords;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SentenceMiningTest {

    private static final Map<String, Integer> RANKS = Map.of("我", 5, "发展", 300, "经济", 400, "很", 20, "快", 200);
    private static final Function<String, OptionalInt> RANK =
            w -> RANKS.containsKey(w) ? OptionalInt.of(RANKS.get(w)) : OptionalInt.empty();

    private static SentenceWords sentence(int n, String text, String... words) {
        return new SentenceWords("d", "D", n, text, List.of(words));
    }

    @Test
    void iPlusOneSentencesComeShortestFirstAndRepeatsOnce() {
        List<SentenceWords> sentences = List.of(
                sentence(0, "经济发展很快,速度惊人。", "经济", "发展", "很", "快", "速度", "惊人"),
                sentence(1, "经济发展很快。", "经济", "发展", "很", "快"),
                sentence(2, "我发展。", "我", "发展"),
                sentence(3, "经济发展很快。", "经济", "发展", "很", "快"),
                sentence(4, "发展很快。", "发展", "很", "快"));
        Set<String> known = Set.of("我", "经济", "很", "快");
        List<SentenceMining.Mined> none = SentenceMining.mine(sentences, "发展", known::contains, 0, RANK);
        assertEquals(
                List.of("我发展。", "发展很快。", "经济发展很快。"),
                none.stream().map(m -> m.sentence().text()).toList(),
                "shortest first; the same sentence again is left out; 速度 and 惊人 are unknown");
        assertEquals(
                List.of(5, 200, 400),
                none.stream().map(SentenceMining.Mined::rarest).toList());

        List<SentenceMining.Mined> two = SentenceMining.mine(sentences, "发展", known::contains, 2, RANK);
        assertEquals(4, two.size());
        assertEquals(List.of("速度", "惊人"), two.get(3).unknown());
        assertEquals(Integer.MAX_VALUE, two.get(3).rarest(), "an unranked word is the rarest");
    }

    @Test
    void theCommonerSentenceComesFirstAmongEquallyShortOnes() {
        List<SentenceWords> sentences = List.of(sentence(0, "经济发展。", "经济", "发展"), sentence(1, "我们发展。", "我", "发展"));
        assertEquals(
                List.of(1, 0),
                SentenceMining.mine(sentences, "发展", w -> true, 0, RANK).stream()
                        .map(m -> m.sentence().sentence())
                        .toList());
        assertThrows(IllegalArgumentException.class, () -> SentenceMining.mine(sentences, "发展", w -> true, -1, RANK));
    }

    @Test
    void aCardBlanksTheWordAndGlossesItAsTheSentenceReadsIt() {
        SentenceMining.Mined mined =
                new SentenceMining.Mined(new SentenceWords("d", "人民日报", 11, "他花了很多钱。", List.of()), List.of(), 0);
        SentenceMining.Card card =
                SentenceMining.card(Readers.shared(), mined, "花").orElseThrow();
        assertEquals(1, card.start());
        assertEquals(2, card.end());
        assertEquals("tā huā le hěnduō qián。", card.pinyin());
        assertEquals("huā", card.wordPinyin());
        assertEquals("to spend (money, time)", card.gloss().senses().get(0));
        assertEquals("人民日报 #12", card.source());

        StringBuilder out = new StringBuilder();
        Exports.ankiCloze(List.of(card), "zhreader::mine", "花", out);
        assertEquals(
                "#separator:tab\n#html:true\n#notetype:Cloze\n#deck:zhreader::mine\n#columns:Text\tBack Extra\tTags\n"
                        + "#tags column:3\n"
                        + "他{{c1::花::to spend (money, time)}}了很多钱。\t"
                        + "tā huā le hěnduō qián。<br><br><b>花</b> huā: "
                        + String.join("; ", card.gloss().senses())
                        + "<br><small>人民日报 #12</small>\tzhreader 花\n",
                out.toString());
    }
}
