package io.github.zhreader;

import io.github.zhreader.annotate.Annotator;
import io.github.zhreader.lexicon.CharacterTable;
import io.github.zhreader.lexicon.Glossary;
import io.github.zhreader.lexicon.HskLevels;
import io.github.zhreader.lexicon.Lexicon;
import io.github.zhreader.pinyin.CharacterReadings;
import io.github.zhreader.segment.HanLpSegmenter;
import io.github.zhreader.segment.Segmenter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.function.Consumer;

/**
 * Reads Chinese text for an English speaker: splits it into sentences and words and gives every word its pinyin
 * and English glosses.
 *
 * <pre>{@code
 * ChineseReader reader = ChineseReader.create();
 * AnnotatedText doc = reader.annotate("银行行长被扎克伯格招安了。");
 * for (Sentence s : doc.sentences())
 *     for (Token t : s.tokens())
 *         System.out.println(t.text() + " " + t.pinyin() + " " + t.glosses());
 * }</pre>
 *
 * <p>A reader is immutable and thread-safe: build one and share it. Readers with different glossaries can live
 * side by side in one JVM; none sees another's words. Building the first one loads the dictionary and the
 * glossaries; the segmenter's model loads on the first {@code annotate} (see {@link HanLpSegmenter#load()} to load
 * it sooner, on another thread), so a reader used only for {@link #lookup(String, int)} never loads it. Later
 * readers share the loaded data.
 *
 * <p>By default {@code annotate} does all its work in the calling thread. A reader built with
 * {@link Builder#threads(int)} or {@link Builder#executor(Executor)} annotates a long text on several threads, a
 * run of sentences per task, and puts the results together in the text's order: the result is the same, only
 * sooner on a machine with several cores.
 */
public final class ChineseReader {

    /** The default longest sentence, in UTF-16 units, before text without punctuation is cut. */
    public static final int DEFAULT_SENTENCE_LIMIT = 200;

    private final Lexicon lexicon;
    private final Segmenter segmenter;
    private final Annotator annotator;
    private final Lookup lookup;
    /** Where long texts are annotated, a run of sentences per task; null for the calling thread alone. */
    private final Executor executor;

    private ChineseReader(Builder builder) {
        List<Glossary> user = builder.glossaries.stream().map(Glossary::load).toList();
        this.lexicon = builder.lexicon != null ? builder.lexicon : Lexicon.bundled(user);
        this.segmenter = builder.segmenter != null ? builder.segmenter : new HanLpSegmenter();
        this.annotator =
                new Annotator(segmenter, lexicon, new CharacterReadings(), builder.sentenceLimit, builder.known);
        this.lookup = new Lookup(lexicon);
        this.executor =
                builder.executor != null ? builder.executor : builder.threads > 1 ? pool(builder.threads) : null;
    }

    /**
     * A pool of {@code threads} daemon threads, which end when they have been idle for a while: nothing to shut
     * down, and a program that uses the reader exits when its own threads are done.
     */
    private static Executor pool(int threads) {
        java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
        return new ForkJoinPool(
                threads,
                pool -> {
                    ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
                    t.setName("zhreader-annotate-" + count.incrementAndGet());
                    return t;
                },
                null,
                false);
    }

    /** A reader with the defaults: HanLP segmentation and the bundled CC-CEDICT. */
    public static ChineseReader create() {
        return builder().build();
    }

    /** A builder for a reader with other options. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Annotates a text: paragraphs, sentences, tokens with pinyin and glosses. Offsets in the result are UTF-16
     * indexes into {@code text} as given.
     *
     * @throws NullPointerException if {@code text} is null
     */
    public AnnotatedText annotate(String text) {
        Objects.requireNonNull(text, "text");
        if (executor == null) return annotator.annotate(text);
        return join(annotator.annotate(text, true, executor));
    }

    /**
     * The debug view of the pinyin: every Han character of {@code text} with its syllable and the rule that chose
     * it (the word's dictionary reading, its part of speech, a transliteration, the character's common reading ...).
     *
     * @throws NullPointerException if {@code text} is null
     */
    public List<PinyinChoice> explainPinyin(String text) {
        Objects.requireNonNull(text, "text");
        List<PinyinChoice> result = new ArrayList<>();
        annotator.annotate(text, false, (token, choices) -> {
            int offset = token.start();
            for (var choice : choices) {
                int end = offset + Character.charCount(text.codePointAt(offset));
                result.add(new PinyinChoice(
                        text.substring(offset, end),
                        offset,
                        choice.syllable(),
                        choice.rule().description(),
                        token.text(),
                        token.tag()));
                offset = end;
            }
        });
        return result;
    }

    /**
     * The debug view of the senses: every Han token of {@code text} with the sense its glosses show first and what
     * put it first (the part of speech, a line of zhreader's sense table, or the dictionary's own order).
     *
     * @throws NullPointerException if {@code text} is null
     */
    public List<SenseChoice> explainSenses(String text) {
        Objects.requireNonNull(text, "text");
        List<SenseChoice> result = new ArrayList<>();
        annotator.annotate(text, false, null, null, result::add);
        return result;
    }

    /**
     * {@code text} in simplified characters, converted word by word where the words decide (參加 参加, 人參 人参,
     * 乾淨 干净, while 乾隆 stays) and character by character elsewhere; always of the same length as {@code text}, so
     * offsets into one are offsets into the other. Simplified text comes back as it is.
     *
     * @throws NullPointerException if {@code text} is null
     */
    public String toSimplified(String text) {
        Objects.requireNonNull(text, "text");
        return annotator.toSimplified(text);
    }

    /**
     * The debug view of the words: every name the segmenter proposed, with whether it was taken as one and the
     * evidence (how often its characters are a surname and a given name, titles and naming words beside it, its
     * repetitions in the text), and every dictionary word the segmenter had cut into pieces, with whether it was
     * made whole and why.
     *
     * @throws NullPointerException if {@code text} is null
     */
    public List<WordChoice> explainWords(String text) {
        Objects.requireNonNull(text, "text");
        List<WordChoice> result = new ArrayList<>();
        annotator.annotate(text, false, null, result::add);
        return result;
    }

    /**
     * One part of a long text annotated piece by piece: its annotation, whose offsets and sentence numbers count
     * from the start of the part, and where the part starts in the whole text.
     *
     * @param text          the part's annotation
     * @param offset        the UTF-16 index in the whole text where the part starts
     * @param firstSentence the number, in the whole text, of the part's first sentence
     * @param last          {@code true} for the last part
     */
    public record Part(AnnotatedText text, int offset, int firstSentence, boolean last) {}

    /** The size of the parts {@link #annotate(String, Consumer)} cuts a long text into, in UTF-16 units. */
    public static final int PART_SIZE = 1 << 16;

    /**
     * Annotates a long text part by part, cutting it at line breaks into parts of about {@value #PART_SIZE}
     * characters, so that only one part's annotation is held at a time: a 50 MB novel is read in bounded memory.
     * Web clutter is looked for at the end of the last part only.
     *
     * <p>{@code parts} is called in the calling thread, one part after the other, in the text's order. A reader
     * with several threads annotates the next part while {@code parts} handles this one, so it holds two parts'
     * annotations at a time; the parts are the same as with one thread.
     *
     * <pre>{@code reader.annotate(novel, part -> render(part.text()));}</pre>
     */
    public void annotate(String text, Consumer<Part> parts) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(parts, "parts");
        List<int[]> cuts = TextParts.cuts(text, PART_SIZE);
        int sentences = 0;
        if (executor == null) {
            for (int[] cut : cuts) {
                boolean last = cut[1] == text.length();
                AnnotatedText part = annotator.annotate(text.substring(cut[0], cut[1]), last);
                parts.accept(new Part(part, cut[0], sentences, last));
                sentences += part.sentences().size();
            }
            return;
        }
        java.util.ArrayDeque<CompletableFuture<AnnotatedText>> ahead = new java.util.ArrayDeque<>();
        int submitted = 0;
        try {
            for (int i = 0; i < cuts.size(); i++) {
                // This part and the next are being annotated while the consumer works; no more, to bound memory.
                for (; submitted < cuts.size() && submitted <= i + 1; submitted++) {
                    int[] cut = cuts.get(submitted);
                    ahead.add(annotator.annotate(text.substring(cut[0], cut[1]), cut[1] == text.length(), executor));
                }
                AnnotatedText part = join(ahead.removeFirst());
                boolean last = i == cuts.size() - 1;
                parts.accept(new Part(part, cuts.get(i)[0], sentences, last));
                sentences += part.sentences().size();
            }
        } finally {
            ahead.forEach(f -> f.cancel(false));
        }
    }

    /** The result of a task, with the library's own exceptions thrown as they were thrown in the task. */
    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error error) throw error;
            throw e;
        }
    }

    /**
     * Looks a word up in the dictionary, by Chinese headword (simplified or traditional), by pinyin (with or
     * without tones and spaces: {@code yinhang}, {@code yin2 hang2}, {@code yínháng}) or by English
     * ({@code bank}), returning the entries' glosses, best first; empty when nothing matches. The kind of query is
     * detected (Chinese characters, then pinyin when it matches any reading, then English) or set with a prefix:
     * {@code zh:}, {@code py:}, {@code en:}.
     *
     * <pre>{@code reader.lookup("招安").get(0).senses()}</pre>
     *
     * @param query a word, pinyin or English
     * @param limit the most glosses to return
     */
    public List<Gloss> lookup(String query, int limit) {
        Objects.requireNonNull(query, "query");
        if (limit < 1) throw new IllegalArgumentException("limit " + limit + " < 1");
        return lookup.lookup(query, limit);
    }

    /**
     * How common a word is: its rank by frequency in the segmenter's word list (1 for the most frequent word), or
     * empty when the list lacks it. The rank a token of it has ({@link Token#rank()}).
     */
    public OptionalInt frequencyRank(String word) {
        Objects.requireNonNull(word, "word");
        return segmenter.frequencyRank(word);
    }

    /**
     * A word's HSK 2.0 level, 1 to 6, or empty when the official list lacks it; traditional characters are looked up
     * in simplified. The level a token of it has ({@link Token#hsk()}).
     */
    public OptionalInt hskLevel(String word) {
        Objects.requireNonNull(word, "word");
        return HskLevels.builtIn().of(toSimplified(word));
    }

    /**
     * The HSK 2.0 level a learner can read a word at: its own level when the official list has it, else the highest
     * level of the listed words it is made of (这个 is HSK 1: 这 and 个 are), else empty; traditional characters are
     * looked up in simplified. What level profiles use ({@code vocab.LevelProfile}); see {@link HskLevels#ofParts}.
     */
    public OptionalInt hskLevelByParts(String word) {
        Objects.requireNonNull(word, "word");
        return HskLevels.builtIn().ofParts(toSimplified(word));
    }

    /**
     * The characters of a word, one for each Han character in it, in order: the parts each is written with, its
     * radical with the radical's meaning, and its frequency rank. A traditional character has its own parts and
     * radical (國: 囗 + 或) and the rank of its simplified form (国). Characters other than Han are skipped; a Han
     * character the table lacks has no parts, radical or rank. The table loads on the first call.
     *
     * <pre>{@code
     * reader.characters("妈妈").get(0).radical();   // Optional[女 woman]
     * }</pre>
     *
     * @param word a word, or any text
     */
    public List<CharacterInfo> characters(String word) {
        Objects.requireNonNull(word, "word");
        return CharacterTable.builtIn().characters(word, annotator::toSimplified);
    }

    /** The version of zhreader this jar is, as the build wrote it ({@code 0.1.0}, or {@code 0.2.0-SNAPSHOT}). */
    public static String version() {
        return BuildInfo.get("zhreader.version");
    }

    /**
     * The data sources behind this reader, with their versions, sizes and licences, in a stable order for display:
     * the dictionary, each glossary, the segmenter, pinyin4j.
     */
    public List<DataSource> dataSources() {
        return DataSources.of(lexicon, segmenter);
    }

    /**
     * Options for a {@link ChineseReader}. Not thread-safe; the reader it builds is.
     */
    public static final class Builder {

        private Lexicon lexicon;
        private Segmenter segmenter;
        private int sentenceLimit = DEFAULT_SENTENCE_LIMIT;
        private final List<Path> glossaries = new ArrayList<>();
        private Set<String> known = Set.of();
        private int threads = 1;
        private Executor executor;

        private Builder() {}

        /**
         * Annotates long texts on {@code threads} threads of the reader's own (daemon threads, which end when idle;
         * nothing to shut down). Default 1: all work in the calling thread. Results are the same for any number.
         *
         * <pre>{@code ChineseReader.builder().threads(Runtime.getRuntime().availableProcessors()).build()}</pre>
         */
        public Builder threads(int threads) {
            if (threads < 1) throw new IllegalArgumentException("threads " + threads + " < 1");
            this.threads = threads;
            this.executor = null;
            return this;
        }

        /**
         * Annotates long texts on the caller's {@code executor}, which the reader never shuts down. Its tasks never
         * wait for each other, but {@code annotate} waits for them: do not call it from a task of a pool whose
         * threads may all be waiting so.
         */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            this.threads = 1;
            return this;
        }

        /** Uses another segmenter instead of HanLP. */
        public Builder segmenter(Segmenter segmenter) {
            this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
            return this;
        }

        /**
         * Adds a user glossary file (the glossary format, or its short forms: {@code 词 [ci2] meaning} lines or
         * tab-separated headword, pinyin and meaning). Its explanations win over the curated glossary's and
         * CC-CEDICT's; of several user glossaries, the first added that has a word explains it. The file is read
         * when the reader is built.
         */
        public Builder userGlossary(Path file) {
            this.glossaries.add(Objects.requireNonNull(file, "file"));
            return this;
        }

        /**
         * The words the reader already knows (simplified or traditional): tokens of these words are marked
         * {@link Token#known()}, so renderers can gloss only the others. See {@code vocab.KnownWords} for a store.
         */
        public Builder knownWords(java.util.Collection<String> words) {
            this.known = Set.copyOf(words);
            return this;
        }

        /** Uses another lexicon instead of the bundled one (user glossaries are then ignored). */
        public Builder lexicon(Lexicon lexicon) {
            this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
            return this;
        }

        /**
         * The longest sentence, in UTF-16 units, before text without sentence punctuation is cut (at a comma or
         * space where there is one). Default {@value ChineseReader#DEFAULT_SENTENCE_LIMIT}.
         */
        public Builder sentenceLimit(int limit) {
            if (limit < 16) throw new IllegalArgumentException("sentence limit " + limit + " < 16");
            this.sentenceLimit = limit;
            return this;
        }

        /** Builds the reader, loading the default data where no other was given. */
        public ChineseReader build() {
            return new ChineseReader(this);
        }
    }
}
