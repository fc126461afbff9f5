package io.github.zhreader.cli;

import io.github.zhreader.text.DisplayWidth;
import java.util.ArrayList;
import java.util.List;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;

/**
 * The keys of the reading screen, in one table: what each does, the keys bound to it, how the help names them, and
 * how the footer does. The key map, the help page and the footer are all made from it.
 */
final class ReadingKeys {

    /** What a key does. */
    enum Op {
        NEXT,
        PREVIOUS,
        NEXT_PARAGRAPH,
        PREVIOUS_PARAGRAPH,
        FIRST,
        LAST,
        WORD_NEXT,
        WORD_PREVIOUS,
        CARD,
        SEARCH,
        SEARCH_NEXT,
        SEARCH_PREVIOUS,
        SPAN_END_EARLIER,
        SPAN_END_LATER,
        SPAN_START_EARLIER,
        SPAN_START_LATER,
        TONES,
        SANDHI,
        PINYIN,
        KNOWN_PINYIN,
        GLOSSES,
        MODE,
        KNOWN,
        SAVE,
        LIBRARY,
        BACK,
        HELP,
        ESCAPE,
        QUIT
    }

    /**
     * One line of the table.
     *
     * @param op           what the keys do
     * @param keys         the key sequences bound, as typed
     * @param capabilities the terminal's special keys bound (arrows, Home ...)
     * @param shown        the keys as the help names them
     * @param help         what the help says they do
     * @param wide         whether the help gives it a line of its own
     * @param footer       what the footer says, or "" when it leaves the keys out
     */
    record Binding(
            Op op,
            List<String> keys,
            List<Capability> capabilities,
            String shown,
            String help,
            boolean wide,
            String footer) {}

    static final List<Binding> TABLE = List.of(
            new Binding(
                    Op.NEXT,
                    List.of(" "),
                    List.of(Capability.key_right),
                    "→ space",
                    "next sentence",
                    false,
                    "←/→ sentence"),
            new Binding(Op.PREVIOUS, List.of("p"), List.of(Capability.key_left), "← p", "previous sentence", false, ""),
            new Binding(
                    Op.NEXT_PARAGRAPH,
                    List.of(),
                    List.of(Capability.key_down, Capability.key_npage),
                    "↓ PgDn",
                    "next paragraph",
                    false,
                    "↑/↓ paragraph"),
            new Binding(
                    Op.PREVIOUS_PARAGRAPH,
                    List.of("P"),
                    List.of(Capability.key_up, Capability.key_ppage),
                    "↑ PgUp P",
                    "previous paragraph",
                    false,
                    ""),
            new Binding(Op.FIRST, List.of("<"), List.of(Capability.key_home), "Home <", "first sentence", false, ""),
            new Binding(Op.LAST, List.of(">"), List.of(Capability.key_end), "End >", "last sentence", false, ""),
            new Binding(Op.WORD_NEXT, List.of("l", "\t"), List.of(), "l Tab", "next word", false, "h/l word"),
            new Binding(
                    Op.WORD_PREVIOUS,
                    List.of("h", "\033[Z"),
                    List.of(Capability.key_btab),
                    "h Shift-Tab",
                    "previous word",
                    false,
                    ""),
            new Binding(Op.CARD, List.of("\r", "\n"), List.of(), "Enter", "the word's full entry", false, "⏎ entry"),
            new Binding(Op.SEARCH, List.of("/"), List.of(), "/", "search this document", false, "/ search"),
            new Binding(Op.SEARCH_NEXT, List.of("n"), List.of(), "n", "next match", false, ""),
            new Binding(Op.SEARCH_PREVIOUS, List.of("N"), List.of(), "N", "previous match", false, ""),
            // The span: characters from the word under the cursor on, over word boundaries; [ ] move its end,
            // { } its start.
            new Binding(Op.SPAN_END_EARLIER, List.of("["), List.of(), "[", "span ends one earlier", false, "[ ] span"),
            new Binding(Op.SPAN_END_LATER, List.of("]"), List.of(), "]", "span ends one later", false, ""),
            new Binding(Op.SPAN_START_EARLIER, List.of("{"), List.of(), "{", "span starts one earlier", false, ""),
            new Binding(Op.SPAN_START_LATER, List.of("}"), List.of(), "}", "span starts one later", false, ""),
            new Binding(Op.TONES, List.of("t"), List.of(), "t", "tones: marks, numbers, none", true, "t tones"),
            new Binding(
                    Op.SANDHI,
                    List.of("s"),
                    List.of(),
                    "s",
                    "spoken tones: off, 一/不 only, all (a changed one is marked *)",
                    true,
                    ""),
            new Binding(Op.PINYIN, List.of("y"), List.of(), "y", "pinyin on or off", false, "y pinyin"),
            new Binding(Op.KNOWN_PINYIN, List.of("Y"), List.of(), "Y", "known words' pinyin on or off", false, ""),
            new Binding(
                    Op.GLOSSES,
                    List.of("g"),
                    List.of(),
                    "g",
                    "glosses: unknown words, all, phrases, none",
                    true,
                    "g glosses"),
            new Binding(Op.MODE, List.of("m"), List.of(), "m", "sentence or paragraph", false, ""),
            new Binding(Op.KNOWN, List.of("k"), List.of(), "k", "mark the word as known (again: undo)", false, ""),
            new Binding(
                    Op.SAVE,
                    List.of("a"),
                    List.of(),
                    "a",
                    "add the span (or the word) to your glossary, and read the text again with it",
                    true,
                    "a save"),
            new Binding(
                    Op.LIBRARY,
                    List.of("f"),
                    List.of(),
                    "f",
                    "find in your other texts (Enter alone: the selection), and open one",
                    true,
                    "f library"),
            new Binding(Op.BACK, List.of("b"), List.of(), "b", "back to the last text", false, ""),
            new Binding(Op.HELP, List.of("?"), List.of(), "?", "this help", false, "? help"),
            new Binding(
                    Op.QUIT,
                    List.of("q", KeyMap.ctrl('C')),
                    List.of(),
                    "q Ctrl-C",
                    "quit (the place is saved)",
                    false,
                    "q quit"));

    private ReadingKeys() {}

    /** The key map for {@code terminal}: every binding of the table, Escape, and Escape for any other key. */
    static KeyMap<Op> keyMap(Terminal terminal) {
        KeyMap<Op> map = new KeyMap<>();
        for (Binding b : TABLE) {
            for (String key : b.keys()) map.bind(b.op(), key);
            for (Capability c : b.capabilities()) {
                String key = KeyMap.key(terminal, c);
                if (key != null) map.bind(b.op(), key);
            }
        }
        map.setNomatch(Op.ESCAPE);
        map.setAmbiguousTimeout(100);
        map.bind(Op.ESCAPE, KeyMap.esc());
        return map;
    }

    /** The help page: the keys two to a line (a wide one alone), then how to leave it. */
    static List<String> help() {
        List<String> lines = new ArrayList<>(List.of("Keys", ""));
        Binding left = null;
        for (Binding b : TABLE) {
            if (b.wide()) {
                if (left != null) lines.add(entry(left, null));
                left = null;
                lines.add(entry(b, null));
            } else if (left == null) {
                left = b;
            } else {
                lines.add(entry(left, b));
                left = null;
            }
        }
        if (left != null) lines.add(entry(left, null));
        lines.add("");
        lines.add("Press any key to go back.");
        return List.copyOf(lines);
    }

    private static String entry(Binding left, Binding right) {
        if (right == null) return String.format("  %-15s%s", left.shown(), left.help());
        return String.format("  %-15s%-24s%-13s%s", left.shown(), left.help(), right.shown(), right.help());
    }

    /** The footer: the table's short labels, in order. */
    static String footer() {
        return String.join("  ", labels());
    }

    /**
     * The footer in at most {@code columns} columns: the labels from the first, as many as fit before the last two
     * (help and quit), which are always shown, so that a narrow screen still says where the rest is.
     */
    static String footer(int columns) {
        List<String> labels = labels();
        String all = String.join("  ", labels);
        if (DisplayWidth.of(all) <= columns || labels.size() <= 2) return all;
        String tail = String.join("  ", labels.subList(labels.size() - 2, labels.size()));
        StringBuilder head = new StringBuilder();
        for (String label : labels.subList(0, labels.size() - 2)) {
            if (DisplayWidth.of(head + label + "  " + tail) > columns) break;
            head.append(label).append("  ");
        }
        return head + tail;
    }

    private static List<String> labels() {
        List<String> labels = new ArrayList<>();
        for (Binding b : TABLE) if (!b.footer().isEmpty()) labels.add(b.footer());
        return labels;
    }
}
