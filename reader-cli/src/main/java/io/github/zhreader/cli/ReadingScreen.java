package io.github.zhreader.cli;

import io.github.zhreader.AnnotatedText;
import io.github.zhreader.Expression;
import io.github.zhreader.Gloss;
import io.github.zhreader.Paragraph;
import io.github.zhreader.QueryKind;
import io.github.zhreader.Sentence;
import io.github.zhreader.Token;
import io.github.zhreader.ZhReaderException;
import io.github.zhreader.lexicon.DictionarySearch;
import io.github.zhreader.pinyin.notation.PinyinInput;
import io.github.zhreader.pinyin.notation.Syllables;
import io.github.zhreader.pinyin.ToneSandhi;
import io.github.zhreader.pinyin.notation.ToneStyle;
import io.github.zhreader.render.Interlinear;
import io.github.zhreader.render.PinyinFormat;
import io.github.zhreader.render.RenderOptions;
import io.github.zhreader.render.Script;
import io.github.zhreader.text.DisplayWidth;
import io.github.zhreader.vocab.KnownWords;
import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.jline.utils.Display;
import org.jline.utils.InfoCmp.Capability;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The full-screen reader: one sentence (or paragraph) at a time, pinyin over the characters, glosses beneath,
 * driven by single keys. The terminal is put in raw mode on the alternate screen and restored on every way out:
 * {@code q}, Ctrl-C, a kill, or a crash.
 */
final class ReadingScreen {

    /** What a key does. */
    enum Op {
        NEXT, PREVIOUS, NEXT_PARAGRAPH, PREVIOUS_PARAGRAPH, FIRST, LAST, WORD_NEXT, WORD_PREVIOUS, CARD, SEARCH,
        TONES, SANDHI, PINYIN, GLOSSES, MODE, KNOWN, HELP, ESCAPE, QUIT
    }

    static final List<String> HELP = List.of(
            "Keys",
            "",
            "  → n space      next sentence           ← p          previous sentence",
            "  ↓ PgDn N       next paragraph          ↑ PgUp P     previous paragraph",
            "  Home <         first sentence          End >        last sentence",
            "  l Tab          next word               h Shift-Tab  previous word",
            "  Enter          the word's full entry   /            search this document",
            "  t              tones: marks, numbers, none",
            "  s              spoken tones: off, 一/不 only, all (a changed one is marked *)",
            "  y              pinyin on or off        g            glosses: unknown words, all, phrases, none",
            "  m              sentence or paragraph   k            mark the word as known (again: undo)",
            "  ?              this help               q Ctrl-C     quit (the place is saved)",
            "",
            "Press any key to go back.");

    private static final String FOOTER = "←/→ sentence  ↑/↓ paragraph  h/l word  ⏎ entry  / search  t tones  "
            + "y pinyin  g glosses  ? help  q quit";

    private final Terminal terminal;
    private final AnnotatedText doc;
    private final String title;
    private final Positions positions;
    private final String key;
    private final boolean color;
    private final ToneColors colors;
    private final Script script;

    /** How many sentences are read: all of them, or those before the web clutter after the article. */
    private final int readable;
    private int at;
    private int cursor;
    private boolean paragraphMode;
    private PinyinFormat format;
    private boolean pinyin = true;
    private SentenceView.Glosses glosses = SentenceView.Glosses.UNKNOWN;
    private final KnownWords knownStore;
    private final Set<String> known;
    /** How often the text uses each vocabulary word, counted once: the header's share is read on every redraw. */
    private final java.util.Map<String, Integer> uses = new java.util.HashMap<>();
    private boolean help;
    private boolean card;
    private String message = "";
    private Display display;

    ReadingScreen(Terminal terminal, AnnotatedText doc, String title, Positions positions, KnownWords knownStore,
                  boolean color, ToneColors colors, Script script, boolean keepClutter, PinyinFormat format) {
        this.format = format;
        this.knownStore = knownStore;
        this.known = new HashSet<>(knownStore.words());
        doc.tokens().filter(Token::isVocabulary).forEach(t -> uses.merge(t.text(), 1, Integer::sum));
        this.terminal = terminal;
        this.doc = doc;
        this.title = Interlinear.clean(title);
        this.positions = positions;
        this.key = Positions.key(doc.text());
        this.color = color;
        this.colors = colors;
        this.script = script;
        int last = doc.sentences().size() - 1;
        while (!keepClutter && last > 0 && doc.isClutter(doc.sentences().get(last))) last--;
        this.readable = last + 1;
        this.at = Math.max(0, Math.min(positions.load(key), readable - 1));
        this.cursor = firstWord(at);
    }

    /** Starts at sentence {@code number} (counting from 1, as `search` prints it) instead of the saved place. */
    ReadingScreen startAt(Integer number) {
        if (number != null) {
            at = Math.max(0, Math.min(number - 1, readable - 1));
            cursor = firstWord(at);
        }
        return this;
    }

    /** Runs until the reader quits; the terminal is restored whatever happens. */
    void run() {
        Attributes saved = terminal.enterRawMode();
        Thread restoreOnKill = new Thread(() -> restore(saved));
        Runtime.getRuntime().addShutdownHook(restoreOnKill);
        terminal.puts(Capability.enter_ca_mode);
        terminal.puts(Capability.keypad_xmit);
        terminal.puts(Capability.cursor_invisible);
        terminal.flush();
        display = new Display(terminal, true);
        terminal.handle(Terminal.Signal.WINCH, signal -> redraw());
        terminal.handle(Terminal.Signal.INT, signal -> {
            restore(saved);
            System.exit(130);
        });
        try {
            redraw();
            BindingReader reader = new BindingReader(terminal.reader());
            KeyMap<Op> keys = keys();
            while (true) {
                Op op = reader.readBinding(keys);
                if (op == null || op == Op.QUIT && !help && !card) break;
                if (op == Op.SEARCH && !help && !card) search(reader);
                else act(op);
                redraw();
            }
        } finally {
            restore(saved);
            try {
                Runtime.getRuntime().removeShutdownHook(restoreOnKill);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
        }
    }

    private boolean restored;

    /** Saves the place and gives the terminal back as it was: main screen, cursor, keypad, line mode. */
    private synchronized void restore(Attributes saved) {
        if (restored) return;
        restored = true;
        positions.save(key, at);
        terminal.puts(Capability.keypad_local);
        terminal.puts(Capability.cursor_visible);
        terminal.puts(Capability.exit_ca_mode);
        terminal.setAttributes(saved);
        terminal.flush();
    }

    private KeyMap<Op> keys() {
        KeyMap<Op> keys = new KeyMap<>();
        keys.bind(Op.NEXT, "n", " ", KeyMap.key(terminal, Capability.key_right));
        keys.bind(Op.PREVIOUS, "p", KeyMap.key(terminal, Capability.key_left));
        keys.bind(Op.NEXT_PARAGRAPH, "N", KeyMap.key(terminal, Capability.key_down), KeyMap.key(terminal, Capability.key_npage));
        keys.bind(Op.PREVIOUS_PARAGRAPH, "P", KeyMap.key(terminal, Capability.key_up), KeyMap.key(terminal, Capability.key_ppage));
        keys.bind(Op.FIRST, "<", KeyMap.key(terminal, Capability.key_home));
        keys.bind(Op.LAST, ">", KeyMap.key(terminal, Capability.key_end));
        keys.bind(Op.WORD_NEXT, "l", "\t");
        keys.bind(Op.WORD_PREVIOUS, "h", KeyMap.key(terminal, Capability.key_btab), "\033[Z");
        keys.bind(Op.CARD, "\r", "\n");
        keys.bind(Op.SEARCH, "/");
        keys.bind(Op.TONES, "t");
        keys.bind(Op.SANDHI, "s");
        keys.bind(Op.PINYIN, "y");
        keys.bind(Op.GLOSSES, "g");
        keys.bind(Op.MODE, "m");
        keys.bind(Op.KNOWN, "k");
        keys.bind(Op.HELP, "?");
        keys.bind(Op.QUIT, "q", KeyMap.ctrl('C'));
        keys.setNomatch(Op.ESCAPE);
        keys.setAmbiguousTimeout(100);
        keys.bind(Op.ESCAPE, KeyMap.esc());
        return keys;
    }

    /** Applies one key; overlays (help, entry) close on any key. */
    void act(Op op) {
        message = "";
        if (help || card) {
            help = false;
            card = false;
            return;
        }
        int sentences = readable;
        switch (op) {
            case NEXT -> moveTo(Math.min(sentences - 1, at + 1));
            case PREVIOUS -> moveTo(Math.max(0, at - 1));
            case NEXT_PARAGRAPH -> {
                int p = doc.sentences().get(at).paragraph();
                if (p + 1 < doc.paragraphs().size() && doc.paragraphs().get(p + 1).firstSentence() < readable) {
                    moveTo(doc.paragraphs().get(p + 1).firstSentence());
                }
            }
            case PREVIOUS_PARAGRAPH -> {
                Paragraph p = doc.paragraphs().get(doc.sentences().get(at).paragraph());
                if (at > p.firstSentence()) moveTo(p.firstSentence());
                else if (p.index() > 0) moveTo(doc.paragraphs().get(p.index() - 1).firstSentence());
            }
            case FIRST -> moveTo(0);
            case LAST -> moveTo(sentences - 1);
            case WORD_NEXT -> cursor = nextWord(at, cursor, 1);
            case WORD_PREVIOUS -> cursor = nextWord(at, cursor, -1);
            case CARD -> card = cursor >= 0;
            case TONES -> format = format.withTones(next(format.tones(), ToneStyle.values()));
            case SANDHI -> format = format.withSandhi(next(format.sandhi(), ToneSandhi.values()));
            case PINYIN -> pinyin = !pinyin;
            case GLOSSES -> glosses = glosses.next();
            case MODE -> paragraphMode = !paragraphMode;
            case KNOWN -> markKnown();
            case HELP -> help = true;
            default -> {
            }
        }
    }

    private static <E> E next(E value, E[] values) {
        return values[(java.util.Arrays.asList(values).indexOf(value) + 1) % values.length];
    }

    /** Adds the word under the cursor to the known words (saved at once), or takes it out again. */
    private void markKnown() {
        if (cursor < 0) return;
        String word = doc.sentences().get(at).tokens().get(cursor).text();
        try {
            if (known.add(word)) {
                knownStore.add(List.of(word));
                message = word + " is now a known word (k again to undo)";
            } else {
                known.remove(word);
                knownStore.remove(List.of(word));
                message = word + " is no longer a known word";
            }
            knownStore.save();
        } catch (ZhReaderException e) {
            message = e.getMessage();
        }
    }

    /** The share of the text's running vocabulary words the reader knows, as shown in the header. */
    private double knownShare() {
        long running = uses.values().stream().mapToLong(Integer::longValue).sum();
        long knownRunning = known.stream().mapToLong(w -> uses.getOrDefault(w, 0)).sum();
        return running == 0 ? 1.0 : (double) knownRunning / running;
    }

    private void moveTo(int sentence) {
        if (sentence == at) return;
        at = sentence;
        cursor = firstWord(at);
        positions.save(key, at);
    }

    private int firstWord(int sentence) {
        return nextWord(sentence, -1, 1);
    }

    /** The next Han token from {@code from} in {@code direction}, or {@code from} when there is none. */
    private int nextWord(int sentence, int from, int direction) {
        if (doc.sentences().isEmpty()) return -1;
        List<Token> tokens = doc.sentences().get(sentence).tokens();
        for (int i = from + direction; i >= 0 && i < tokens.size(); i += direction) {
            if (tokens.get(i).isHan()) return i;
        }
        return from;
    }

    /** Reads a query on the bottom line and jumps to the next sentence that has it. */
    private void search(BindingReader reader) {
        StringBuilder query = new StringBuilder();
        while (true) {
            message = "/" + query;
            redraw();
            int c = reader.readCharacter();
            if (c == '\r' || c == '\n') break;
            if (c == 27 || c == 3 || c < 0) {
                message = "";
                return;
            }
            if (c == 127 || c == 8) {
                if (!query.isEmpty()) query.setLength(query.length() - Character.charCount(query.codePointBefore(query.length())));
            } else if (c >= ' ') {
                query.appendCodePoint(c);
            }
        }
        String q = query.toString().strip();
        message = "";
        if (q.isEmpty()) return;
        Predicate<Sentence> matches = matcher(q);
        int n = readable;
        for (int step = 1; step <= n; step++) {
            int i = (at + step) % n;
            if (matches.test(doc.sentences().get(i))) {
                boolean wrapped = at + step >= n;
                moveTo(i);
                message = "found \"" + q + "\" in sentence " + (i + 1) + (wrapped ? " (from the top)" : "");
                return;
            }
        }
        message = "\"" + q + "\" is not in this document";
    }

    /** Chinese is found as written, pinyin in the words' readings, English in their glosses. */
    static Predicate<Sentence> matcher(String query) {
        // Parsed as search and look-up parse it: a prefix (zh:, py:, en:) sets the kind, else the text shows it.
        QueryKind.Parsed parsed = QueryKind.parse(query);
        String text = parsed.text();
        if (parsed.kind() == QueryKind.CHINESE) return s -> s.text().contains(text);
        Optional<String> compact = parsed.forced() && parsed.kind() != QueryKind.PINYIN ? Optional.empty()
                : PinyinInput.compact(text);
        boolean byEnglish = !parsed.forced() || parsed.kind() == QueryKind.ENGLISH;
        Pattern english = DictionarySearch.wholeWords(text);
        return s -> {
            if (compact.isPresent() && !compact.get().isEmpty()) {
                StringBuilder reading = new StringBuilder();
                for (Token t : s.tokens()) reading.append(PinyinInput.compact(t.syllables()));
                String wanted = compact.get();
                String have = PinyinInput.hasTones(wanted) ? reading.toString() : Syllables.toneless(reading.toString());
                if (have.contains(wanted)) return true;
            }
            return byEnglish && s.tokens().stream().anyMatch(t -> !t.glosses().isEmpty()
                    && english.matcher(t.glosses().get(0).summary()).find());
        };
    }

    private Size shown;

    private synchronized void redraw() {
        if (restored) return;
        Size size = terminal.getSize();
        int rows = Math.max(size.getRows(), 3);
        int columns = Math.max(size.getColumns(), 20);
        if (!size.equals(shown)) {
            // After a resize the terminal has rewrapped what it showed: start from a clean screen.
            terminal.puts(Capability.clear_screen);
            display.clear();
            shown = new Size(size.getColumns(), size.getRows());
        }
        display.resize(rows, columns);
        display.update(screen(rows, columns), size.cursorPos(rows - 1, 0));
        terminal.flush();
    }

    /** The whole screen, exactly {@code rows} lines. */
    List<AttributedString> screen(int rows, int columns) {
        List<AttributedString> lines = new ArrayList<>();
        lines.add(header(columns));
        List<AttributedString> body = new ArrayList<>();
        if (doc.sentences().isEmpty()) {
            body.add(new AttributedString("(This text has no sentences to read.)"));
        } else if (help) {
            for (String h : HELP) body.add(new AttributedString(Interlinear.truncate(h, columns)));
        } else {
            SentenceView.Settings settings = new SentenceView.Settings(columns, format, script, pinyin, glosses, color,
                    colors, Set.copyOf(known));
            Sentence current = doc.sentences().get(at);
            List<Sentence> shown = paragraphMode ? doc.sentencesOf(doc.paragraphs().get(current.paragraph())) : List.of(current);
            body.add(AttributedString.EMPTY);
            for (Sentence s : shown) {
                body.addAll(SentenceView.interlinear(s, expressionsOf(s), s == current ? cursor : -1, settings));
            }
            body.add(AttributedString.EMPTY);
            if (card) body.addAll(card(current, columns));
            else body.addAll(SentenceView.glosses(current, expressionsOf(current), cursor, settings));
        }
        int room = rows - 2;
        if (body.size() > room) {
            lines.addAll(body.subList(0, Math.max(0, room - 1)));
            lines.add(new AttributedString(Interlinear.truncate("… (g: fewer glosses, m: sentence mode)", columns),
                    AttributedStyle.DEFAULT.faint()));
        } else {
            lines.addAll(body);
        }
        while (lines.size() < rows - 1) lines.add(AttributedString.EMPTY);
        String bottom = message.isEmpty() ? FOOTER : message;
        lines.add(new AttributedString(Interlinear.truncate(bottom, columns), AttributedStyle.DEFAULT.inverse()));
        return lines;
    }

    private AttributedString header(int columns) {
        String place = doc.sentences().isEmpty() ? "" : "¶ " + (doc.sentences().get(at).paragraph() + 1) + "/"
                + doc.paragraphs().size() + " · sentence " + (at + 1) + "/" + readable
                + String.format(" · %.0f%% known", 100 * knownShare());
        int room = Math.max(0, columns - DisplayWidth.of(place) - 1);
        String name = Interlinear.truncate(title, room);
        AttributedStringBuilder sb = new AttributedStringBuilder();
        sb.append(name, AttributedStyle.BOLD);
        for (int i = DisplayWidth.of(name); i < columns - DisplayWidth.of(place); i++) sb.append(' ');
        sb.append(place, AttributedStyle.DEFAULT.faint());
        return sb.toAttributedString();
    }

    /**
     * The full entry of the word under the cursor: every gloss with all its senses, forms, readings and notes, and
     * up to three other sentences of the text that use the word.
     */
    private List<AttributedString> card(Sentence s, int columns) {
        List<AttributedString> lines = new ArrayList<>();
        if (cursor < 0) return lines;
        Token t = s.tokens().get(cursor);
        Interlinear wrap = new Interlinear(RenderOptions.DEFAULT
                .withWidth(Math.max(20, columns)).withTones(format.tones()).withScript(script));
        lines.add(new AttributedString(Interlinear.clean(t.text()) + "  " + format.tones().format(t.syllables()), AttributedStyle.BOLD));
        for (Gloss g : t.glosses()) {
            String forms = g.traditional().equals(g.headword()) ? g.headword() : g.headword() + " (" + g.traditional() + ")";
            String reading = Syllables.toMarks(List.of(g.pinyin().toLowerCase(Locale.ROOT).split(" ")));
            lines.add(new AttributedString(Interlinear.truncate(forms + "  " + reading + "  " + g.kind().id() + " · " + g.source().id(), columns),
                    AttributedStyle.DEFAULT.underline()));
            if (!g.literal().isEmpty()) wrap.wrap("  literally: " + g.literal()).forEach(l -> lines.add(new AttributedString(l)));
            int n = 1;
            for (String sense : g.senses()) {
                for (String l : wrap.wrap("  " + (n++) + ". " + sense)) lines.add(new AttributedString(l));
            }
            if (!g.note().isEmpty()) wrap.wrap("  note: " + g.note()).forEach(l -> lines.add(new AttributedString(l)));
        }
        List<Sentence> examples = doc.sentences().stream()
                .filter(other -> other != s && other.tokens().stream().anyMatch(x -> x.text().equals(t.text())))
                .limit(3).toList();
        if (!examples.isEmpty()) {
            lines.add(new AttributedString("In this text:", AttributedStyle.DEFAULT.underline()));
            for (Sentence e : examples) {
                lines.add(new AttributedString(Interlinear.truncate("  " + (e.index() + 1) + ". "
                        + Interlinear.clean(e.text()), columns)));
            }
        }
        lines.add(new AttributedString("(any key to go back)", AttributedStyle.DEFAULT.faint()));
        return lines;
    }

    private List<Expression> expressionsOf(Sentence s) {
        return doc.expressions().stream().filter(e -> e.sentence() == s.index()).toList();
    }

}
