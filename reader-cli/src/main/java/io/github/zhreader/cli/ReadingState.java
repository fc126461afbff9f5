package io.github.zhreader.cli;

import io.github.zhreader.AnnotatedText;
import io.github.zhreader.ChineseReader;
import io.github.zhreader.Expression;
import io.github.zhreader.Gloss;
import io.github.zhreader.Paragraph;
import io.github.zhreader.QueryKind;
import io.github.zhreader.Sentence;
import io.github.zhreader.Span;
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
import java.util.function.Function;
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

    private AnnotatedText doc;
    private String title;
    private final Positions positions;
    private String key;
    private final boolean color;
    private final ToneColors colors;
    private final Script script;
    /** Folds text to simplified characters, so that a search finds 銀行 and 银行 alike. */
    private final UnaryOperator<String> simplified;

    /** How many sentences are read: all of them, or those before the web clutter after the article. */
    private int readable;

    private final boolean keepClutter;

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

    /**
     * The span of the text that {@code [ ] { }} and a search select (offsets into the text, within the current
     * sentence), or null: then the word under the cursor is the selection. Moving the cursor ends it.
     */
    private Span span;
    /** The selection made a word of its own, for the span last looked up. */
    private Token spanWord;

    private Words words = Words.NONE;
    private LibraryHits.Library library = LibraryHits.Library.NONE;
    /** The list of the last library search while it is shown, else null. */
    private LibraryHits hits;
    /** The texts the reader came from by opening a library search's sentence, the latest first; b goes back. */
    private final java.util.Deque<Place> back = new java.util.ArrayDeque<>();
    /** The words of the user's library, read when a full entry first needs them. */
    private java.util.Map<String, Integer> libraryWords;

    /** A text read before, where the reader was in it. */
    private record Place(AnnotatedText doc, String title, int at) {}
    /** The last query of {@code /}, which n and N look for again; empty before the first. */
    private String lastQuery = "";

    /** What the screen asks of the reader behind it: a span's look-up, and saving a word to the user's glossary. */
    interface Words {

        /** No look-ups and no saving: a span has no dictionary entry, and a saved word is refused. */
        Words NONE = new Words() {
            @Override
            public List<Gloss> lookup(String word) {
                return List.of();
            }

            @Override
            public Optional<AnnotatedText> save(SavedWords.Word word, String text) {
                throw new IllegalStateException("there is no glossary to save words to");
            }

            @Override
            public String where() {
                return "";
            }
        };

        /** The dictionary's glosses of {@code word} as a headword, best first; empty when it has none. */
        List<Gloss> lookup(String word);

        /**
         * Adds {@code word} to the user's glossary and returns {@code text} annotated again by a reader that has it;
         * empty when the glossary had the word already.
         *
         * @throws RuntimeException (an {@link java.io.UncheckedIOException}, a {@link ZhReaderException}, a
         *     {@link BadInputException}) with a one-line message when the word cannot be saved or read back
         */
        Optional<AnnotatedText> save(SavedWords.Word word, String text);

        /** The glossary's file name, as the bottom line names it. */
        String where();

        /**
         * Look-ups in the reader {@code current} gives, and saving to {@code saved}, after which {@code rebuilt}
         * gives a reader that has the word.
         */
        static Words of(
                java.util.function.Supplier<ChineseReader> current,
                java.util.function.Supplier<ChineseReader> rebuilt,
                SavedWords saved) {
            return new Words() {
                @Override
                public List<Gloss> lookup(String word) {
                    return current.get().lookup("zh:" + word, 20);
                }

                @Override
                public Optional<AnnotatedText> save(SavedWords.Word word, String text) {
                    if (!saved.add(word)) return Optional.empty();
                    return Optional.of(rebuilt.get().annotate(text));
                }

                @Override
                public String where() {
                    return saved.file().getFileName().toString();
                }
            };
        }
    }

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
        this.keepClutter = keepClutter;
        this.positions = positions;
        this.color = color;
        this.colors = colors;
        this.script = script;
        show(doc, title);
    }

    /** Reads {@code annotated}: the text shown from now on, with its words counted and its clutter left out. */
    private void use(AnnotatedText annotated) {
        this.doc = annotated;
        uses.clear();
        doc.tokens().filter(Token::isVocabulary).forEach(t -> uses.merge(t.text(), 1, Integer::sum));
        int last = doc.sentences().size() - 1;
        while (!keepClutter && last > 0 && doc.isClutter(doc.sentences().get(last))) last--;
        this.readable = last + 1;
        span = null;
        spanWord = null;
    }

    /** Looks spans up and saves words with {@code words}. */
    ReadingState words(Words words) {
        this.words = java.util.Objects.requireNonNull(words, "words");
        return this;
    }

    /** Searches and opens the user's other texts with {@code library}. */
    ReadingState library(LibraryHits.Library library) {
        this.library = java.util.Objects.requireNonNull(library, "library");
        return this;
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

    /** The text selected: the span, or the word under the cursor when there is no span; empty when neither. */
    String selected() {
        if (span != null) return doc.text().substring(span.start(), span.end());
        return word();
    }

    /** The words of the current sentence as they are cut now. */
    List<String> words() {
        return doc.sentences().isEmpty()
                ? List.of()
                : doc.sentences().get(at).tokens().stream().map(Token::text).toList();
    }

    /** The key of the text's saved place in {@link Positions}. */
    String key() {
        return key;
    }

    /** Applies one key and returns this state; overlays (help, entry) close on any key. */
    ReadingState act(Op op) {
        message = "";
        if (hits != null) {
            choose(op);
            return this;
        }
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
            case WORD_NEXT -> {
                cursor = nextWord(at, cursor, 1);
                span = null;
            }
            case WORD_PREVIOUS -> {
                cursor = nextWord(at, cursor, -1);
                span = null;
            }
            case SPAN_END_EARLIER, SPAN_END_LATER, SPAN_START_EARLIER, SPAN_START_LATER -> moveSpan(op);
            case SEARCH_NEXT -> again(1);
            case SEARCH_PREVIOUS -> again(-1);
            case SAVE -> save();
            case BACK -> goBack();
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
        span = null;
        positions.save(key, at);
    }

    /**
     * Moves one end of the span by a character, within the sentence: the span starts as the word under the cursor
     * and may cross into the words beside it; it keeps at least one character. The cursor follows its start.
     */
    private void moveSpan(Op op) {
        if (cursor < 0) return;
        Sentence s = doc.sentences().get(at);
        String text = doc.text();
        Span from = span != null ? span : s.tokens().get(cursor).span();
        int start = from.start();
        int end = from.end();
        boolean longer = text.codePointCount(start, end) > 1;
        switch (op) {
            case SPAN_END_LATER -> {
                if (end < s.end()) end += Character.charCount(text.codePointAt(end));
            }
            case SPAN_END_EARLIER -> {
                if (longer) end -= Character.charCount(text.codePointBefore(end));
            }
            case SPAN_START_EARLIER -> {
                if (start > s.start()) start -= Character.charCount(text.codePointBefore(start));
            }
            case SPAN_START_LATER -> {
                if (longer) start += Character.charCount(text.codePointAt(start));
            }
            default -> {}
        }
        select(s, new Span(start, end));
    }

    /** Selects {@code selected} in the current sentence {@code s}, with the cursor on the word where it starts. */
    private void select(Sentence s, Span selected) {
        span = selected;
        int word = tokenAt(s, selected.start());
        if (s.tokens().get(word).isHan()) cursor = word;
        else if (cursor < 0) cursor = firstWord(s.index());
    }

    /**
     * The selection as a word: the word under the cursor, or the token the span covers exactly, or else the span
     * made a token of its own with the dictionary's glosses of it (none when the dictionary lacks it), its pinyin
     * from the dictionary or, without an entry, from the words it spans. Null when nothing is selected.
     */
    private Token selectedWord(Sentence s) {
        if (cursor < 0) return null;
        if (span == null) return s.tokens().get(cursor);
        for (Token t : s.tokens()) if (t.start() == span.start() && t.end() == span.end()) return t;
        if (spanWord != null && spanWord.start() == span.start() && spanWord.end() == span.end()) return spanWord;
        String text = doc.text().substring(span.start(), span.end());
        List<Gloss> found = words.lookup(text);
        List<String> syllables = syllablesIn(s, span);
        for (Gloss g : found) {
            List<String> read = List.of(g.pinyin().toLowerCase(Locale.ROOT).split(" "));
            if (read.size() == syllables.size()) {
                syllables = read;
                break;
            }
        }
        spanWord = new Token(
                text,
                span.start(),
                span.end(),
                io.github.zhreader.TokenType.HAN,
                "",
                syllables,
                found,
                java.util.OptionalInt.empty(),
                known.contains(text),
                java.util.OptionalInt.empty());
        return spanWord;
    }

    /** The syllables the words of {@code s} give the Han characters inside {@code span}, in order. */
    private static List<String> syllablesIn(Sentence s, Span span) {
        List<String> out = new ArrayList<>();
        for (Token t : s.tokens()) {
            if (t.end() <= span.start() || t.start() >= span.end()) continue;
            int han = 0;
            for (int i = 0; i < t.text().length(); ) {
                int cp = t.text().codePointAt(i);
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                    int offset = t.start() + i;
                    if (offset >= span.start()
                            && offset < span.end()
                            && han < t.syllables().size()) out.add(t.syllables().get(han));
                    han++;
                }
                i += Character.charCount(cp);
            }
        }
        return out;
    }

    /**
     * Saves the selection to the user's glossary (its pinyin and CC-CEDICT gloss when the dictionary has it) and
     * reads the text again with a reader that has it, so that it is one word; says so, or why not, on the bottom line.
     */
    private void save() {
        if (cursor < 0) return;
        Sentence s = doc.sentences().get(at);
        Token t = selectedWord(s);
        String text = t.text();
        boolean han = text.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        if (!han) {
            message = "only Chinese characters are saved as a word, and \"" + Interlinear.clean(text) + "\" has others";
            return;
        }
        Gloss gloss = t.glosses().stream()
                .filter(g -> g.source() == io.github.zhreader.GlossSource.CEDICT)
                .findFirst()
                .orElse(t.glosses().isEmpty() ? null : t.glosses().get(0));
        String headword = simplified.apply(text);
        String traditional = gloss != null && gloss.headword().equals(headword) ? gloss.traditional() : text;
        List<String> syllables = t.syllables();
        if (gloss != null) {
            List<String> read = List.of(gloss.pinyin().toLowerCase(Locale.ROOT).split(" "));
            if (read.size() == text.codePointCount(0, text.length())) syllables = read;
        }
        if (syllables.size() != text.codePointCount(0, text.length())) {
            message = "no pinyin for every character of " + text + ": not saved";
            return;
        }
        SavedWords.Word word = new SavedWords.Word(
                headword,
                traditional,
                syllables,
                gloss != null && gloss.kind() == io.github.zhreader.GlossKind.NAME ? "name" : "word",
                gloss != null ? gloss.senses() : List.of("(no dictionary entry: write your own meaning here)"));
        try {
            Optional<AnnotatedText> again = words.save(word, doc.text());
            if (again.isEmpty()) {
                message = text + " is in your glossary already";
                return;
            }
            int start = t.start();
            use(again.get());
            at = Math.max(0, Math.min(at, readable - 1));
            Sentence now = doc.sentences().get(at);
            int w = tokenAt(now, start);
            cursor = now.tokens().get(w).isHan() ? w : firstWord(at);
            message = text + " saved to your glossary (" + words.where() + ")";
        } catch (java.io.UncheckedIOException | ZhReaderException | BadInputException | IllegalStateException e) {
            message = "could not save " + text + ": " + e.getMessage();
        }
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

    /** Whether an overlay (help, a word's entry, a library search's list) is shown, which keys act on or close. */
    boolean overlaid() {
        return help || card || hits != null;
    }

    /**
     * Searches the user's other texts for {@code query} (the selection when it is blank) and lists the sentences
     * found, or says on the bottom line that there are none, or why the library cannot be searched.
     */
    ReadingState searchLibrary(String query) {
        String q = query.strip().isEmpty() ? selected().strip() : query.strip();
        message = "";
        if (q.isEmpty()) return this;
        try {
            LibraryHits.Found found = library.search(q, doc.text());
            if (found.hits().isEmpty()) message = "\"" + Interlinear.clean(q) + "\" is not in your other texts";
            else hits = new LibraryHits(q, found);
        } catch (ZhReaderException | BadInputException | IllegalStateException | java.io.UncheckedIOException e) {
            message = e.getMessage();
        }
        return this;
    }

    /** A key on the library search's list: move the choice, open the chosen sentence, or go back to the text. */
    private void choose(Op op) {
        switch (op) {
            // ↓ and ↑ are the paragraph keys on the text.
            case NEXT, NEXT_PARAGRAPH, WORD_NEXT, SEARCH_NEXT -> hits.move(1);
            case PREVIOUS, PREVIOUS_PARAGRAPH, WORD_PREVIOUS, SEARCH_PREVIOUS -> hits.move(-1);
            case FIRST -> hits.end(false);
            case LAST -> hits.end(true);
            case CARD -> openChosen();
            default -> hits = null;
        }
    }

    /**
     * Opens the document of the chosen sentence at that sentence, with what matched selected; n and N then find
     * the query in it, and b goes back to the text the reader came from.
     */
    private void openChosen() {
        io.github.zhreader.index.SentenceHit hit = hits.chosen();
        String query = hits.query();
        hits = null;
        Optional<LibraryHits.Opened> opened;
        try {
            opened = library.open(hit.document());
        } catch (ZhReaderException | BadInputException | IllegalStateException | java.io.UncheckedIOException e) {
            message = e.getMessage();
            return;
        }
        if (opened.isEmpty()) {
            message = hit.document() + " is no longer in your library";
            return;
        }
        back.push(new Place(doc, title, at));
        show(opened.get().text(), opened.get().title());
        // The sentence that holds the hit's start, found by offset: it is where the library numbered it.
        int sentence = 0;
        for (Sentence s : doc.sentences()) if (s.start() <= hit.start()) sentence = s.index();
        moveTo(Math.min(sentence, readable - 1));
        Sentence s = doc.sentences().get(at);
        if (!hit.highlights().isEmpty()) {
            Span h = hit.highlights().get(0);
            int start = hit.start() + h.start();
            int end = hit.start() + h.end();
            if (start >= s.start() && end <= s.end()) select(s, new Span(start, end));
        }
        lastQuery = query;
        message = "opened " + Interlinear.clean(title) + " at sentence " + (at + 1) + " (b goes back)";
    }

    /** Goes back to the text the reader came from by opening a library search's sentence, where they were. */
    private void goBack() {
        if (back.isEmpty()) {
            message = "nowhere to go back to: b returns from a text opened from the library search (f)";
            return;
        }
        Place place = back.pop();
        show(place.doc(), place.title());
        moveTo(Math.min(place.at(), readable - 1));
        message = "back to " + Interlinear.clean(title);
    }

    /** Shows {@code text} from now on, under {@code title}, at its saved place. */
    private void show(AnnotatedText text, String title) {
        this.title = Interlinear.clean(title);
        use(text);
        this.key = Positions.key(doc.text());
        this.at = Math.max(0, Math.min(positions.load(key), readable - 1));
        this.cursor = firstWord(at);
    }

    /** Shows {@code text} on the bottom line until the next key: the search prompt as it is typed. */
    void prompt(String text) {
        message = text;
    }

    /**
     * Finds {@code query} after the selection (round from the top when it is not further on), selects the whole
     * match and puts the cursor on the word where it starts; n and N look for it again.
     */
    ReadingState search(String query) {
        String q = query.strip();
        message = "";
        if (q.isEmpty()) return this;
        lastQuery = q;
        return find(q, 1);
    }

    /** Looks for the last query again, after the selection ({@code direction} 1) or before it (-1). */
    private void again(int direction) {
        if (lastQuery.isEmpty()) {
            message = "no search yet: / searches this document";
            return;
        }
        find(lastQuery, direction);
    }

    private ReadingState find(String q, int direction) {
        Function<Sentence, List<Span>> matches = matches(q, simplified);
        List<Sentence> sentences = doc.sentences().subList(0, readable);
        // Every match of the text, in order, with the sentence it is in.
        List<Integer> in = new ArrayList<>();
        List<Span> found = new ArrayList<>();
        for (Sentence s : sentences) {
            for (Span m : matches.apply(s)) {
                in.add(s.index());
                found.add(m);
            }
        }
        if (found.isEmpty()) {
            message = "\"" + q + "\" is not in this document";
            return this;
        }
        int from = position();
        int pick = -1;
        if (direction > 0) {
            for (int i = 0; i < found.size() && pick < 0; i++) if (found.get(i).start() > from) pick = i;
        } else {
            for (int i = found.size() - 1; i >= 0 && pick < 0; i--)
                if (found.get(i).start() < from) pick = i;
        }
        boolean wrapped = pick < 0;
        if (wrapped) pick = direction > 0 ? 0 : found.size() - 1;
        at = in.get(pick);
        positions.save(key, at);
        cursor = firstWord(at);
        select(doc.sentences().get(at), found.get(pick));
        message = "found \"" + q + "\" in sentence " + (at + 1) + " (match " + (pick + 1) + " of " + found.size() + ")"
                + (wrapped ? direction > 0 ? ", from the top" : ", from the bottom" : "");
        return this;
    }

    /** Where the selection starts in the text: the span's start, or the start of the word under the cursor. */
    private int position() {
        if (span != null) return span.start();
        if (doc.sentences().isEmpty()) return 0;
        Sentence s = doc.sentences().get(at);
        return cursor >= 0 ? s.tokens().get(cursor).start() : s.start();
    }

    /**
     * The index of the token where {@code query} first matches a sentence, or -1 (see {@link #matches}).
     */
    static ToIntFunction<Sentence> matcher(String query, UnaryOperator<String> simplified) {
        Function<Sentence, List<Span>> matches = matches(query, simplified);
        return s -> {
            List<Span> found = matches.apply(s);
            return found.isEmpty() ? -1 : tokenAt(s, found.get(0).start());
        };
    }

    /**
     * Where {@code query} matches a sentence, in order (offsets into the text): Chinese as written, in simplified
     * characters on both sides ({@code simplified} folds a text), the characters matched; pinyin in the words'
     * readings, the words whose readings it spans; English in their glosses, each word whose first gloss has it.
     */
    static Function<Sentence, List<Span>> matches(String query, UnaryOperator<String> simplified) {
        // Parsed as search and look-up parse it: a prefix (zh:, py:, en:) sets the kind, else the text shows it.
        QueryKind.Parsed parsed = QueryKind.parse(query);
        String text = parsed.text();
        if (parsed.kind() == QueryKind.CHINESE) {
            String wanted = simplified.apply(text);
            return s -> {
                List<Span> out = new ArrayList<>();
                if (wanted.isEmpty()) return out;
                String folded = simplified.apply(s.text());
                for (int found = folded.indexOf(wanted); found >= 0; found = folded.indexOf(wanted, found + 1)) {
                    int start = s.start() + found;
                    out.add(new Span(start, Math.min(s.end(), start + wanted.length())));
                }
                return out;
            };
        }
        Optional<String> compact =
                parsed.forced() && parsed.kind() != QueryKind.PINYIN ? Optional.empty() : PinyinInput.compact(text);
        boolean byEnglish = !parsed.forced() || parsed.kind() == QueryKind.ENGLISH;
        Pattern english = DictionarySearch.wholeWords(text);
        return s -> {
            List<Span> out = new ArrayList<>();
            List<Token> tokens = s.tokens();
            if (compact.isPresent() && !compact.get().isEmpty()) {
                String wanted = compact.get();
                boolean tones = PinyinInput.hasTones(wanted);
                StringBuilder reading = new StringBuilder();
                List<Integer> ends = new ArrayList<>();
                for (Token t : tokens) {
                    String r = PinyinInput.compact(t.syllables());
                    reading.append(tones ? r : Syllables.toneless(r));
                    ends.add(reading.length());
                }
                for (int found = reading.indexOf(wanted); found >= 0; found = reading.indexOf(wanted, found + 1)) {
                    int first = 0;
                    while (ends.get(first) <= found) first++;
                    int last = first;
                    while (ends.get(last) < found + wanted.length()) last++;
                    Span m =
                            new Span(tokens.get(first).start(), tokens.get(last).end());
                    if (out.isEmpty() || !out.get(out.size() - 1).equals(m)) out.add(m);
                }
            }
            if (!out.isEmpty() || !byEnglish) return out;
            for (Token t : tokens) {
                if (!t.glosses().isEmpty()
                        && english.matcher(t.glosses().get(0).summary()).find()) out.add(t.span());
            }
            return out;
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
        } else if (hits != null) {
            body.add(AttributedString.EMPTY);
            body.addAll(hits.lines(room - 1, columns));
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
                List<AttributedString> drawn = SentenceView.interlinear(
                        s, expressionsOf(s), s == current ? cursor : -1, s == current ? span : null, lineSettings);
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
                    : SentenceView.glosses(current, expressionsOf(current), selectedWord(current), settings);
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
        Token t = selectedWord(s);
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
                io.github.zhreader.lexicon.CharacterTable.builtIn().characters(t.text(), simplified),
                t.text(),
                libraryWords(),
                simplified);
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

    /** The words of the user's library, read once; none when it cannot be read (the bottom line says why). */
    private java.util.Map<String, Integer> libraryWords() {
        if (libraryWords == null) {
            try {
                libraryWords = library.vocabulary();
            } catch (ZhReaderException | java.io.UncheckedIOException e) {
                libraryWords = java.util.Map.of();
                message = e.getMessage();
            }
        }
        return libraryWords;
    }

    private List<Expression> expressionsOf(Sentence s) {
        return doc.expressions().stream().filter(e -> e.sentence() == s.index()).toList();
    }
}
