package io.github.zhreader.annotate;

import io.github.zhreader.BenchmarkTexts;
import io.github.zhreader.CharactersHandled;
import io.github.zhreader.TokenType;
import io.github.zhreader.lexicon.CedictEntry;
import io.github.zhreader.lexicon.Lexicon;
import io.github.zhreader.lexicon.ScriptConverter;
import io.github.zhreader.pinyin.CharacterReadings;
import io.github.zhreader.pinyin.ReadingChooser;
import io.github.zhreader.segment.HanLpSegmenter;
import io.github.zhreader.text.NormalizedText;
import io.github.zhreader.text.ParagraphSpan;
import io.github.zhreader.text.SentenceSpan;
import io.github.zhreader.text.TextNormalizer;
import io.github.zhreader.text.TextSplitter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Each stage of the pipeline alone, on the whole text, as {@link Annotator} runs it: normalising and splitting,
 * HanLP segmentation as zhreader configures it, the lexicon's repairs after it, the choice of pinyin and the
 * glosses (once per distinct word and tag, as the annotator caches them within a text), and the search for
 * multi-word expressions. Each reports, as {@code :chars}, the characters of the text per second, to compare with
 * {@code AnnotateBenchmark.annotate:chars}. Lexicon look-ups are warm, as they are after the first texts.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StagesBenchmark {

    /** A distinct word of the text, with what the annotator knows of it when it chooses pinyin and glosses. */
    record Word(
            String word,
            String written,
            String tag,
            List<WordAnnotator.Explained> explained,
            List<CedictEntry> entries,
            List<String> syllables) {}

    /** The stages, and the text cut and segmented as the annotator does, so each stage gets its real input. */
    @State(Scope.Benchmark)
    public static class Input {
        @Param({"large"})
        public String text;

        String content;
        Lexicon lexicon;
        TextNormalizer normalizer;
        TextSplitter splitter;
        ScriptConverter scripts;
        HanLpSegmenter segmenter;
        NameJudge names;
        WordRepair repair;
        ReadingChooser readings;
        GlossFinder glosses;
        ExpressionFinder expressions;
        List<String> sentences;
        List<List<Piece>> pieces;
        List<Word> words;
        /** Every Han token of the text: its sentence, where it starts there, its distinct word, where it ends. */
        List<int[]> occurrences;
        /** Where the tokens of each sentence start and end. */
        List<BitSet> cuts;

        @Setup
        public void prepare() {
            content = BenchmarkTexts.named(text);
            lexicon = Lexicon.bundled();
            normalizer = new TextNormalizer();
            splitter = new TextSplitter(io.github.zhreader.ChineseReader.DEFAULT_SENTENCE_LIMIT);
            scripts = new ScriptConverter(lexicon.cedict());
            segmenter = new HanLpSegmenter();
            names = new NameJudge(lexicon, segmenter);
            repair = new WordRepair(lexicon, segmenter);
            readings = new ReadingChooser(lexicon, new CharacterReadings());
            glosses = new GlossFinder(lexicon, new SenseOrder());
            expressions = new ExpressionFinder(lexicon);
            NormalizedText normalized = normalizer.normalize(content);
            String simplified = scripts.toSimplified(normalized.text());
            sentences = new ArrayList<>();
            pieces = new ArrayList<>();
            Map<String, Word> distinct = new LinkedHashMap<>();
            Map<String, Integer> index = new java.util.HashMap<>();
            occurrences = new ArrayList<>();
            cuts = new ArrayList<>();
            for (ParagraphSpan p : splitter.split(simplified)) {
                for (SentenceSpan s : p.sentences()) {
                    String sentence = simplified.substring(s.start(), s.end());
                    NameJudge.Document document = new NameJudge.Document(simplified);
                    List<Piece> cut = repair.repair(
                            sentence,
                            names.judge(sentence, Pieces.of(sentence, segmenter.segment(sentence)), document, null),
                            document,
                            null);
                    sentences.add(sentence);
                    pieces.add(cut);
                    BitSet at = new BitSet(sentence.length() + 1);
                    for (Piece piece : cut) {
                        at.set(piece.start());
                        at.set(piece.end());
                    }
                    cuts.add(at);
                    for (Piece piece : cut) {
                        if (piece.type() != TokenType.HAN) continue;
                        String word = piece.in(sentence);
                        String written =
                                normalized.text().substring(s.start() + piece.start(), s.start() + piece.end());
                        List<WordAnnotator.Explained> explained = lexicon.glossaryEntries(word).stream()
                                .map(e -> new WordAnnotator.Explained(e, e.contextIn(sentence)))
                                .toList();
                        String key = written
                                + '\u0000'
                                + piece.tag()
                                + '\u0000'
                                + explained.stream()
                                        .map(x -> x.reason().orElse(""))
                                        .toList();
                        List<CedictEntry> entries = lexicon.lookup(word);
                        distinct.computeIfAbsent(
                                key,
                                k -> new Word(
                                        word,
                                        written,
                                        piece.tag(),
                                        explained,
                                        entries,
                                        readings.choose(word, piece.tag(), entries)));
                        int w = index.computeIfAbsent(key, k -> index.size());
                        occurrences.add(new int[] {sentences.size() - 1, piece.start(), w, piece.end()});
                    }
                }
            }
            words = List.copyOf(distinct.values());
        }
    }

    @Benchmark
    public void normalizeAndSplit(Input in, CharactersHandled count, Blackhole sink) {
        count.chars += in.content.length();
        NormalizedText normalized = in.normalizer.normalize(in.content);
        sink.consume(in.splitter.split(in.scripts.toSimplified(normalized.text())));
    }

    @Benchmark
    public void segment(Input in, CharactersHandled count, Blackhole sink) {
        count.chars += in.content.length();
        for (String s : in.sentences) sink.consume(in.segmenter.segment(s));
    }

    @Benchmark
    public void segmentAndRepair(Input in, CharactersHandled count, Blackhole sink) {
        count.chars += in.content.length();
        NameJudge.Document document = new NameJudge.Document(in.content);
        for (String s : in.sentences) {
            sink.consume(in.repair.repair(
                    s, in.names.judge(s, Pieces.of(s, in.segmenter.segment(s)), document, null), document, null));
        }
    }

    /** As the annotator chooses pinyin: once per distinct word, then the sentence's revision of every token. */
    @Benchmark
    public void pinyin(Input in, CharactersHandled count, Blackhole sink) {
        count.chars += in.content.length();
        List<List<ReadingChooser.Choice>> chosen = new ArrayList<>(in.words.size());
        for (Word w : in.words) chosen.add(in.readings.explain(w.word(), w.tag(), in.lexicon.lookup(w.word())));
        for (int[] o : in.occurrences) {
            sink.consume(in.readings.inContext(
                    in.sentences.get(o[0]),
                    o[1],
                    o[3],
                    in.cuts.get(o[0]),
                    in.words.get(o[2]).tag(),
                    chosen.get(o[2])));
        }
    }

    @Benchmark
    public void glosses(Input in, CharactersHandled count, Blackhole sink) {
        count.chars += in.content.length();
        for (Word w : in.words) {
            sink.consume(in.glosses.glosses(
                    w.word(), w.written(), w.tag(), w.syllables(), in.lexicon.lookup(w.word()), w.explained()));
        }
    }

    @Benchmark
    public void expressions(Input in, CharactersHandled count, Blackhole sink) {
        count.chars += in.content.length();
        for (int i = 0; i < in.sentences.size(); i++) {
            sink.consume(in.expressions.find(in.sentences.get(i), in.pieces.get(i)));
        }
    }
}
