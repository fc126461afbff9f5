package io.github.zhreader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The help page and the footer come from the key table. */
class ReadingKeysTest {

    @Test
    void theHelpListsEveryKeyTwoToALine() {
        assertEquals(
                List.of(
                        "Keys",
                        "",
                        "  → space        next sentence           ← p          previous sentence",
                        "  ↓ PgDn         next paragraph          ↑ PgUp P     previous paragraph",
                        "  Home <         first sentence          End >        last sentence",
                        "  l Tab          next word               h Shift-Tab  previous word",
                        "  Enter          the word's full entry   /            search this document",
                        "  n              next match              N            previous match",
                        "  [              span ends one earlier   ]            span ends one later",
                        "  {              span starts one earlier }            span starts one later",
                        "  t              tones: marks, numbers, none",
                        "  s              spoken tones: off, 一/不 only, all (a changed one is marked *)",
                        "  y              pinyin on or off        Y            known words' pinyin on or off",
                        "  g              glosses: unknown words, all, phrases, none",
                        "  m              sentence or paragraph   k            mark the word as known (again: undo)",
                        "  a              add the span (or the word) to your glossary, and read the text again with it",
                        "  f              find in your other texts (Enter alone: the selection), and open one",
                        "  b              back to the last text   ?            this help",
                        "  q Ctrl-C       quit (the place is saved)",
                        "",
                        "Press any key to go back."),
                ReadingKeys.help());
    }

    @Test
    void theFooterNamesTheMainKeys() {
        assertEquals(
                "←/→ sentence  ↑/↓ paragraph  h/l word  ⏎ entry  / search  [ ] span  t tones  y pinyin  g glosses  "
                        + "a save  f library  ? help  q quit",
                ReadingKeys.footer());
    }

    @Test
    void everyOperationButEscapeHasKeys() {
        List<ReadingKeys.Op> bound =
                ReadingKeys.TABLE.stream().map(ReadingKeys.Binding::op).toList();
        List<ReadingKeys.Op> all = java.util.Arrays.stream(ReadingKeys.Op.values())
                .filter(op -> op != ReadingKeys.Op.ESCAPE)
                .toList();
        assertEquals(all, bound);
    }

    @Test
    void aNarrowFooterDropsTheLastHintsFirstAndKeepsHelpAndQuit() {
        assertEquals(
                "←/→ sentence  ↑/↓ paragraph  h/l word  ⏎ entry  / search  [ ] span  t tones  y pinyin  g glosses  "
                        + "a save  ? help  q quit",
                ReadingKeys.footer(120));
        assertEquals(
                "←/→ sentence  ↑/↓ paragraph  h/l word  ⏎ entry  / search  [ ] span  t tones  ? help  q quit",
                ReadingKeys.footer(100));
        assertEquals(
                "←/→ sentence  ↑/↓ paragraph  h/l word  ⏎ entry  / search  ? help  q quit", ReadingKeys.footer(80));
        assertEquals("←/→ sentence  ↑/↓ paragraph  h/l word  ⏎ entry  ? help  q quit", ReadingKeys.footer(70));
        assertEquals("←/→ sentence  ? help  q quit", ReadingKeys.footer(40));
        assertEquals("? help  q quit", ReadingKeys.footer(20));
    }
}
