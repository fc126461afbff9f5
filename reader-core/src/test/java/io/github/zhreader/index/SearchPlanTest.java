package io.github.zhreader.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.zhreader.QueryKind;
import io.github.zhreader.Readers;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchPlanTest {

    @Test
    void aQueryIsPlannedOnceWithItsTermsAnalysed() {
        SearchPlan plan = SearchPlan.of(Readers.shared(), "\"rate of growth\" banks");
        assertEquals(QueryKind.ENGLISH, plan.kind());
        assertEquals(
                new QueryPlan.Bool(
                        List.of(
                                new QueryPlan.Phrase("english", List.of("rate", "growth"), List.of(0, 2)),
                                new QueryPlan.Term("english", "bank")),
                        List.of(new QueryPlan.Boost(new QueryPlan.Term("english", "bank"), 2f))),
                plan.match());
        assertEquals(
                new QueryPlan.Phrase("pinyin_tones", List.of("hao1", "yang2", "mao2"), List.of(0, 1, 2)),
                SearchPlan.of(Readers.shared(), "hāo yáng máo").match());
        assertEquals(
                new QueryPlan.Nothing(), SearchPlan.of(Readers.shared(), "the").match());
    }

    @Test
    void hitsOfEqualScoreAreOrderedByDocumentThenSentence() {
        try (SentenceLibrary library = SentenceLibrary.inMemory(Readers.shared())) {
            library.add("b", "B", "他喝茶。");
            library.add("a", "A", "他喝茶。他喝茶。");
            List<String> found = library.search("喝茶", 10).stream()
                    .map(h -> h.document() + "#" + h.sentence())
                    .toList();
            assertEquals(List.of("a#0", "a#1", "b#0"), found);
        }
    }

    @Test
    void aDocumentsSentencesComeWithTheFormsTheIndexHolds() {
        try (SentenceLibrary library = SentenceLibrary.inMemory(Readers.shared())) {
            library.add("d", "D", "我们喝茶。他被人薅了羊毛。");
            List<IndexedSentence> sentences = library.sentences("d");
            assertEquals(2, sentences.size());
            IndexedSentence second = sentences.get(1);
            assertEquals(List.of(1, 5, 13), List.of(second.sentence(), second.start(), second.end()));
            assertEquals("他被人薅了羊毛。", second.text());
            assertEquals("他 被 人 薅 了 羊毛 ", second.words());
            assertEquals("ta bei ren hao le yang mao | hao yang mao ", second.pinyin());
            assertEquals("ta1 bei4 ren2 hao1 le5 yang2 mao2 | hao1 yang2 mao2 ", second.tones());
            assertEquals("薅羊毛 ", second.phrases());
            assertEquals(
                    "we; us; ourselves; our . to drink tea ; to get engaged ; to have a serious conversation ; (fig.)"
                            + " to have a meeting with state security agents (to be warned to behave \"responsibly\") . ",
                    sentences.get(0).english());
            assertEquals(List.of(), library.sentences("nothing"));
        }
    }
}
