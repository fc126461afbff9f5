package io.github.zhreader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhreader.lexicon.HskLevels;
import io.github.zhreader.render.JsonRenderer;
import io.github.zhreader.render.RenderOptions;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * HSK 2.0 levels on tokens and in JSON. The list's levels were checked by hand against the official HSK 2.0 list
 * (Hanban, 2012) on a sample of 21 words, 1 to 4 of each level: all agree; these are some of them.
 */
class HskLevelsTest {

    @Test
    void theListHasTheOfficialLevels() {
        HskLevels levels = HskLevels.builtIn();
        assertEquals(4995, levels.size());
        assertEquals(
                List.of(1, 1, 2, 2, 3, 3, 4, 5, 6),
                List.of("爸爸", "出租车", "宾馆", "旅游", "阿姨", "银行", "护士", "哎", "癌症").stream()
                        .map(w -> levels.of(w).getAsInt())
                        .toList());
        assertEquals(OptionalInt.empty(), levels.of("薅羊毛"));
        assertTrue(levels.source().contains("chinese-lexicon@1.0.43 (ISC licence)"), levels.source());
    }

    @Test
    void aTokenCarriesItsWordsLevelInSimplifiedOrTraditionalCharacters() {
        AnnotatedText doc = Readers.shared().annotate("他去銀行取錢，被人薅了羊毛。");
        List<String> levels = doc.tokens()
                .filter(Token::isHan)
                .map(t -> t.text() + (t.hsk().isPresent() ? t.hsk().getAsInt() : "-"))
                .toList();
        assertEquals(List.of("他1", "去1", "銀行3", "取錢-", "被3", "人1", "薅-", "了1", "羊毛-"), levels);
        String json =
                new JsonRenderer(RenderOptions.DEFAULT).render(Readers.shared().annotate("银行"));
        assertTrue(json.contains("\"syllables\":[\"yin2\",\"hang2\"],\"hsk\":3,\"glosses\""), json);
    }
}
