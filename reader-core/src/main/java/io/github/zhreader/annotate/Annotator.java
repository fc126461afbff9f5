package io.github.zhreader.annotate;

import io.github.zhreader.AnnotatedText;
import io.github.zhreader.Expression;
import io.github.zhreader.Gloss;
import io.github.zhreader.Paragraph;
import io.github.zhreader.Sentence;
import io.github.zhreader.Span;
import io.github.zhreader.Token;
import io.github.zhreader.TokenType;
import io.github.zhreader.SenseChoice;
import io.github.zhreader.WordChoice;
import io.github.zhreader.lexicon.CedictEntry;
import io.github.zhreader.lexicon.GlossaryEntry;
import io.github.zhreader.lexicon.Lexicon;
import io.github.zhreader.lexicon.ScriptConverter;
import io.github.zhreader.pinyin.CharacterReadings;
import io.github.zhreader.pinyin.ReadingChooser;
import io.github.zhreader.pinyin.ReadingChooser.Choice;
import io.github.zhreader.segment.Segmenter;
import io.github.zhreader.text.Clutter;
import io.github.zhreader.text.NormalizedText;
import io.github.zhreader.text.ParagraphSpan;
import io.github.zhreader.text.SentenceSpan;
import io.github.zhreader.text.TextNormalizer;
import io.github.zhreader.text.TextSplitter;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The annotation pipeline. In order:
 * <ol>
 *   <li>normalise the input (line breaks, escape and control characters), keeping a map back to its offsets, and
 *   read traditional characters as their simplified forms (one for one, so offsets do not move);</li>
 *   <li>split it into paragraphs and sentences;</li>
 *   <li>segment each sentence, then type the words and repair fragments with the lexicon;</li>
 *   <li>give each Han token its syllables, then its glosses (which are ordered by the chosen reading), computed
 *   once per distinct word, tag and context, and kept for the texts that follow;</li>
 *   <li>find the glossary's phrases that span several tokens, separated or not;</li>
 *   <li>mark the web clutter that ends a pasted article (site notices, cut-off teasers).</li>
 * </ol>
 * Offsets in the result point into the input as given, whatever normalisation removed.
 *
 * <p>Thread-safe: every call works on its own state, apart from the annotations of the words met so far, which
 * are shared.
 */
public final class Annotator {

    private final TextNormalizer normalizer;
    private final TextSplitter splitter;
    private final Segmenter segmenter;
    private final Lexicon lexicon;
    private final WordRepair repair;
    private final ReadingChooser readings;
    private final GlossFinder glosses;
    private final SenseOrder senses;
    private final ExpressionFinder expressions;
    private final ScriptConverter scripts;
    private final Set<String> known;
    /**
     * The annotations of the words met so far, in every text: a word's annotation depends only on the word, its tag,
     * the context words found and the reader's data, which never change. Emptied when it holds
     * {@value #WORDS_KEPT} words, which bounds its memory (19 MB after the 500,000
     * characters of the PKU and CPP texts; roughly twice that when full) and keeps the words of the texts being read.
     */
    private final Map<WordKey, Annotation> words = new ConcurrentHashMap<>();
    private static final int WORDS_KEPT = 50_000;

    /**
     * Creates the pipeline.
     *
     * @param segmenter     splits sentences into words
     * @param lexicon       words, readings and senses
     * @param characters    per-character readings
     * @param sentenceLimit the longest sentence, in UTF-16 units, before text without punctuation is cut
     */
    public Annotator(Segmenter segmenter, Lexicon lexicon, CharacterReadings characters, int sentenceLimit) {
        this(segmenter, lexicon, characters, sentenceLimit, Set.of());
    }

    /**
     * Creates the pipeline with the reader's known words, which mark tokens as known.
     *
     * @param known words the reader knows, simplified or traditional
     */
    public Annotator(Segmenter segmenter, Lexicon lexicon, CharacterReadings characters, int sentenceLimit,
                     Set<String> known) {
        this.normalizer = new TextNormalizer();
        this.splitter = new TextSplitter(sentenceLimit);
        this.segmenter = segmenter;
        this.lexicon = lexicon;
        this.repair = new WordRepair(lexicon, segmenter);
        this.readings = new ReadingChooser(lexicon, characters);
        this.glosses = new GlossFinder(lexicon);
        this.senses = new SenseOrder();
        this.expressions = new ExpressionFinder(lexicon);
        this.scripts = new ScriptConverter(lexicon.cedict());
        this.known = Set.copyOf(known);
    }

    /** {@code text} in simplified characters, word by word, of the same length (see {@link ScriptConverter}). */
    public String toSimplified(String text) {
        return scripts.toSimplified(text);
    }

    /** Annotates {@code input}. */
    public AnnotatedText annotate(String input) {
        return annotate(input, true);
    }

    /**
     * Annotates {@code input}; {@code findClutter} says whether its end is the end of a text, where web clutter
     * is looked for.
     */
    public AnnotatedText annotate(String input, boolean findClutter) {
        return annotate(input, findClutter, (BiConsumer<Token, List<Choice>>) null);
    }

    /**
     * Annotates {@code input} and hands {@code explain} each Han token with the rule that chose each of its
     * syllables (the debug view of the pinyin); {@code explain} may be {@code null}.
     */
    public AnnotatedText annotate(String input, boolean findClutter, BiConsumer<Token, List<Choice>> explain) {
        return annotate(input, findClutter, explain, null, null);
    }

    /**
     * Annotates {@code input}, handing {@code explainPinyin} each Han token with the rules that chose its syllables
     * and {@code explainWords} each decision on a name or a dictionary word; either may be {@code null}.
     */
    public AnnotatedText annotate(String input, boolean findClutter, BiConsumer<Token, List<Choice>> explainPinyin,
                                  Consumer<WordChoice> explainWords) {
        return annotate(input, findClutter, explainPinyin, explainWords, null);
    }

    /**
     * Annotates {@code input}, handing the debug views what they ask for: {@code explainPinyin} each Han token with
     * the rules that chose its syllables, {@code explainWords} each decision on a name or a dictionary word,
     * {@code explainSenses} each Han token's first sense and what put it first; any may be {@code null}.
     */
    public AnnotatedText annotate(String input, boolean findClutter, BiConsumer<Token, List<Choice>> explainPinyin,
                                  Consumer<WordChoice> explainWords, Consumer<SenseChoice> explainSenses) {
        Prepared p = prepare(input);
        return assemble(p, List.of(annotate(p, 0, p.sentences().size(), explainPinyin, explainWords,
                explainSenses)), findClutter);
    }

    /**
     * Annotates {@code input} on {@code executor}: the sentences are cut into runs of about {@value #CHUNK}
     * characters, annotated as separate tasks, and put back together in order. The result equals
     * {@link #annotate(String, boolean)}'s: every sentence is annotated on its own, and the words shared by
     * the runs are annotated once, whichever run meets them first. No task waits for another, so the executor
     * may have any number of threads, or run tasks in the calling thread.
     */
    public CompletableFuture<AnnotatedText> annotate(String input, boolean findClutter, Executor executor) {
        // A text of one run is done at once, in the calling thread: handing it over would only add a wait.
        if (input.length() <= CHUNK) return CompletableFuture.completedFuture(annotate(input, findClutter));
        return CompletableFuture.supplyAsync(() -> prepare(input), executor).thenCompose(p -> {
            List<CompletableFuture<Run>> runs = new ArrayList<>();
            int from = 0;
            int length = 0;
            for (int i = 0; i < p.sentences().size(); i++) {
                SentenceSpan s = p.sentences().get(i).span();
                length += s.end() - s.start();
                if (length >= CHUNK || i == p.sentences().size() - 1) {
                    int start = from;
                    int end = i + 1;
                    runs.add(CompletableFuture.supplyAsync(() -> annotate(p, start, end, null, null, null), executor));
                    from = end;
                    length = 0;
                }
            }
            return CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new))
                    .thenApply(done -> assemble(p, runs.stream().map(CompletableFuture::join).toList(), findClutter));
        });
    }

    /** The length, in UTF-16 units, of the runs of sentences that {@link #annotate(String, boolean, Executor)} hands out. */
    static final int CHUNK = 512;

    /** A sentence to annotate, with the number of its paragraph. */
    private record Place(int paragraph, SentenceSpan span) {
    }

    /** The input normalised, in simplified characters, cut into paragraphs, with every sentence numbered. */
    private record Prepared(String input, NormalizedText normalized, String text, List<ParagraphSpan> paragraphs,
                            List<Place> sentences, NameJudge.Document document) {
    }

    /** The sentences of a run, annotated, and the expressions found in them. */
    private record Run(List<Sentence> sentences, List<Expression> expressions) {
    }

    private Prepared prepare(String input) {
        NormalizedText normalized = normalizer.normalize(input);
        // Traditional text is segmented and looked up in simplified characters, one for one, so offsets hold.
        String text = scripts.toSimplified(normalized.text());
        List<ParagraphSpan> paragraphs = splitter.split(text);
        List<Place> sentences = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            for (SentenceSpan s : paragraphs.get(i).sentences()) sentences.add(new Place(i, s));
        }
        return new Prepared(input, normalized, text, paragraphs, sentences, new NameJudge.Document(text));
    }

    /** Annotates sentences {@code [from, to)} of a prepared text. */
    private Run annotate(Prepared p, int from, int to, BiConsumer<Token, List<Choice>> explain,
                         Consumer<WordChoice> explainWords, Consumer<SenseChoice> explainSenses) {
        String input = p.input();
        NormalizedText normalized = p.normalized();
        String text = p.text();
        List<Sentence> sentences = new ArrayList<>(to - from);
        List<Expression> found = new ArrayList<>();
        for (int index = from; index < to; index++) {
            SentenceSpan s = p.sentences().get(index).span();
            String sentenceText = text.substring(s.start(), s.end());
            Consumer<NameJudge.Decision> decisions = explainWords == null ? null : d -> {
                int start = normalized.originalStart(s.start() + d.start());
                int end = normalized.originalEnd(s.start() + d.end());
                explainWords.accept(new WordChoice(input.substring(start, end), start, end, d.step(), d.verdict(),
                        d.reasons()));
            };
            List<Piece> pieces = repair.repair(sentenceText, Pieces.of(sentenceText, segmenter.segment(sentenceText)),
                    p.document(), decisions);
            List<ExpressionFinder.Match> matches = expressions.find(sentenceText, pieces);
            String[] partReadings = partReadings(sentenceText, matches);
            List<Token> tokens = new ArrayList<>(pieces.size());
            BitSet cuts = new BitSet(sentenceText.length() + 1);
            String[] tags = new String[sentenceText.length() + 1];
            for (Piece piece : pieces) {
                cuts.set(piece.start());
                cuts.set(piece.end());
                tags[piece.start()] = piece.tag();
            }
            for (int i = 0; i < pieces.size(); i++) {
                Piece piece = pieces.get(i);
                int start = normalized.originalStart(s.start() + piece.start());
                int end = normalized.originalEnd(s.start() + piece.end());
                String written = normalized.text().substring(s.start() + piece.start(), s.start() + piece.end());
                // Most words are written as they are looked up, and as the input has them: one string serves.
                String word = sentenceText.startsWith(written, piece.start()) ? written : piece.in(sentenceText);
                // A word of characters and letters is looked up as its headword writes the letters (t恤 as T恤).
                if (piece.type() == TokenType.HAN && hasLatin(word)) word = lexicon.mixedHeadword(word).orElse(word);
                Annotation a = Annotation.NONE;
                if (piece.type() == TokenType.HAN) {
                    List<Explained> explained = explained(word, sentenceText);
                    // Context decides between senses, so the words found are part of the key.
                    WordKey key = new WordKey(written, piece.tag(), reasons(explained));
                    a = words.get(key);
                    if (a == null) {
                        // Computed outside the map: two runs may both compute a word, with the same result.
                        a = annotate(word, written, piece.tag(), explained);
                        if (words.size() >= WORDS_KEPT) words.clear();
                        words.putIfAbsent(key, a);
                    }
                }
                List<String> syllables = a.syllables();
                List<Gloss> glosses = piece.type() == TokenType.LATIN ? abbreviation(word) : a.glosses();
                List<Choice> choices = a.choices();
                if (piece.type() == TokenType.HAN) {
                    choices = readings.inContext(sentenceText, piece.start(), piece.end(), cuts, tags, piece.tag(),
                            a.choices());
                    // A separated word reads as the word (上了他的当 dang4, 睡了一个好觉 jiao4).
                    if (partReadings != null) choices = withPartReadings(choices, piece, partReadings);
                    if (choices != a.choices()) {
                        syllables = choices.stream().map(Choice::syllable).toList();
                        glosses = readingFirst(glosses, String.join(" ", syllables));
                    }
                }
                String senseReason = a.senseReason();
                if (piece.type() == TokenType.HAN && !a.senseSettled() && senses.hasRules(a.senseWord())) {
                    int at = i;
                    SenseOrder.Ordered ordered = senses.inContext(glosses, a.senseWord(), piece.tag(),
                            () -> context(sentenceText, pieces, at, p.document()));
                    List<Choice> bySense = ordered.reading().isEmpty() ? null : bySense(choices, ordered.reading());
                    if (!ordered.reason().isEmpty() && (ordered.reading().isEmpty() || bySense != null)) {
                        glosses = ordered.glosses();
                        senseReason = ordered.reason();
                        if (bySense != null) {
                            choices = bySense;
                            syllables = choices.stream().map(Choice::syllable).toList();
                        }
                    }
                }
                boolean isKnown = piece.type() == TokenType.HAN && (known.contains(word) || known.contains(written));
                String original = end - start == written.length() && input.startsWith(written, start) ? written
                        : input.substring(start, end);
                Token token = new Token(original, start, end, piece.type(), piece.tag(),
                        syllables, glosses, a.rank(), isKnown);
                tokens.add(token);
                if (explain != null && token.isHan()) explain.accept(token, choices);
                if (explainSenses != null && token.isHan() && !glosses.isEmpty()) {
                    explainSenses.accept(new SenseChoice(token.text(), token.start(), token.end(), token.tag(),
                            glosses.get(0).senses().get(0), senseReason.isEmpty() ? "dictionary order" : senseReason));
                }
            }
            for (ExpressionFinder.Match m : matches) {
                List<Span> parts = new ArrayList<>(m.parts().size());
                for (int[] part : m.parts()) {
                    parts.add(new Span(normalized.originalStart(s.start() + part[0]),
                            normalized.originalEnd(s.start() + part[1])));
                }
                found.add(new Expression(m.entry().simplified(), index, m.separated(), parts, m.entry().toGloss()));
            }
            int start = normalized.originalStart(s.start());
            int end = normalized.originalEnd(s.end());
            sentences.add(new Sentence(index, p.sentences().get(index).paragraph(), start, end,
                    input.substring(start, end), tokens));
        }
        return new Run(sentences, found);
    }

    /** Puts the runs of a text together, in order, with its paragraphs, and marks the web clutter at its end. */
    private static AnnotatedText assemble(Prepared p, List<Run> runs, boolean findClutter) {
        String input = p.input();
        NormalizedText normalized = p.normalized();
        List<Sentence> sentences = new ArrayList<>(p.sentences().size());
        List<Expression> found = new ArrayList<>();
        for (Run r : runs) {
            sentences.addAll(r.sentences());
            found.addAll(r.expressions());
        }
        List<Paragraph> paragraphs = new ArrayList<>(p.paragraphs().size());
        int first = 0;
        for (ParagraphSpan span : p.paragraphs()) {
            int count = span.sentences().size();
            paragraphs.add(new Paragraph(paragraphs.size(), normalized.originalStart(span.start()),
                    normalized.originalEnd(span.end()), first, count, false));
            first += count;
        }
        int clutter = findClutter
                ? Clutter.trailing(paragraphs.stream().map(q -> input.substring(q.start(), q.end())).toList()) : 0;
        for (int i = paragraphs.size() - clutter; i < paragraphs.size(); i++) {
            Paragraph q = paragraphs.get(i);
            paragraphs.set(i, new Paragraph(q.index(), q.start(), q.end(), q.firstSentence(), q.sentenceCount(), true));
        }
        return new AnnotatedText(input, paragraphs, sentences, found);
    }

    /**
     * The glossaries' explanations of a Latin token that is a letter abbreviation of the internet (yyds, u1s1),
     * looked up in lower case; none for other Latin words.
     */
    private List<Gloss> abbreviation(String word) {
        if (word.length() < 2 || word.length() > 8) return List.of();
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (!lexicon.mayBeGlossaryWord(lower.hashCode())) return List.of();
        List<GlossaryEntry> entries = lexicon.glossaryEntries(lower);
        if (entries.isEmpty()) return List.of();
        List<Gloss> glosses = new ArrayList<>(entries.size());
        for (GlossaryEntry e : entries) glosses.add(e.toGloss());
        return List.copyOf(glosses);
    }

    /**
     * The readings that separated words give the characters of their parts, by offset in the sentence; {@code null}
     * when no word was found separated. Only words of one reading per character count (the parts' characters are
     * BMP characters, one UTF-16 unit each).
     */
    private static String[] partReadings(String sentence, List<ExpressionFinder.Match> matches) {
        String[] readings = null;
        for (ExpressionFinder.Match m : matches) {
            if (!m.separated()) continue;
            List<String> syllables = m.entry().syllables();
            int k = 0;
            int length = 0;
            for (int[] part : m.parts()) length += part[1] - part[0];
            if (length != syllables.size()) continue;
            for (int[] part : m.parts()) {
                for (int at = part[0]; at < part[1]; at++) {
                    if (readings == null) readings = new String[sentence.length()];
                    readings[at] = syllables.get(k++);
                }
            }
        }
        return readings;
    }

    /**
     * The choices of a token with the readings that a separated word gives its characters, where they differ and a
     * glossary did not choose them; the same list when none changes. Tokens of characters outside the BMP are left
     * alone (the readings are by UTF-16 offset).
     */
    private static List<Choice> withPartReadings(List<Choice> choices, Piece piece, String[] partReadings) {
        if (piece.length() != choices.size()) return choices;
        List<Choice> revised = null;
        for (int k = 0; k < choices.size(); k++) {
            String r = partReadings[piece.start() + k];
            if (r == null || r.equals(choices.get(k).syllable())
                    || choices.get(k).rule() == ReadingChooser.Rule.GLOSSARY) {
                continue;
            }
            if (revised == null) revised = new ArrayList<>(choices);
            revised.set(k, new Choice(r, ReadingChooser.Rule.SEPARABLE_WORD));
        }
        return revised == null ? choices : List.copyOf(revised);
    }

    /**
     * The choices for the reading {@code pinyin} of the sense the sentence calls for, or {@code null} when a firmer
     * rule read the word (a glossary, the written form, a name, the grammar around it) or the syllables do not fit.
     */
    private static List<Choice> bySense(List<Choice> choices, String pinyin) {
        String[] syllables = pinyin.toLowerCase(java.util.Locale.ROOT).split(" ");
        if (syllables.length != choices.size()) return null;
        for (Choice c : choices) {
            if (!OVERRIDDEN_BY_SENSE.contains(c.rule())) return null;
        }
        List<Choice> revised = new ArrayList<>(syllables.length);
        for (String syllable : syllables) revised.add(new Choice(syllable, ReadingChooser.Rule.SENSE));
        return List.copyOf(revised);
    }

    /** The reading rules that go by the word alone, which the sense the sentence calls for may override. */
    private static final java.util.Set<ReadingChooser.Rule> OVERRIDDEN_BY_SENSE = java.util.EnumSet.of(
            ReadingChooser.Rule.DICTIONARY_WORD, ReadingChooser.Rule.PART_OF_SPEECH, ReadingChooser.Rule.COMMON,
            ReadingChooser.Rule.WORD_PART);

    /** The choices with each Latin letter or digit of the word read as the text writes it (T恤: T, not t). */
    private static List<Choice> lettersAsWritten(List<Choice> choices, String written) {
        int[] characters = written.codePoints().toArray();
        if (characters.length != choices.size()) return choices;
        List<Choice> revised = new ArrayList<>(choices);
        for (int i = 0; i < characters.length; i++) {
            if (characters[i] < 0x80 && Character.isLetterOrDigit(characters[i])) {
                revised.set(i, new Choice(Character.toString(characters[i]), choices.get(i).rule()));
            }
        }
        return List.copyOf(revised);
    }

    /** Whether a Chinese token has Latin letters or digits in it (T恤, 卡拉OK, 栓Q). */
    private static boolean hasLatin(String word) {
        for (int i = 0; i < word.length(); i++) if (word.charAt(i) < 0x80) return true;
        return false;
    }

    /** The tokens on either side of piece {@code i}, for the sense table. */
    private static SenseOrder.Context context(String sentence, List<Piece> pieces, int i, NameJudge.Document document) {
        Piece beforePrevious = i > 1 ? pieces.get(i - 2) : null;
        Piece previous = i > 0 ? pieces.get(i - 1) : null;
        Piece next = i + 1 < pieces.size() ? pieces.get(i + 1) : null;
        Piece afterNext = i + 2 < pieces.size() ? pieces.get(i + 2) : null;
        return new SenseOrder.Context(beforePrevious == null ? null : beforePrevious.in(sentence),
                beforePrevious == null ? null : beforePrevious.type(), beforePrevious == null ? "" : beforePrevious.tag(),
                previous == null ? null : previous.in(sentence),
                previous == null ? null : previous.type(), previous == null ? "" : previous.tag(),
                next == null ? null : next.in(sentence), next == null ? null : next.type(),
                next == null ? "" : next.tag(), afterNext == null ? null : afterNext.in(sentence),
                afterNext == null ? null : afterNext.type(), afterNext == null ? "" : afterNext.tag(), sentence,
                document.classical(), pieces, i);
    }

    /**
     * The syllables and glosses of one word.
     *
     * @param word    the word in simplified characters, as looked up
     * @param written the word as the text writes it, which may be traditional
     */
    private Annotation annotate(String word, String written, String tag, List<Explained> explained) {
        List<CedictEntry> entries = lexicon.lookup(word);
        Reduplication form = explained.isEmpty() ? Reduplication.of(word) : null;
        if (form != null && !Reduplication.hasOwnEntry(entries) && !lexicon.lookup(form.base()).isEmpty()) {
            Annotation reduplicated = reduplicated(word, written, tag, form);
            if (reduplicated != null) return reduplicated;
        }
        int characters = word.codePointCount(0, word.length());
        // The reading of the first glossary entry that applies here: one without context words, or whose context
        // the sentence mentions, or any when the dictionary has no rival reading.
        List<Choice> choices = explained.stream()
                .filter(x -> x.entry().syllables().size() == characters)
                .filter(x -> x.entry().context().isEmpty() || x.reason().isPresent() || entries.isEmpty())
                .map(x -> ReadingChooser.fromGlossary(x.entry().syllables()))
                .findFirst()
                .orElseGet(() -> {
                    List<CedictEntry> same = asWritten(entries, word, written);
                    if (same != entries && same.stream().map(e -> String.join(" ", e.syllables()).toLowerCase(java.util.Locale.ROOT))
                            .distinct().count() == 1) {
                        return ReadingChooser.fromWrittenForm(same.get(0).syllables().stream()
                                .map(x -> x.toLowerCase(java.util.Locale.ROOT)).toList());
                    }
                    return readings.explain(word, tag, same);
                });
        if (hasLatin(written)) choices = lettersAsWritten(choices, written);
        List<String> syllables = choices.stream().map(Choice::syllable).toList();
        SenseOrder.Ordered ordered = senses.byTag(glosses.glosses(word, written, tag, syllables, entries, explained),
                tag);
        // The sense table's rules for the word that look only at the tag are applied here, once per word and tag;
        // those that look at the sentence, for each token.
        SenseOrder.Ordered settled = senses.withoutSentence(ordered.glosses(), word, tag);
        if (settled != null && !settled.reading().isEmpty()) {
            List<Choice> bySense = bySense(choices, settled.reading());
            if (bySense == null) {
                settled = new SenseOrder.Ordered(ordered.glosses(), "");
            } else {
                choices = bySense;
                syllables = choices.stream().map(Choice::syllable).toList();
            }
        }
        if (settled != null && !settled.reason().isEmpty()) ordered = settled;
        return new Annotation(syllables, choices, ordered.glosses(), segmenter.frequencyRank(word), ordered.reason(),
                settled != null, word);
    }

    /**
     * A reduplicated form glossed through its base word (救救 as 救 "to save", 干干净净 as 干净 "clean"), read as the
     * base word is, with a note on what the form adds; {@code null} when the base word has no reading.
     */
    private Annotation reduplicated(String word, String written, String tag, Reduplication form) {
        // The vivid forms (z, 干干净净) are adjectives: their base word is read and glossed as one.
        String baseTag = tag.startsWith("z") ? "a" : tag;
        String baseWritten = written.length() == word.length() ? written.substring(0, form.base().length()) : form.base();
        if (form.pattern().equals("AABB")) baseWritten = "" + written.charAt(0) + written.charAt(2);
        Annotation base = annotate(form.base(), baseWritten, baseTag, List.of());
        if (base.glosses().isEmpty() || base.syllables().contains(ReadingChooser.UNKNOWN)
                || base.syllables().size() != form.base().length()) {
            return null;
        }
        // AAB is a verb-object word's verb said twice (点点头): the base must be such a verb.
        if (form.pattern().equals("AAB") && !SenseOrder.isVerbSense(base.glosses().get(0).senses().get(0))) return null;
        List<String> syllables = form.syllables(base.syllables());
        List<Choice> choices = syllables.stream().map(x -> new Choice(x, ReadingChooser.Rule.REDUPLICATION)).toList();
        Gloss first = base.glosses().get(0);
        List<Gloss> glosses = new ArrayList<>();
        glosses.add(new Gloss(word, written, String.join(" ", syllables), first.senses(), first.source(), first.kind(),
                "", form.note(tag)));
        return new Annotation(syllables, choices, List.copyOf(glosses), segmenter.frequencyRank(word),
                "reduplication of " + form.base() + (base.senseReason().isEmpty() ? "" : "; " + base.senseReason()),
                base.senseSettled(), form.base());
    }

    /**
     * The entries whose traditional form is the one the text writes, when the text writes the word in traditional
     * characters and some entries have that form: 隻 is only the classifier zhī, though its simplified form 只 is
     * also the adverb zhǐ. All the entries otherwise.
     */
    private static List<CedictEntry> asWritten(List<CedictEntry> entries, String word, String written) {
        if (written.equals(word) || entries.size() < 2) return entries;
        List<CedictEntry> same = entries.stream().filter(e -> e.traditional().equals(written)).toList();
        return same.isEmpty() ? entries : same;
    }

    /**
     * The glosses with those of {@code reading} (numbered, space-separated) first, for a word the sentence around it
     * gave another reading (儿 read r5 after 画画 puts the erhua suffix before "son").
     */
    private static List<Gloss> readingFirst(List<Gloss> glosses, String reading) {
        List<Gloss> sorted = new ArrayList<>(glosses);
        sorted.sort(Comparator.comparing(g -> !g.pinyin().equalsIgnoreCase(reading)));
        return List.copyOf(sorted);
    }

    /** The glossaries' entries for a word, each with the context word the sentence mentions. */
    private List<Explained> explained(String word, String sentence) {
        if (!lexicon.mayBeGlossaryWord(word.hashCode())) return List.of();
        List<GlossaryEntry> entries = lexicon.glossaryEntries(word);
        if (entries.isEmpty()) return List.of();
        List<Explained> explained = new ArrayList<>(entries.size());
        for (GlossaryEntry e : entries) explained.add(new Explained(e, e.contextIn(sentence)));
        return List.copyOf(explained);
    }

    /** The context words found for each glossary entry, joined by tabs: "" for words without entries. */
    private static String reasons(List<Explained> explained) {
        if (explained.isEmpty()) return "";
        StringBuilder joined = new StringBuilder();
        for (Explained x : explained) joined.append(x.reason().orElse("")).append('\t');
        return joined.toString();
    }

    /**
     * What a word's annotation depends on in a text: its written form, its tag and the context words found.
     * {@code equals} and {@code hashCode} are written out: a record's generated ones go through method handles,
     * which showed in profiles of this map.
     */
    private record WordKey(String written, String tag, String reasons) {
        @Override
        public boolean equals(Object o) {
            return o instanceof WordKey k && written.equals(k.written) && tag.equals(k.tag) && reasons.equals(k.reasons);
        }

        @Override
        public int hashCode() {
            return (written.hashCode() * 31 + tag.hashCode()) * 31 + reasons.hashCode();
        }
    }

    /** A glossary entry for a word, and the context word the sentence mentions, if the entry has any. */
    record Explained(GlossaryEntry entry, Optional<String> reason) {
    }

    /**
     * One word's reading and glosses, before the sentence is looked at.
     *
     * @param senseSettled whether the sense table has nothing to say about the word that depends on the sentence
     * @param senseWord    the word whose sense-table lines apply: the word, or the base of a reduplicated form
     */
    private record Annotation(List<String> syllables, List<Choice> choices, List<Gloss> glosses, OptionalInt rank,
                              String senseReason, boolean senseSettled, String senseWord) {
        /** Copied once here, so that the tokens made from a kept annotation share its lists instead of copying. */
        Annotation {
            syllables = List.copyOf(syllables);
            glosses = List.copyOf(glosses);
        }

        static final Annotation NONE = new Annotation(List.of(), List.of(), List.of(), OptionalInt.empty(), "", true,
                "");
    }
}
