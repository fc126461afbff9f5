package io.github.zhreader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.zhreader.AnnotatedText;
import io.github.zhreader.ChineseReader;
import io.github.zhreader.cli.ReadingKeys.Op;
import io.github.zhreader.render.PinyinFormat;
import io.github.zhreader.render.Script;
import io.github.zhreader.vocab.KnownWords;
import java.nio.file.Path;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reading screen without a terminal: keys change the state, and the layout is the lines of a screen. */
class ReadingStateTest {

    private static final ChineseReader READER = ChineseReader.create();
    private static final AnnotatedText DOC = READER.annotate("银行行长来了。他笑了。\n我们走吧。");

    @TempDir
    Path home;

    private ReadingState state() {
        return state(DOC, "银行");
    }

    /** A reading screen on {@code doc} with a data folder of its own, no colours and the default settings. */
    private ReadingState state(AnnotatedText doc, String title) {
        return new ReadingState(
                doc,
                title,
                new Positions(home),
                KnownWords.load(home.resolve("known.txt")),
                false,
                ToneColors.parse(ToneColors.DEFAULT),
                Script.AS_WRITTEN,
                false,
                PinyinFormat.DEFAULT,
                READER::toSimplified);
    }

    private static List<String> lines(List<AttributedString> screen) {
        return screen.stream()
                .map(AttributedString::toString)
                .map(String::stripTrailing)
                .toList();
    }

    private static AttributedStyle styleOf(AttributedString line, String character) {
        return line.styleAt(line.toString().indexOf(character));
    }

    @Test
    void theFirstSentenceWithItsGlosses() {
        assertEquals(
                List.of(
                        "银行     ¶ 1/2 · sentence 1/3 · 0% known",
                        "",
                        "yínháng hángzhǎng lái le",
                        "银行    行长      来  了 。",
                        "",
                        "▸ 银行 yín háng  bank;",
                        "      CL:家[jia1],個|个[ge4]",
                        "  行长 háng zhǎng  bank president",
                        "  来 lái  to come; (used as a substitut…",
                        "  了 le  (completed action marker); (mo…",
                        "",
                        "←/→ sentence  ? help  q quit"),
                lines(state().screen(12, 40)));
    }

    @Test
    void paragraphModePartsTheSentencesAndKeepsTheCursorsGlossInView() {
        List<AttributedString> shown = state().act(Op.NEXT).act(Op.MODE).screen(12, 40);
        List<String> screen = lines(shown);
        assertEquals(
                List.of(
                        "银行     ¶ 1/2 · sentence 2/3 · 0% known",
                        "",
                        "yínháng hángzhǎng lái le",
                        "银行    行长      来  了 。",
                        "",
                        "tā xiào le",
                        "他 笑   了 。",
                        "",
                        "▸ 他 tā  (third-person singular) (since",
                        "      the early 20th century, usu.",
                        "… (g: fewer glosses, m: sentence mode)",
                        "←/→ sentence  ? help  q quit"),
                screen);
        // The other sentence of the paragraph is faint; the current one is not.
        assertEquals(AttributedStyle.DEFAULT.faint(), shown.get(3).styleAt(0));
        assertEquals(AttributedStyle.DEFAULT, shown.get(6).styleAt(2));
    }

    @Test
    void knownWordsLoseTheirPinyinUntilYBringsItBack() {
        ReadingState state = state().act(Op.WORD_NEXT).act(Op.KNOWN).act(Op.WORD_NEXT);
        assertEquals("yínháng           lái le", lines(state.screen(12, 40)).get(2));
        assertEquals(
                "yínháng hángzhǎng lái le",
                lines(state.act(Op.KNOWN_PINYIN).screen(12, 40)).get(2));
        assertEquals("pinyin over known words too", lines(state.screen(12, 40)).get(11));
        assertEquals(
                "yínháng           lái le",
                lines(state.act(Op.KNOWN_PINYIN).screen(12, 40)).get(2));
    }

    @Test
    void theFullEntryShowsTheWordsHskLevel() {
        List<String> screen = lines(state().act(Op.CARD).screen(16, 60));
        assertEquals("银行  yín háng  HSK 3", screen.get(5), String.join("\n", screen));
    }

    @Test
    void theFullEntryShowsTheWordsCharacters() {
        List<String> screen = lines(state().act(Op.CARD).screen(40, 80));
        int at = screen.indexOf("Characters:");
        assertEquals(
                List.of(
                        "Characters:",
                        "  银  radical 钅 metal/gold · 钅 metal/gold + 艮 stopping · character rank 444",
                        "  行  radical 行 go/do · character rank 24"),
                screen.subList(Math.max(0, at), Math.max(0, at) + 3),
                String.join("\n", screen));
    }

    @Test
    void keysMoveThroughSentencesAndWords() {
        assertEquals(
                List.of(
                        "银行     ¶ 1/2 · sentence 2/3 · 0% known",
                        "",
                        "tā xiào le",
                        "他 笑   了 。",
                        "",
                        "▸ 笑 xiào  to laugh; to smile; to laugh",
                        "      at",
                        "  他 tā  (third-person singular) (since…",
                        "  了 le  (completed action marker); (mo…",
                        "",
                        "",
                        "←/→ sentence  ? help  q quit"),
                lines(state().act(Op.NEXT).act(Op.WORD_NEXT).screen(12, 40)));
    }

    @Test
    void theNextParagraphAndBackToTheFirstSentence() {
        ReadingState state = state().act(Op.NEXT_PARAGRAPH);
        assertEquals(2, state.sentence());
        assertEquals(0, state.act(Op.FIRST).sentence());
        assertEquals(2, state.act(Op.LAST).sentence());
        assertEquals(2, state.act(Op.NEXT).sentence());
    }

    @Test
    void helpIsAnOverlayThatAnyKeyCloses() {
        ReadingState state = state().act(Op.HELP);
        List<String> help = lines(state.screen(16, 100));
        assertEquals("Keys", help.get(1));
        assertEquals("  → space        next sentence           ← p          previous sentence", help.get(3));
        assertEquals(0, state.act(Op.NEXT).sentence());
        assertEquals(1, state.act(Op.NEXT).sentence());
    }

    @Test
    void markingAWordKnownSavesItAndMovesTheKnownShare() {
        ReadingState state = state().act(Op.KNOWN);
        List<String> screen = lines(state.screen(12, 60));
        assertEquals("银行                        ¶ 1/2 · sentence 1/3 · 10% known", screen.get(0));
        assertEquals("银行 is now a known word (k again to undo)", screen.get(11));
        assertEquals(
                java.util.Set.of("银行"),
                KnownWords.load(home.resolve("known.txt")).words());
    }

    @Test
    void searchJumpsToTheSentenceAndSaysSo() {
        ReadingState state = state().search("走");
        assertEquals(2, state.sentence());
        List<String> screen = lines(state.screen(12, 60));
        assertEquals("found \"走\" in sentence 3 (match 1 of 1)", screen.get(11));
        assertEquals("走", state.word());
        assertEquals(0, state.search("銀行").sentence());
        assertEquals(
                "found \"銀行\" in sentence 1 (match 1 of 1), from the top",
                lines(state.screen(12, 60)).get(11));
        assertEquals(0, state.search("飛機").sentence());
        assertEquals(
                "\"飛機\" is not in this document", lines(state.screen(12, 60)).get(11));
        assertEquals(0, state.search("yinhang").sentence());
    }

    @Test
    void theCursorLandsOnTheWordWhereTheMatchStarts() {
        ReadingState state = state();
        assertEquals("行长", state.search("長").word());
        assertEquals("笑", state.search("xiao").word());
        assertEquals("我们", state.search("we").word());
        assertEquals("来", state.search("zh:来了").word());
    }

    private static final AnnotatedText FORUM = READER.annotate("我在补贴吧里问。");

    private ReadingState forum(SavedWords saved) {
        return state(FORUM, "贴吧")
                .words(ReadingState.Words.of(
                        () -> READER,
                        () -> ChineseReader.builder().userGlossary(saved.file()).build(),
                        saved));
    }

    @Test
    void theSpanKeysMoveTheEndsOfTheSelectionAcrossWords() {
        ReadingState state = forum(new SavedWords(home)).act(Op.WORD_NEXT).act(Op.WORD_NEXT);
        assertEquals(List.of("我", "在", "补贴", "吧", "里", "问", "。"), state.words());
        assertEquals("补贴", state.selected());
        assertEquals("贴", state.act(Op.SPAN_START_LATER).selected());
        assertEquals("贴", state.act(Op.SPAN_START_LATER).selected());
        assertEquals("贴吧", state.act(Op.SPAN_END_LATER).selected());
        assertEquals("补贴", state.word());
        assertEquals("补贴吧", state.act(Op.SPAN_START_EARLIER).selected());
        assertEquals("补贴", state.act(Op.SPAN_END_EARLIER).selected());
        assertEquals("里", state.act(Op.WORD_NEXT).act(Op.WORD_NEXT).selected());
    }

    @Test
    void theSpanIsHighlightedAndItsGlossIsItsLookUp() {
        ReadingState state = forum(new SavedWords(home))
                .act(Op.WORD_NEXT)
                .act(Op.WORD_NEXT)
                .act(Op.SPAN_START_LATER)
                .act(Op.SPAN_END_LATER);
        List<AttributedString> shown = state.screen(12, 60);
        List<String> screen = lines(shown);
        assertEquals("wǒ zài bǔtiē ba lǐ wèn", screen.get(2));
        assertEquals("我 在  补贴  吧 里 问  。", screen.get(3));
        assertEquals(
                List.of(AttributedStyle.DEFAULT, AttributedStyle.INVERSE, AttributedStyle.INVERSE),
                List.of(styleOf(shown.get(3), "补"), styleOf(shown.get(3), "贴"), styleOf(shown.get(3), "吧")));
        assertEquals("▸ 贴吧 tiē bā  Baidu Tieba, a huge network of topic forums;", screen.get(5));
    }

    @Test
    void aSpanTheDictionaryLacksSaysSo() {
        ReadingState state = forum(new SavedWords(home))
                .act(Op.WORD_NEXT)
                .act(Op.WORD_NEXT)
                .act(Op.SPAN_END_LATER)
                .act(Op.SPAN_END_LATER);
        assertEquals("补贴吧里", state.selected());
        assertEquals(
                "▸ 补贴吧里 bǔ tiē ba lǐ  (no dictionary entry)",
                lines(state.screen(12, 60)).get(5));
    }

    @Test
    void savingTheSpanAddsItToTheGlossaryOnceAndCutsTheTextAgain() throws Exception {
        SavedWords saved = new SavedWords(home);
        ReadingState state = forum(saved)
                .act(Op.WORD_NEXT)
                .act(Op.WORD_NEXT)
                .act(Op.SPAN_START_LATER)
                .act(Op.SPAN_END_LATER)
                .act(Op.SAVE);
        assertEquals(
                "贴吧 saved to your glossary (glossary.txt)",
                lines(state.screen(12, 60)).get(11));
        assertEquals(List.of("我", "在", "补", "贴吧", "里", "问", "。"), state.words());
        assertEquals("贴吧", state.word());
        assertEquals("贴吧", state.selected());
        String file = java.nio.file.Files.readString(saved.file());
        assertEquals("""
                # zhreader: the words you saved in the reading screen (key a), a glossary that zhreader reads on every start.
                # Edit it as you like; the format is that of --glossary files (see "Glossaries" in the user guide).

                贴吧|貼吧 [tie1 ba1] name
                  meaning: Baidu Tieba, lit. "Baidu Post Bar", a Chinese online forum hosted by Baidu Inc.

                """, file);
        state.act(Op.SAVE);
        assertEquals(
                "贴吧 is in your glossary already", lines(state.screen(12, 60)).get(11));
        assertEquals(file, java.nio.file.Files.readString(saved.file()));
    }

    @Test
    void aDataFolderThatIsNoFolderGivesOneLine() throws Exception {
        Path notAFolder = java.nio.file.Files.writeString(home.resolve("data"), "");
        ReadingState state = forum(new SavedWords(notAFolder)).act(Op.SAVE);
        assertEquals(
                "could not save 我: " + notAFolder + ": not a folder",
                lines(state.screen(12, 200)).get(11));
        assertEquals(List.of("我", "在", "补贴", "吧", "里", "问", "。"), state.words());
    }

    @Test
    void searchSelectsTheWholeMatchAndNAndShiftNGoRoundTheMatches() {
        ReadingState state = state();
        assertEquals(
                "no search yet: / searches this document",
                lines(state.act(Op.SEARCH_NEXT).screen(12, 60)).get(11));
        state.search("行长来");
        assertEquals("行长来", state.selected());
        assertEquals("行长", state.word());
        List<AttributedString> shown = state.screen(12, 60);
        assertEquals(
                List.of(AttributedStyle.DEFAULT, AttributedStyle.INVERSE, AttributedStyle.INVERSE),
                List.of(styleOf(shown.get(3), "银"), styleOf(shown.get(3), "长"), styleOf(shown.get(3), "来")));
        state.search("了");
        assertEquals(List.of(0, "了"), List.of(state.sentence(), state.selected()));
        assertEquals(
                "found \"了\" in sentence 1 (match 1 of 2)",
                lines(state.screen(12, 60)).get(11));
        state.act(Op.SEARCH_NEXT);
        assertEquals(
                "found \"了\" in sentence 2 (match 2 of 2)",
                lines(state.screen(12, 60)).get(11));
        state.act(Op.SEARCH_NEXT);
        assertEquals(
                "found \"了\" in sentence 1 (match 1 of 2), from the top",
                lines(state.screen(12, 60)).get(11));
        state.act(Op.SEARCH_PREVIOUS);
        assertEquals(
                "found \"了\" in sentence 2 (match 2 of 2), from the bottom",
                lines(state.screen(12, 60)).get(11));
        assertEquals(1, state.sentence());
    }

    @Test
    void aPinyinMatchSelectsTheWordsItSpans() {
        ReadingState state = state().search("hangzhang lai");
        assertEquals("行长来", state.selected());
    }

    /** A library on disk with this test's text and another, which the screen searches and opens. */
    private LibraryHits.Library library() {
        Path folder = home.resolve("library");
        try (io.github.zhreader.index.SentenceLibrary lib =
                io.github.zhreader.index.SentenceLibrary.open(folder, READER)) {
            lib.add("self", "银行", DOC.text());
            lib.add("news", "新闻", "今天天气很好。\n那家银行今天不开门。");
        }
        return LibraryHits.Library.in(folder, () -> READER);
    }

    @Test
    void theLibrarySearchListsOtherTextsSentencesOpensOneAndBGoesBack() {
        ReadingState state = state().library(library());
        state.searchLibrary("");
        assertEquals(
                List.of(
                        "",
                        "In your other texts, 1 sentence with \"银行\" (↑/↓ choose, Enter opens, any other key goes back):",
                        "  新闻 #2  那家银行今天不开门。"),
                lines(state.screen(12, 120)).subList(1, 4));
        assertEquals(true, state.overlaid());
        state.act(Op.CARD);
        assertEquals(
                List.of("新闻     ¶ 2/2 · sentence 2/2 · 0% known", "opened 新闻 at sentence 2 (b goes back)"),
                List.of(
                        lines(state.screen(12, 40)).get(0),
                        lines(state.screen(12, 60)).get(11)));
        assertEquals(List.of(1, "银行"), List.of(state.sentence(), state.selected()));
        state.act(Op.BACK);
        assertEquals(
                List.of("银行     ¶ 1/2 · sentence 1/3 · 0% known", "back to 银行"),
                List.of(
                        lines(state.screen(12, 40)).get(0),
                        lines(state.screen(12, 60)).get(11)));
        assertEquals(
                "nowhere to go back to: b returns from a text opened from the library search (f)",
                lines(state.act(Op.BACK).screen(12, 100)).get(11));
    }

    @Test
    void aLibrarySearchThatFindsNothingOrHasNoLibrarySaysSo() {
        ReadingState state = state().library(library());
        assertEquals(
                "\"我们\" is not in your other texts",
                lines(state.searchLibrary("我们").screen(12, 60)).get(11));
        assertEquals(false, state.overlaid(), "only this text has it");
        ReadingState none = state().library(LibraryHits.Library.in(home.resolve("none"), () -> READER));
        assertEquals(
                "your library is empty (zhreader add FILE adds a text)",
                lines(none.searchLibrary("银行").screen(12, 60)).get(11));
    }

    @Test
    void theFullEntryListsTheLibrarysOtherWordsWithEachCharacter() {
        List<String> screen = lines(state().library(library()).act(Op.CARD).screen(40, 80));
        int at = screen.indexOf("Characters:");
        assertEquals(
                List.of(
                        "Characters:",
                        "  银  radical 钅 metal/gold · 钅 metal/gold + 艮 stopping · character rank 444",
                        "  行  radical 行 go/do · character rank 24",
                        "     in your library: 行长 1"),
                screen.subList(Math.max(0, at), Math.max(0, at) + 4),
                String.join("\n", screen));
    }
}
