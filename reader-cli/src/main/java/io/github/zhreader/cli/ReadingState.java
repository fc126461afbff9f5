package io.github.zhreader.cli;

import io.github.zhreader.AnnotatedText;
import io.github.zhreader.Expression;
import io.github.zhreader.Gloss;
import io.github.zhreader.Paragraph;
import io.github.zhreader.QueryKind;
import io.github.zhreader.Sentence;
import io.github.zhreader.Token;
import io.github.zhreader.ZhReaderException;
import io.github.zhreader.cli.ReadingKeys.Op;
import io.github.zhreader.lexicon.DictionarySearch;
import io.github.zhreader.pinyin.ToneSandhi;
import io.github.zhreader.pinyin.notation.PinyinInput;
import io.github.zhreader.pinyin.notation.Syllables;
import io.github.zhreader.pinyin.notation.ToneStyle;
import io.github.zhreader.render.Interlinear;
import io.github.zhreader.render.PinyinFormat;
import io.github.zhreader.render.RenderOptions;
import io.github.zhreader.render.Script;
import io.github.zhreader.text.DisplayWidth;
import io.github.zhreader.vocab.KnownWords;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * What the reading screen shows and how keys change it, without a terminal: the sentence and word under the
 * cursor, the display settings, the overlays, the bottom line's message; {@link #act} applies a key and
 * {@link #screen} lays out the whole screen for a size. {@link ReadingScreen} puts it on a terminal. Not
 * thread-safe: the screen calls it from its key loop and its resize handler, holding its lock.
 */
final class ReadingState {

    private final AnnotatedText doc;
    private final String title;
    private final Positions positions;
    private final String key;
    private final boolean color;
    private final ToneColors colors;
    private final Script script;
    /** Folds text to simplified characters, so that a search finds 銀行 and 银行 alike. */
    private final UnaryOperator<String> simplified;

    /** How many sentences are read: all of them, or those before the web clutter after the article. */
    private final int readable;

    private int at;
    private int cursor;
    private boolean paragraphMode;
    private PinyinFormat format;
    private boolean pinyin = true;
    /** Whether known words show their pinyin too; off by default, so a learner sees what is left to learn. */
    private boolean knownPinyin;

    private SentenceView.Glosses glosses = SentenceView.Glosses.UNKNOWN;
    private final KnownWords knownStore;
    private final Set<String> known;
    /** How often the text uses each vocabulary word, counted once: the header's share is read on every redraw. */
    private final java.util.Map<String, Integer> uses = new java.util.HashMap<>();

    private boolean help;
    private boolean card;
    private String message = "";

    ReadingState(
            AnnotatedText doc,
            String title,
            Positions positions,
            KnownWords knownStore,
            boolean color,
            ToneColors colors,
            Script script,
            boolean keepClutter,
            PinyinFormat format,
            UnaryOperator<String> simplified) {
        this.format = format;
        this.simplified = simplified;
        this.knownStore = knownStore;
        this.known = new HashSet<>(knownStore.words());
        doc.tokens().filter(Token::isVocabulary).forEach(t -> uses.merge(t.text(), 1, Integer::sum));
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
    ReadingState startAt(Integer number) {
        if (number != null) {
            at = Math.max(0, Math.min(number - 1, readable - 1));
            cursor = firstWord(at);
        }
        return this;
    }

    /** The sentence shown, counting from 0. */
    int sentence() {
        return at;
    }

    /** The word under the cursor, empty when there is none. */
    String word() {
        return cursor < 0 ? "" : doc.sentences().get(at).tokens().get(cursor).text();
    }

    /** The key of the text's saved place in {@link Positions}. */
    String key() {
        return key;
    }

    /** Applies one key and returns this state; overlays (help, entry) close on any key. */
    ReadingState act(Op op) {
        message = "";
        if (help || card) {
            help = false;
            card = false;
            return this;
        }
        int sentences = readable;
        switch (op) {
            case NEXT -> moveTo(Math.min(sentences - 1, at + 1));
            case PREVIOUS -> moveTo(Math.max(0, at - 1));
            case NEXT_PARAGRAPH -> {
                int p = doc.sentences().get(at).paragraph();
                if (p + 1 < doc.paragraphs().size()
                        && doc.paragraphs().get(p + 1).firstSentence() < readable) {
                    moveTo(doc.paragraphs().get(p + 1).firstSentence());
                }
            }
            case PREVIOUS_PARAGRAPH -> {
                Paragraph p = doc.paragraphs().get(doc.sentences().get(at).paragraph());
                if (at > p.firstSentence()) moveTo(p.firstSentence());
                else if (p.index() > 0)
                    moveTo(doc.paragraphs().get(p.index() - 1).firstSentence());
            }
            case FIRST -> moveTo(0);
            case LAST -> moveTo(sentences - 1);
            case WORD_NEXT -> cursor = nextWord(at, cursor, 1);
            case WORD_PREVIOUS -> cursor = nextWord(at, cursor, -1);
            case CARD -> card = cursor >= 0;
            case TONES -> format = format.withTones(next(format.tones(), ToneStyle.values()));
            case SANDHI -> format = format.withSandhi(next(format.sandhi(), ToneSandhi.values()));
            case PINYIN -> pinyin = !pinyin;
            case KNOWN_PINYIN -> {
                knownPinyin = !knownPinyin;
                message = knownPinyin ? "pinyin over known words too" : "no pinyin over known words";
            }
            case GLOSSES -> glosses = glosses.next();
            case MODE -> paragraphMode = !paragraphMode;
            case KNOWN -> markKnown();
            case HELP -> help = true;
            default -> {}
        }
        return this;
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
        long knownRunning =
                known.stream().mapToLong(w -> uses.getOrDefault(w, 0)).sum();
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

    /** Whether an overlay (help, a word's entry) is shown, which the next key closes. */
    boolean overlaid() {
        return help || card;
    }

    /** Shows {@code text} on the bottom line until the next key: the search prompt as it is typed. */
    void prompt(String text) {
        message = text;
    }

    /**
     * Jumps to the next sentence, after the current one and round from the top, that has {@code query}, with the
     * cursor on the word where the match starts.
     */
    ReadingState search(String query) {
        String q = query.strip();
        message = "";
        if (q.isEmpty()) return this;
        ToIntFunction<Sentence> matches = matcher(q, simplified);
        int n = readable;
        for (int step = 1; step <= n; step++) {
            int i = (at + step) % n;
            int word = matches.applyAsInt(doc.sentences().get(i));
            if (word >= 0) {
                boolean wrapped = at + step >= n;
                at = i;
                positions.save(key, at);
                cursor = doc.sentences().get(i).tokens().get(word).isHan() ? word : firstWord(i);
                message = "found \"" + q + "\" in sentence " + (i + 1) + (wrapped ? " (from the top)" : "");
                return this;
            }
        }
        message = "\"" + q + "\" is not in this document";
        return this;
    }

    /**
     * The index of the token where {@code query} first matches a sentence, or -1: Chinese as written, in
     * simplified characters on both sides ({@code simplified} folds a text); pinyin in the words' readings; English
     * in their glosses.
     */
    static ToIntFunction<Sentence> matcher(String query, UnaryOperator<String> simplified) {
        // Parsed as search and look-up parse it: a prefix (zh:, py:, en:) sets the kind, else the text shows it.
        QueryKind.Parsed parsed = QueryKind.parse(query);
        String text = parsed.text();
        if (parsed.kind() == QueryKind.CHINESE) {
            String wanted = simplified.apply(text);
            return s -> {
                int found = simplified.apply(s.text()).indexOf(wanted);
                return found < 0 ? -1 : tokenAt(s, s.start() + found);
            };
        }
        Optional<String> compact =
                parsed.forced() && parsed.kind() != QueryKind.PINYIN ? Optional.empty() : PinyinInput.compact(text);
        boolean byEnglish = !parsed.forced() || parsed.kind() == QueryKind.ENGLISH;
        Pattern english = DictionarySearch.wholeWords(text);
        return s -> {
            if (compact.isPresent() && !compact.get().isEmpty()) {
                String wanted = compact.get();
                boolean tones = PinyinInput.hasTones(wanted);
                StringBuilder reading = new StringBuilder();
                List<Integer> ends = new ArrayList<>();
                for (Token t : s.tokens()) {
                    String r = PinyinInput.compact(t.syllables());
                    reading.append(tones ? r : Syllables.toneless(r));
                    ends.add(reading.length());
                }
                int found = reading.indexOf(wanted);
                if (found >= 0) {
                    for (int i = 0; i < ends.size(); i++) if (ends.get(i) > found) return i;
                }
            }
            if (!byEnglish) return -1;
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (!t.glosses().isEmpty()
                        && english.matcher(t.glosses().get(0).summary()).find()) return i;
            }
            return -1;
        };
    }

    /** The token of {@code s} that holds the character at {@code offset} of the document. */
    private static int tokenAt(Sentence s, int offset) {
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) if (tokens.get(i).end() > offset) return i;
        return tokens.size() - 1;
    }

    /** The line that ends a screen with more than it shows. */
    private static AttributedString more(int columns) {
        return new AttributedString(
                Interlinear.truncate("… (g: fewer glosses, m: sentence mode)", columns),
                AttributedStyle.DEFAULT.faint());
    }

    private static AttributedString faint(AttributedString line) {
        return new AttributedStringBuilder()
                .append(line.toString(), AttributedStyle.DEFAULT.faint())
                .toAttributedString();
    }

    /** The whole screen, exactly {@code rows} lines. */
    List<AttributedString> screen(int rows, int columns) {
        List<AttributedString> lines = new ArrayList<>();
        lines.add(header(columns));
        List<AttributedString> body = new ArrayList<>();
        int room = rows - 2;
        if (doc.sentences().isEmpty()) {
            body.add(new AttributedString("(This text has no sentences to read.)"));
        } else if (help) {
            for (String h : ReadingKeys.help()) body.add(new AttributedString(Interlinear.truncate(h, columns)));
        } else {
            SentenceView.Settings settings = new SentenceView.Settings(
                    columns, format, script, pinyin, glosses, color, colors, Set.copyOf(known));
            // With Y, the pinyin line knows no word, so that known words have theirs too.
            SentenceView.Settings lineSettings = knownPinyin
                    ? new SentenceView.Settings(columns, format, script, pinyin, glosses, color, colors, Set.of())
                    : settings;
            Sentence current = doc.sentences().get(at);
            List<Sentence> shown =
                    paragraphMode ? doc.sentencesOf(doc.paragraphs().get(current.paragraph())) : List.of(current);
            // In paragraph mode a blank line parts the sentences, and the ones around the current sentence are faint.
            List<AttributedString> text = new ArrayList<>();
            int from = 0;
            int to = 0;
            for (Sentence s : shown) {
                if (!text.isEmpty()) text.add(AttributedString.EMPTY);
                List<AttributedString> drawn =
                        SentenceView.interlinear(s, expressionsOf(s), s == current ? cursor : -1, lineSettings);
                if (s == current) {
                    from = text.size();
                    text.addAll(drawn);
                    to = text.size();
                } else {
                    for (AttributedString l : drawn) text.add(faint(l));
                }
            }
            List<AttributedString> under = card
                    ? card(current, columns)
                    : SentenceView.glosses(current, expressionsOf(current), cursor, settings);
            if (2 + text.size() + under.size() <= room) {
                body.add(AttributedString.EMPTY);
                body.addAll(text);
                body.add(AttributedString.EMPTY);
                body.addAll(under);
            } else {
                // Too much for the screen: the text, with the current sentence in view, and at least two lines
                // under it (the word under the cursor), then a line that says what to press.
                int textRoom = Math.max(0, Math.min(text.size(), room - 3 - Math.min(under.size(), 2)));
                int shownUnder = Math.max(0, Math.min(under.size(), room - 3 - textRoom));
                int start = Math.max(0, Math.min(from, text.size() - textRoom));
                if (to > start + textRoom) start = from;
                body.add(AttributedString.EMPTY);
                body.addAll(text.subList(start, Math.min(text.size(), start + textRoom)));
                body.add(AttributedString.EMPTY);
                body.addAll(under.subList(0, shownUnder));
                body.add(more(columns));
            }
        }
        if (body.size() > room) {
            lines.addAll(body.subList(0, Math.max(0, room - 1)));
            lines.add(more(columns));
        } else {
            lines.addAll(body);
        }
        while (lines.size() < rows - 1) lines.add(AttributedString.EMPTY);
        String bottom = message.isEmpty() ? ReadingKeys.footer(columns) : message;
        lines.add(new AttributedString(Interlinear.truncate(bottom, columns), AttributedStyle.DEFAULT.inverse()));
        return lines;
    }

    private AttributedString header(int columns) {
        String place = doc.sentences().isEmpty()
                ? ""
                : "¶ " + (doc.sentences().get(at).paragraph() + 1) + "/"
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
     * The full entry of the word under the cursor: every gloss with all its senses, forms, readings and notes, its
     * characters (radical, components, rank), and up to three other sentences of the text that use the word.
     */
    private List<AttributedString> card(Sentence s, int columns) {
        List<AttributedString> lines = new ArrayList<>();
        if (cursor < 0) return lines;
        Token t = s.tokens().get(cursor);
        Interlinear wrap = new Interlinear(RenderOptions.DEFAULT
                .withWidth(Math.max(20, columns))
                .withTones(format.tones())
                .withScript(script));
        lines.add(new AttributedString(
                Interlinear.clean(t.text()) + "  " + format.tones().format(t.syllables())
                        + (t.hsk().isPresent() ? "  HSK " + t.hsk().getAsInt() : ""),
                AttributedStyle.BOLD));
        for (Gloss g : t.glosses()) {
            String forms =
                    g.traditional().equals(g.headword()) ? g.headword() : g.headword() + " (" + g.traditional() + ")";
            String reading = Syllables.toMarks(
                    List.of(g.pinyin().toLowerCase(Locale.ROOT).split(" ")));
            lines.add(new AttributedString(
                    Interlinear.truncate(
                            forms + "  " + reading + "  " + g.kind().id() + " · "
                                    + g.source().id(),
                            columns),
                    AttributedStyle.DEFAULT.underline()));
            if (!g.literal().isEmpty())
                wrap.wrap("  literally: " + g.literal()).forEach(l -> lines.add(new AttributedString(l)));
            int n = 1;
            for (String sense : g.senses()) {
                for (String l : wrap.wrap("  " + (n++) + ". " + sense)) lines.add(new AttributedString(l));
            }
            if (!g.note().isEmpty()) wrap.wrap("  note: " + g.note()).forEach(l -> lines.add(new AttributedString(l)));
        }
        List<String> characters = CharacterLines.of(
                io.github.zhreader.lexicon.CharacterTable.builtIn().characters(t.text(), simplified));
        if (!characters.isEmpty()) {
            lines.add(new AttributedString("Characters:", AttributedStyle.DEFAULT.underline()));
            characters.forEach(l -> lines.add(new AttributedString(Interlinear.truncate(l, columns))));
        }
        List<Sentence> examples = doc.sentences().stream()
                .filter(other -> other != s
                        && other.tokens().stream().anyMatch(x -> x.text().equals(t.text())))
                .limit(3)
                .toList();
        if (!examples.isEmpty()) {
            lines.add(new AttributedString("In this text:", AttributedStyle.DEFAULT.underline()));
            for (Sentence e : examples) {
                lines.add(new AttributedString(
                        Interlinear.truncate("  " + (e.index() + 1) + ". " + Interlinear.clean(e.text()), columns)));
            }
        }
        lines.add(new AttributedString("(any key to go back)", AttributedStyle.DEFAULT.faint()));
        return lines;
    }

    private List<Expression> expressionsOf(Sentence s) {
        return doc.expressions().stream().filter(e -> e.sentence() == s.index()).toList();
    }
}
