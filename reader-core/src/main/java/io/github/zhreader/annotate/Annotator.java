package io.github.zhreader.annotate;

import io.github.zhreader.AnnotatedText;
import io.github.zhreader.Expression;
import io.github.zhreader.Gloss;
import io.github.zhreader.Paragraph;
import io.github.zhreader.SenseChoice;
import io.github.zhreader.Sentence;
import io.github.zhreader.Span;
import io.github.zhreader.Token;
import io.github.zhreader.TokenType;
import io.github.zhreader.WordChoice;
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
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The annotation pipeline. Its stages, in the order they run, are the fields below, each one job:
 * <ol>
 *   <li>{@link TextNormalizer}: line breaks, escape and control characters, full-width letters, with a map back to
 *   the offsets of the input;</li>
 *   <li>{@link ScriptConverter}: traditional characters read as their simplified forms, one for one, so offsets do
 *   not move;</li>
 *   <li>{@link TextSplitter}: paragraphs and sentences;</li>
 *   <li>{@link Segmenter}: each sentence cut into words with part-of-speech tags;</li>
 *   <li>{@link NameJudge}: the personal names the segmenter proposed, kept or taken apart;</li>
 *   <li>{@link WordRepair}: fragments joined or cut into the lexicon's words;</li>
 *   <li>{@link ExpressionFinder}: the glossary's phrases over several tokens, separated words among them;</li>
 *   <li>{@link WordAnnotator}: each distinct word's syllables and glosses, ordered by its tag (kept for the texts
 *   that follow);</li>
 *   <li>{@link ContextReadings}: the syllables revised by the words around each token;</li>
 *   <li>{@link ContextSenses}: the senses revised by the words around each token;</li>
 *   <li>{@link Clutter}: the web clutter that ends a pasted article (site notices, cut-off teasers).</li>
 * </ol>
 * Offsets in the result point into the input as given, whatever normalisation removed.
 *
 * <p>Thread-safe: every call works on its own state, apart from the annotations of the words met so far, which
 * are shared.
 */
public final class Annotator {

    private final TextNormalizer normalizer;
    private final ScriptConverter scripts;
    private final TextSplitter splitter;
    private final Segmenter segmenter;
    private final NameJudge names;
    private final WordRepair repair;
    private final ExpressionFinder expressions;
    private final WordAnnotator words;
    private final ContextReadings readings;
    private final ContextSenses senses;
    private final Lexicon lexicon;
    private final Set<String> known;

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
    public Annotator(
            Segmenter segmenter, Lexicon lexicon, CharacterReadings characters, int sentenceLimit, Set<String> known) {
        ReadingChooser chooser = new ReadingChooser(lexicon, characters);
        SenseOrder table = new SenseOrder();
        this.normalizer = new TextNormalizer();
        this.scripts = new ScriptConverter(lexicon.cedict());
        this.splitter = new TextSplitter(sentenceLimit);
        this.segmenter = segmenter;
        this.names = new NameJudge(lexicon, segmenter);
        this.repair = new WordRepair(lexicon, segmenter);
        this.expressions = new ExpressionFinder(lexicon);
        this.words = new WordAnnotator(lexicon, segmenter, chooser, table);
        this.readings = new ContextReadings(chooser, new GlossFinder(lexicon, table));
        this.senses = new ContextSenses(table);
        this.lexicon = lexicon;
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
    public AnnotatedText annotate(
            String input,
            boolean findClutter,
            BiConsumer<Token, List<Choice>> explainPinyin,
            Consumer<WordChoice> explainWords) {
        return annotate(input, findClutter, explainPinyin, explainWords, null);
    }

    /**
     * Annotates {@code input}, handing the debug views what they ask for: {@code explainPinyin} each Han token with
     * the rules that chose its syllables, {@code explainWords} each decision on a name or a dictionary word,
     * {@code explainSenses} each Han token's first sense and what put it first; any may be {@code null}.
     */
    public AnnotatedText annotate(
            String input,
            boolean findClutter,
            BiConsumer<Token, List<Choice>> explainPinyin,
            Consumer<WordChoice> explainWords,
            Consumer<SenseChoice> explainSenses) {
        Prepared p = prepare(input);
        return assemble(
                p,
                List.of(annotate(p, 0, p.sentences().size(), explainPinyin, explainWords, explainSenses)),
                findClutter);
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
                    .thenApply(done -> assemble(
                            p, runs.stream().map(CompletableFuture::join).toList(), findClutter));
        });
    }

    /** The length, in UTF-16 units, of the runs of sentences that {@link #annotate(String, boolean, Executor)} hands out. */
    static final int CHUNK = 512;

    /** A sentence to annotate, with the number of its paragraph. */
    private record Place(int paragraph, SentenceSpan span) {}

    /** The input normalised, in simplified characters, cut into paragraphs, with every sentence numbered. */
    private record Prepared(
            String input,
            NormalizedText normalized,
            String text,
            List<ParagraphSpan> paragraphs,
            List<Place> sentences,
            NameJudge.Document document) {}

    /** The sentences of a run, annotated, and the expressions found in them. */
    private record Run(List<Sentence> sentences, List<Expression> expressions) {}

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
    private Run annotate(
            Prepared p,
            int from,
            int to,
            BiConsumer<Token, List<Choice>> explain,
            Consumer<WordChoice> explainWords,
            Consumer<SenseChoice> explainSenses) {
        String input = p.input();
        NormalizedText normalized = p.normalized();
        String text = p.text();
        List<Sentence> sentences = new ArrayList<>(to - from);
        List<Expression> found = new ArrayList<>();
        for (int index = from; index < to; index++) {
            SentenceSpan s = p.sentences().get(index).span();
            String sentenceText = text.substring(s.start(), s.end());
            Consumer<NameJudge.Decision> decisions = explainWords == null
                    ? null
                    : d -> {
                        int start = normalized.originalStart(s.start() + d.start());
                        int end = normalized.originalEnd(s.start() + d.end());
                        explainWords.accept(new WordChoice(
                                input.substring(start, end), start, end, d.step(), d.verdict(), d.reasons()));
                    };
            List<Piece> segmented = Pieces.of(sentenceText, segmenter.segment(sentenceText));
            List<Piece> judged = names.judge(sentenceText, segmented, p.document(), decisions);
            List<Piece> pieces = repair.repair(sentenceText, judged, p.document(), decisions);
            List<ExpressionFinder.Match> matches = expressions.find(sentenceText, pieces);
            ContextReadings.Frame frame = new ContextReadings.Frame(sentenceText, pieces, matches);
            List<Token> tokens = new ArrayList<>(pieces.size());
            for (int i = 0; i < pieces.size(); i++) {
                Piece piece = pieces.get(i);
                int start = normalized.originalStart(s.start() + piece.start());
                int end = normalized.originalEnd(s.start() + piece.end());
                String written = normalized.text().substring(s.start() + piece.start(), s.start() + piece.end());
                // Most words are written as they are looked up, and as the input has them: one string serves.
                String word = sentenceText.startsWith(written, piece.start()) ? written : piece.in(sentenceText);
                boolean han = piece.type() == TokenType.HAN;
                // A word of characters and letters is looked up as its headword writes the letters (t恤 as T恤).
                if (han && WordAnnotator.hasLatin(word))
                    word = lexicon.mixedHeadword(word).orElse(word);
                WordAnnotator.WordAnnotation a = han
                        ? words.annotate(word, written, piece.tag(), sentenceText)
                        : WordAnnotator.WordAnnotation.NONE;
                TokenReading reading = TokenReading.of(a);
                if (piece.type() == TokenType.LATIN) reading = reading.withGlosses(words.abbreviation(word));
                if (han) {
                    reading = readings.revise(frame, piece, reading);
                    reading = senses.revise(sentenceText, pieces, i, p.document(), a, reading);
                }
                boolean isKnown = han && (known.contains(word) || known.contains(written));
                String original = end - start == written.length() && input.startsWith(written, start)
                        ? written
                        : input.substring(start, end);
                Token token = new Token(
                        original,
                        start,
                        end,
                        piece.type(),
                        piece.tag(),
                        reading.syllables(),
                        reading.glosses(),
                        a.rank(),
                        isKnown,
                        a.hsk());
                tokens.add(token);
                if (explain != null && token.isHan()) explain.accept(token, reading.choices());
                List<Gloss> glosses = reading.glosses();
                if (explainSenses != null && token.isHan() && !glosses.isEmpty()) {
                    String reason = reading.senseReason();
                    explainSenses.accept(new SenseChoice(
                            token.text(),
                            token.start(),
                            token.end(),
                            token.tag(),
                            glosses.get(0).senses().get(0),
                            reason.isEmpty() ? "dictionary order" : reason));
                }
            }
            for (ExpressionFinder.Match m : matches) {
                List<Span> parts = new ArrayList<>(m.parts().size());
                for (int[] part : m.parts()) {
                    parts.add(new Span(
                            normalized.originalStart(s.start() + part[0]),
                            normalized.originalEnd(s.start() + part[1])));
                }
                found.add(new Expression(
                        m.entry().simplified(),
                        index,
                        m.separated(),
                        parts,
                        m.entry().toGloss()));
            }
            int start = normalized.originalStart(s.start());
            int end = normalized.originalEnd(s.end());
            sentences.add(new Sentence(
                    index, p.sentences().get(index).paragraph(), start, end, input.substring(start, end), tokens));
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
            paragraphs.add(new Paragraph(
                    paragraphs.size(),
                    normalized.originalStart(span.start()),
                    normalized.originalEnd(span.end()),
                    first,
                    count,
                    false));
            first += count;
        }
        int clutter = findClutter
                ? Clutter.trailing(paragraphs.stream()
                        .map(q -> input.substring(q.start(), q.end()))
                        .toList())
                : 0;
        for (int i = paragraphs.size() - clutter; i < paragraphs.size(); i++) {
            Paragraph q = paragraphs.get(i);
            paragraphs.set(i, new Paragraph(q.index(), q.start(), q.end(), q.firstSentence(), q.sentenceCount(), true));
        }
        return new AnnotatedText(input, paragraphs, sentences, found);
    }
}
