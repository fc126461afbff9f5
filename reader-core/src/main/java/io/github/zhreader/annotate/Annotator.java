package io.github.zhreader.annotate;

import io.github.zhreader.AnnotatedText;
import io.github.zhreader.Expression;
import io.github.zhreader.Gloss;
import io.github.zhreader.Paragraph;
import io.github.zhreader.Sentence;
import io.github.zhreader.Span;
import io.github.zhreader.Token;
import io.github.zhreader.TokenType;
import io.github.zhreader.lexicon.CedictEntry;
import io.github.zhreader.lexicon.GlossaryEntry;
import io.github.zhreader.lexicon.Lexicon;
import io.github.zhreader.lexicon.ScriptConverter;
import io.github.zhreader.pinyin.CharacterReadings;
import io.github.zhreader.pinyin.ReadingChooser;
import io.github.zhreader.segment.Segmenter;
import io.github.zhreader.text.Clutter;
import io.github.zhreader.text.NormalizedText;
import io.github.zhreader.text.ParagraphSpan;
import io.github.zhreader.text.SentenceSpan;
import io.github.zhreader.text.TextNormalizer;
import io.github.zhreader.text.TextSplitter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The annotation pipeline. In order:
 * <ol>
 *   <li>normalise the input (line breaks, escape and control characters), keeping a map back to its offsets, and
 *   read traditional characters as their simplified forms (one for one, so offsets do not move);</li>
 *   <li>split it into paragraphs and sentences;</li>
 *   <li>segment each sentence, then type the words and repair fragments with the lexicon;</li>
 *   <li>give each Han token its syllables, then its glosses (which are ordered by the chosen reading), computed
 *   once per distinct word and tag in a text;</li>
 *   <li>find the glossary's phrases that span several tokens, separated or not;</li>
 *   <li>mark the web clutter that ends a pasted article (site notices, cut-off teasers).</li>
 * </ol>
 * Offsets in the result point into the input as given, whatever normalisation removed.
 *
 * <p>Immutable and thread-safe: every call works on its own state.
 */
public final class Annotator {

    private final TextNormalizer normalizer;
    private final TextSplitter splitter;
    private final Segmenter segmenter;
    private final Lexicon lexicon;
    private final WordRepair repair;
    private final ReadingChooser readings;
    private final GlossFinder glosses;
    private final ExpressionFinder expressions;
    private final ScriptConverter scripts;
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
    public Annotator(Segmenter segmenter, Lexicon lexicon, CharacterReadings characters, int sentenceLimit,
                     Set<String> known) {
        this.normalizer = new TextNormalizer();
        this.splitter = new TextSplitter(sentenceLimit);
        this.segmenter = segmenter;
        this.lexicon = lexicon;
        this.repair = new WordRepair(lexicon);
        this.readings = new ReadingChooser(lexicon, characters);
        this.glosses = new GlossFinder(lexicon);
        this.expressions = new ExpressionFinder(lexicon);
        this.scripts = new ScriptConverter(lexicon.cedict());
        this.known = Set.copyOf(known);
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
        NormalizedText normalized = normalizer.normalize(input);
        // Traditional text is segmented and looked up in simplified characters, one for one, so offsets hold.
        String text = scripts.toSimplified(normalized.text());
        Map<WordKey, Annotation> seen = new HashMap<>();
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<Expression> found = new ArrayList<>();
        for (ParagraphSpan p : splitter.split(text)) {
            int first = sentences.size();
            for (SentenceSpan s : p.sentences()) {
                String sentenceText = text.substring(s.start(), s.end());
                List<Piece> pieces = repair.repair(sentenceText, Pieces.of(sentenceText, segmenter.segment(sentenceText)));
                List<Token> tokens = new ArrayList<>(pieces.size());
                for (Piece piece : pieces) {
                    int start = normalized.originalStart(s.start() + piece.start());
                    int end = normalized.originalEnd(s.start() + piece.end());
                    String word = piece.in(sentenceText);
                    String written = normalized.text().substring(s.start() + piece.start(), s.start() + piece.end());
                    Annotation a = Annotation.NONE;
                    if (piece.type() == TokenType.HAN) {
                        List<Explained> explained = explain(word, sentenceText);
                        // Context decides between senses, so the words found are part of the key.
                        WordKey key = new WordKey(written, piece.tag(), explained.isEmpty() ? List.of()
                                : explained.stream().map(x -> x.reason().orElse("")).toList());
                        a = seen.get(key);
                        if (a == null) {
                            a = annotate(word, written, piece.tag(), explained);
                            seen.put(key, a);
                        }
                    }
                    boolean isKnown = piece.type() == TokenType.HAN && (known.contains(word) || known.contains(written));
                    tokens.add(new Token(input.substring(start, end), start, end, piece.type(), piece.tag(),
                            a.syllables(), a.glosses(), a.rank(), isKnown));
                }
                for (ExpressionFinder.Match m : expressions.find(sentenceText, pieces)) {
                    List<Span> parts = new ArrayList<>(m.parts().size());
                    for (int[] part : m.parts()) {
                        parts.add(new Span(normalized.originalStart(s.start() + part[0]),
                                normalized.originalEnd(s.start() + part[1])));
                    }
                    found.add(new Expression(m.entry().simplified(), sentences.size(), m.separated(), parts,
                            m.entry().toGloss()));
                }
                int start = normalized.originalStart(s.start());
                int end = normalized.originalEnd(s.end());
                sentences.add(new Sentence(sentences.size(), paragraphs.size(), start, end,
                        input.substring(start, end), tokens));
            }
            paragraphs.add(new Paragraph(paragraphs.size(), normalized.originalStart(p.start()),
                    normalized.originalEnd(p.end()), first, sentences.size() - first, false));
        }
        int clutter = findClutter
                ? Clutter.trailing(paragraphs.stream().map(p -> input.substring(p.start(), p.end())).toList()) : 0;
        for (int i = paragraphs.size() - clutter; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            paragraphs.set(i, new Paragraph(p.index(), p.start(), p.end(), p.firstSentence(), p.sentenceCount(), true));
        }
        return new AnnotatedText(input, paragraphs, sentences, found);
    }

    /**
     * The syllables and glosses of one word.
     *
     * @param word    the word in simplified characters, as looked up
     * @param written the word as the text writes it, which may be traditional
     */
    private Annotation annotate(String word, String written, String tag, List<Explained> explained) {
        List<CedictEntry> entries = lexicon.lookup(word);
        int characters = word.codePointCount(0, word.length());
        // The reading of the first glossary entry that applies here: one without context words, or whose context
        // the sentence mentions, or any when the dictionary has no rival reading.
        List<String> syllables = explained.stream()
                .filter(x -> x.entry().syllables().size() == characters)
                .filter(x -> x.entry().context().isEmpty() || x.reason().isPresent() || entries.isEmpty())
                .map(x -> x.entry().syllables())
                .findFirst()
                .orElseGet(() -> readings.choose(word, tag, entries));
        return new Annotation(syllables, glosses.glosses(word, written, tag, syllables, entries, explained),
                segmenter.frequencyRank(word));
    }

    /** The glossaries' entries for a word, each with the context word the sentence mentions. */
    private List<Explained> explain(String word, String sentence) {
        if (!lexicon.mayBeGlossaryWord(word.hashCode())) return List.of();
        List<GlossaryEntry> entries = lexicon.glossaryEntries(word);
        if (entries.isEmpty()) return List.of();
        List<Explained> explained = new ArrayList<>(entries.size());
        for (GlossaryEntry e : entries) explained.add(new Explained(e, e.contextIn(sentence)));
        return List.copyOf(explained);
    }

    /**
     * What a word's annotation depends on in a text: its written form, its tag and the context words found.
     * {@code equals} and {@code hashCode} are written out: a record's generated ones go through method handles,
     * which showed in profiles of this map.
     */
    private record WordKey(String written, String tag, List<String> reasons) {
        @Override
        public boolean equals(Object o) {
            return o instanceof WordKey k && written.equals(k.written) && tag.equals(k.tag)
                    && (reasons == k.reasons || reasons.equals(k.reasons));
        }

        @Override
        public int hashCode() {
            return (written.hashCode() * 31 + tag.hashCode()) * 31 + reasons.hashCode();
        }
    }

    /** A glossary entry for a word, and the context word the sentence mentions, if the entry has any. */
    record Explained(GlossaryEntry entry, Optional<String> reason) {
    }

    /** The syllables and glosses of one distinct word. */
    private record Annotation(List<String> syllables, List<Gloss> glosses, OptionalInt rank) {
        static final Annotation NONE = new Annotation(List.of(), List.of(), OptionalInt.empty());
    }
}
