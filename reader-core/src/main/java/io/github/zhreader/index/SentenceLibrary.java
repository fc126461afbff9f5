package io.github.zhreader.index;

import io.github.zhreader.AnnotatedText;
import io.github.zhreader.ChineseReader;
import io.github.zhreader.Expression;
import io.github.zhreader.Gloss;
import io.github.zhreader.QueryKind;
import io.github.zhreader.Sentence;
import io.github.zhreader.Token;
import io.github.zhreader.ZhReaderException;
import io.github.zhreader.pinyin.notation.PinyinInput;
import io.github.zhreader.pinyin.notation.Syllables;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.QueryBuilder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A library of documents whose sentences can be found by Chinese, pinyin or English, on Lucene.
 *
 * <pre>{@code
 * try (SentenceLibrary lib = SentenceLibrary.open(Path.of("library"), reader)) {
 *     lib.add("scale-ai", "Scale AI 的内忧外患", text);
 *     List<SentenceHit> hits = lib.search("羊毛", 10);
 * }
 * }</pre>
 *
 * <p>Each sentence is a Lucene document with its document's id and title, its number and offsets, its text, and
 * the text analysed five ways: as the segmenter's words (exact word matches rank first), as character pairs and
 * single characters (so that any substring is found, whatever the segmentation), as pinyin with and without tones,
 * and as the English of its words' glosses (stemmed). Each document also has one record with its title and whole
 * text. Every change is committed before {@code add} and {@code remove} return; searches see it at once. Many
 * documents are added much faster in a {@link Batch} ({@link #batch}), annotated and indexed on several threads
 * and committed together.
 *
 * <p>Thread-safe: searches run in parallel with each other and with an {@code add}; adds and removes are written
 * one at a time, but the slow part of an add, annotating the text ({@link #prepare}), may run on several threads
 * at once. One process at a time may write a library on disk; a second gets a clear error.
 */
public final class SentenceLibrary implements AutoCloseable {

    /** What a search found: the mode it ran in, how many sentences match, and the hits asked for. */
    public record Results(String query, QueryKind mode, long total, List<SentenceHit> hits) {
        /** Copies the hits. */
        public Results {
            hits = List.copyOf(hits);
        }
    }

    /** What {@link #add} did: how many sentences it indexed, and another document with the same text, if any. */
    public record Added(int sentences, Optional<String> duplicateOf) {
    }

    private static final String TYPE = "type";
    private static final String DOC = "doc";
    private static final String TITLE = "title";
    private static final String TEXT = "text";
    private static final String NUMBER = "sentence";
    private static final String START = "start";
    private static final String END = "end";
    private static final String HASH = "hash";
    private static final String COUNT = "count";
    private static final String LENGTH = "length";
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

    private final ChineseReader reader;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final String name;
    /** Held while a change is written and committed, so that each commit holds whole changes. */
    private final Object writing = new Object();

    private SentenceLibrary(ChineseReader reader, Directory directory, String name) throws IOException {
        this.reader = reader;
        this.directory = directory;
        this.name = name;
        IndexWriterConfig config = new IndexWriterConfig(Analyzers.perField())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64)
                .setCommitOnClose(true);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, null);
    }

    /**
     * Opens the library in {@code folder}, creating it when it does not exist.
     *
     * @throws ZhReaderException with a one-line message when another process writes the library, or the folder
     *                           holds a damaged index, an index of a newer version, or something else
     */
    public static SentenceLibrary open(Path folder, ChineseReader reader) {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(reader, "reader");
        Directory directory = null;
        try {
            Files.createDirectories(folder);
            directory = FSDirectory.open(folder);
            return new SentenceLibrary(reader, directory, folder.toString());
        } catch (LockObtainFailedException e) {
            closeQuietly(directory);
            throw new ZhReaderException("library " + folder + " is being written by another zhreader process");
        } catch (IndexFormatTooNewException e) {
            closeQuietly(directory);
            throw new ZhReaderException("library " + folder + " was written by a newer zhreader; update zhreader to open it");
        } catch (CorruptIndexException | IndexFormatTooOldException e) {
            closeQuietly(directory);
            throw new ZhReaderException("library " + folder + " is damaged or not a zhreader library; "
                    + "see `zhreader library check`", e);
        } catch (IOException e) {
            closeQuietly(directory);
            throw new ZhReaderException("library " + folder + " cannot be opened (" + e.getMessage() + ")", e);
        }
    }

    /** A library on a Lucene directory of the caller's; {@code name} is used in messages. For tests of faults. */
    static SentenceLibrary open(Directory directory, ChineseReader reader, String name) throws IOException {
        return new SentenceLibrary(reader, directory, name);
    }

    /** A library in memory, for embedding and tests. */
    public static SentenceLibrary inMemory(ChineseReader reader) {
        try {
            return new SentenceLibrary(Objects.requireNonNull(reader, "reader"), new ByteBuffersDirectory(), "memory");
        } catch (IOException e) {
            throw new ZhReaderException("cannot create a library in memory", e);
        }
    }

    /**
     * Adds a document, replacing the one with the same id. The same text under two ids is allowed; the result
     * names the other id.
     */
    public Added add(String id, String title, String text) {
        return add(id, title, text, (done, total) -> {
        });
    }

    /** Told how far an {@code add} has got, in UTF-16 units of the text, after each part of a long text. */
    @FunctionalInterface
    public interface Progress {
        /** {@code done} of {@code total} units are annotated. */
        void at(long done, long total);
    }

    /** Like {@link #add(String, String, String)}, telling {@code progress} how far it has got. */
    public Added add(String id, String title, String text, Progress progress) {
        return add(prepare(id, title, text, progress));
    }

    /**
     * A document annotated and made into index entries, ready for {@link #add(Prepared)}. Holds the whole
     * document's entries; not thread-safe, but it may be handed to another thread.
     */
    public static final class Prepared {
        private final String id;
        private final String hash;
        private final List<Document> entries;
        private final int sentences;

        private Prepared(String id, String hash, List<Document> entries, int sentences) {
            this.id = id;
            this.hash = hash;
            this.entries = entries;
            this.sentences = sentences;
        }

        /** The document's id. */
        public String id() {
            return id;
        }

        /** How many sentences it will add. */
        public int sentences() {
            return sentences;
        }
    }

    /**
     * The slow half of {@link #add(String, String, String, Progress)}: annotates the text (on the reader's threads,
     * if it has several) and makes its index entries, without touching the library. Documents may be prepared on
     * other threads, ahead of the one being added, and are then added in the order wanted:
     *
     * <pre>{@code
     * CompletableFuture<Prepared> next = CompletableFuture.supplyAsync(() -> lib.prepare(id2, title2, text2, p));
     * lib.add(lib.prepare(id1, title1, text1, p));   // indexed and committed while the next is annotated
     * lib.add(next.join());
     * }</pre>
     */
    public Prepared prepare(String id, String title, String text, Progress progress) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(progress, "progress");
        if (id.isBlank()) throw new IllegalArgumentException("empty document id");
        List<Document> docs = new ArrayList<>();
        Document record = new Document();
        record.add(new StringField(TYPE, "document", Field.Store.NO));
        record.add(new StringField(DOC, id, Field.Store.YES));
        record.add(new StoredField(TITLE, title));
        record.add(new StoredField(TEXT, text));
        String hash = hash(text);
        record.add(new StringField(HASH, hash, Field.Store.YES));
        docs.add(record);
        int[] sentences = {0};
        reader.annotate(text, part -> {
            AnnotatedText doc = part.text();
            for (Sentence s : doc.sentences()) {
                if (doc.isClutter(s)) continue;
                docs.add(sentence(id, title, s, reader.toSimplified(s.text()), part.offset(), part.firstSentence(),
                        doc.expressions()));
                sentences[0]++;
            }
            progress.at(part.offset() + (long) doc.text().length(), text.length());
        });
        record.add(new StoredField(COUNT, sentences[0]));
        record.add(new StoredField(LENGTH, text.length()));
        return new Prepared(id, hash, docs, sentences[0]);
    }

    /**
     * Adds a prepared document, replacing the one with the same id, and commits it. The same text under two ids
     * is allowed; the result names the other id. Adds and removes from several threads are done one at a time.
     */
    public Added add(Prepared document) {
        Objects.requireNonNull(document, "document");
        synchronized (writing) {
            Optional<String> duplicate = findByHash(document.hash).filter(other -> !other.equals(document.id));
            try {
                writer.updateDocuments(new Term(DOC, document.id), document.entries);
                writer.commit();
                searchers.maybeRefresh();
            } catch (IOException e) {
                rollBackQuietly();
                throw new ZhReaderException("library " + name + ": cannot add " + document.id + " (" + e.getMessage()
                        + "); the library is as it was before", e);
            }
            return new Added(document.sentences, duplicate);
        }
    }

    /** A document for a {@link Batch}, with what to tell of its progress while it is annotated. */
    public record Source(String id, String title, String text, Progress progress) {
        /** Checks that nothing is null and the id is not blank. */
        public Source {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(progress, "progress");
            if (id.isBlank()) throw new IllegalArgumentException("empty document id");
        }

        /** A document without progress reports. */
        public Source(String id, String title, String text) {
            this(id, title, text, (done, total) -> {
            });
        }
    }

    /** Told of each document a {@link Batch} has indexed, in the order they were given, on the thread that adds. */
    @FunctionalInterface
    public interface Listener {
        /** {@code id} is indexed, and will be in the library at the batch's next commit. */
        void added(String id, Added added);
    }

    /** How often a batch commits while it runs, so that an interrupted batch loses at most this much work. */
    private static final long BATCH_COMMIT_NANOS = 60_000_000_000L;
    /** With several threads, documents are annotated and indexed in parts of about this many UTF-16 units. */
    private static final long PART_CHARS = 200_000;

    /**
     * Many documents added with one commit at the end (and one a minute while it runs), annotated and indexed on
     * {@code threads} threads; see {@link Batch}.
     *
     * @param threads  how many threads annotate and index; with 1 the documents are annotated and indexed on the
     *                 calling thread, one after another
     * @param listener told of each document indexed
     */
    public Batch batch(int threads, Listener listener) {
        if (threads < 1) throw new IllegalArgumentException("threads " + threads + " < 1");
        return new Batch(threads, Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Adds many documents, much faster than one {@link #add(String, String, String)} at a time: each of those
     * commits, which writes a small segment to disk and syncs it, while a batch commits once at {@link #close}
     * (or {@link #commit}, and by itself once a minute). The library is the one that adding the documents one by
     * one, in the order given, would make: a document replaces the one with its id, a text already in the library
     * or earlier in the batch is reported as a duplicate, and a document's sentences are in the index in order.
     *
     * <p>With several threads, consecutive documents are taken in parts of about 200,000 characters; each part is
     * annotated and indexed into a segment of its own in memory on one of the batch's threads, and the calling
     * thread adds the parts' segments to the library in order, as they are ready.
     *
     * <p>What is not committed is not in the library: if the process dies, the library is as it was at the last
     * commit. If annotating a document fails, the documents before it are committed and the exception is thrown
     * from {@code add}, {@code commit} or {@code close}; the batch then takes no more. If the library cannot be
     * written, nothing since the last commit is kept and the library must be opened again.
     *
     * <p>Not thread-safe: one thread adds. Searches on other threads see the documents once they are committed; an
     * {@code add} or {@code remove} on another thread meanwhile commits the documents the batch has indexed.
     */
    public final class Batch implements AutoCloseable {
        private final Listener listener;
        private final int threads;
        private final java.util.concurrent.ExecutorService pool;
        private final java.util.ArrayDeque<java.util.concurrent.Future<Part>> pending = new java.util.ArrayDeque<>();
        private List<Source> part = new ArrayList<>();
        private long partChars;
        /** The documents indexed since the last commit, by the hash of their text, earliest first. */
        private final java.util.Map<String, java.util.LinkedHashSet<String>> uncommittedByHash = new java.util.HashMap<>();
        /** The hash of each document indexed since the last commit. */
        private final java.util.Map<String, String> uncommittedHashes = new java.util.HashMap<>();
        private long lastCommit = System.nanoTime();
        private RuntimeException failure;
        private boolean closed;

        private Batch(int threads, Listener listener) {
            this.threads = threads;
            this.listener = listener;
            this.pool = threads == 1 ? null : java.util.concurrent.Executors.newFixedThreadPool(threads, task -> {
                Thread t = new Thread(task, "zhreader-library-batch");
                t.setDaemon(true);
                return t;
            });
        }

        /** Adds a document without progress reports; see {@link #add(Source)}. */
        public void add(String id, String title, String text) {
            add(new Source(id, title, text));
        }

        /**
         * Adds a document. With one thread it is annotated and indexed before this returns; with several, it is
         * queued, up to two parts per thread are annotated ahead, and this call adds the earlier parts to the
         * library as they are ready.
         *
         * @throws RuntimeException what annotating an earlier document threw, once the documents before that one
         *                          are committed
         */
        public void add(Source source) {
            Objects.requireNonNull(source, "source");
            open();
            if (pool == null) {
                Prepared prepared;
                try {
                    prepared = prepare(source.id(), source.title(), source.text(), source.progress());
                } catch (RuntimeException e) {
                    fail(e);
                    return;
                }
                synchronized (writing) {
                    try {
                        writer.updateDocuments(new Term(DOC, prepared.id), prepared.entries);
                    } catch (IOException | RuntimeException e) {
                        throw cannotWrite("add " + prepared.id, e);
                    }
                    indexed(List.of(prepared));
                }
            } else {
                part.add(source);
                partChars += source.text().length();
                if (partChars >= PART_CHARS) submitPart();
            }
            if (System.nanoTime() - lastCommit > BATCH_COMMIT_NANOS) commitIndexed();
        }

        /** Indexes every document added so far and commits them. */
        public void commit() {
            open();
            submitPart();
            while (!pending.isEmpty()) addNext();
            commitIndexed();
        }

        /** Commits the documents added, unless the batch failed, and stops its threads. */
        @Override
        public void close() {
            if (closed) return;
            try {
                if (failure == null) commit();
            } finally {
                closed = true;
                if (pool != null) pool.shutdownNow();
            }
        }

        private void open() {
            if (failure != null) throw failure;
            if (closed) throw new IllegalStateException("the batch is closed");
        }

        private void submitPart() {
            if (part.isEmpty()) return;
            List<Source> sources = part;
            part = new ArrayList<>();
            partChars = 0;
            pending.add(pool.submit(() -> Part.of(SentenceLibrary.this, sources)));
            while (pending.size() > 2 * threads) addNext();
        }

        /** Adds the oldest part's segment to the library. */
        private void addNext() {
            Part next;
            try {
                next = pending.poll().get();
            } catch (java.util.concurrent.ExecutionException e) {
                fail(e.getCause() instanceof RuntimeException r ? r : new ZhReaderException("library " + name
                        + ": cannot add a document (" + e.getCause() + ")", e.getCause()));
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail(new ZhReaderException("library " + name + ": adding was interrupted", e));
                return;
            }
            synchronized (writing) {
                try {
                    if (!next.documents.isEmpty()) {
                        // Earlier versions of the part's documents go; the part's own are added after.
                        Term[] ids = next.documents.stream().map(d -> new Term(DOC, d.id)).toArray(Term[]::new);
                        writer.deleteDocuments(ids);
                        writer.addIndexes(next.segment);
                    }
                } catch (IOException | RuntimeException e) {
                    throw cannotWrite("add " + next.documents.stream().map(d -> d.id)
                            .collect(java.util.stream.Collectors.joining(", ")), e);
                }
                indexed(next.documents);
            }
            if (next.failure != null) fail(next.failure);
        }

        /** Finds each document's duplicate, in order, tells the listener, and remembers the documents. */
        private void indexed(List<Prepared> documents) {
            for (Prepared document : documents) {
                Optional<String> duplicate = duplicateOf(document);
                String before = uncommittedHashes.put(document.id, document.hash);
                if (before != null) uncommittedByHash.get(before).remove(document.id);
                uncommittedByHash.computeIfAbsent(document.hash, h -> new java.util.LinkedHashSet<>()).add(document.id);
                listener.added(document.id, new Added(document.sentences, duplicate));
            }
        }

        /** Commits what was indexed before the failing document, and fails the batch. */
        private void fail(RuntimeException cause) {
            failure = cause;
            for (java.util.concurrent.Future<Part> f : pending) f.cancel(true);
            pending.clear();
            part.clear();
            try {
                commitIndexed();
            } catch (RuntimeException e) {
                cause.addSuppressed(e);
            }
            throw cause;
        }

        private ZhReaderException cannotWrite(String what, Exception e) {
            failure = new ZhReaderException("library " + name + ": cannot " + what + " (" + e.getMessage()
                    + "); the library is as it was at its last commit", e);
            rollBackQuietly();
            return (ZhReaderException) failure;
        }

        /** Another document with the same text: committed and not replaced since, or indexed earlier in the batch. */
        private Optional<String> duplicateOf(Prepared document) {
            Optional<String> committed = withSearcher(searcher -> {
                TopDocs top = searcher.search(new TermQuery(new Term(HASH, document.hash)), 100);
                StoredFields stored = searcher.storedFields();
                for (ScoreDoc sd : top.scoreDocs) {
                    String other = stored.document(sd.doc, java.util.Set.of(DOC)).get(DOC);
                    if (!other.equals(document.id) && !uncommittedHashes.containsKey(other)) return Optional.of(other);
                }
                return Optional.empty();
            });
            if (committed.isPresent()) return committed;
            return uncommittedByHash.getOrDefault(document.hash, new java.util.LinkedHashSet<>()).stream()
                    .filter(other -> !other.equals(document.id)).findFirst();
        }

        private void commitIndexed() {
            synchronized (writing) {
                try {
                    writer.commit();
                    searchers.maybeRefresh();
                } catch (IOException | RuntimeException e) {
                    throw cannotWrite("commit", e);
                }
                uncommittedByHash.clear();
                uncommittedHashes.clear();
                lastCommit = System.nanoTime();
            }
        }
    }

    /**
     * Consecutive documents of a batch annotated and indexed into a segment in memory, ready to be added to the
     * library: the documents (without their entries) in order, and what stopped the part early, if anything.
     */
    private record Part(Directory segment, List<Prepared> documents, RuntimeException failure) {

        static Part of(SentenceLibrary library, List<Source> sources) throws IOException {
            Directory segment = new ByteBuffersDirectory();
            List<Prepared> documents = new ArrayList<>();
            IndexWriterConfig config = new IndexWriterConfig(Analyzers.perField())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(1024)
                    .setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE)
                    .setUseCompoundFile(false)
                    .setCommitOnClose(true);
            RuntimeException failure = null;
            try (IndexWriter part = new IndexWriter(segment, config)) {
                for (Source s : sources) {
                    Prepared p;
                    try {
                        p = library.prepare(s.id(), s.title(), s.text(), s.progress());
                    } catch (RuntimeException e) {
                        failure = e;
                        break;
                    }
                    part.updateDocuments(new Term(DOC, p.id), p.entries);
                    documents.add(new Prepared(p.id, p.hash, List.of(), p.sentences));
                }
            }
            return new Part(segment, documents, failure);
        }
    }

    /** The index entry of one sentence; {@code simplified} is its text in simplified characters. */
    private static Document sentence(String id, String title, Sentence s, String simplified, int offset,
                                     int firstSentence, List<Expression> expressions) {
        Document d = new Document();
        d.add(new StringField(TYPE, "sentence", Field.Store.NO));
        d.add(new StringField(DOC, id, Field.Store.YES));
        d.add(new StoredField(TITLE, title));
        d.add(new IntPoint(NUMBER, s.index() + firstSentence));
        d.add(new StoredField(NUMBER, s.index() + firstSentence));
        d.add(new StoredField(START, s.start() + offset));
        d.add(new StoredField(END, s.end() + offset));
        d.add(new StoredField(TEXT, s.text()));
        // The analysed forms are indexed, not stored: an export makes them again from the document's text.
        Forms forms = Forms.of(s, simplified, expressions);
        d.add(new TextField(Analyzers.PHRASES, forms.phrases, Field.Store.NO));
        d.add(new TextField(Analyzers.WORDS, forms.words, Field.Store.NO));
        // Chinese is indexed in simplified characters (a query is folded the same way), so 总统 finds 總統.
        d.add(new TextField(Analyzers.BIGRAMS, simplified, Field.Store.NO));
        d.add(new TextField(Analyzers.CHARACTERS, simplified, Field.Store.NO));
        d.add(new TextField(Analyzers.PINYIN, forms.pinyin, Field.Store.NO));
        d.add(new TextField(Analyzers.PINYIN_TONES, forms.tones, Field.Store.NO));
        List<GlossTerms.Piece> english = new ArrayList<>(forms.glosses.size());
        for (Gloss g : forms.glosses) english.add(GlossTerms.of(g));
        d.add(new TextField(Analyzers.ENGLISH, GlossTerms.stream(english)));
        return d;
    }

    /**
     * The analysed fields of a sentence as text: the segmenter's words, the pinyin with and without tones (then
     * each phrase's reading), the phrases, and the glosses whose text is the {@code english} field.
     */
    private record Forms(String words, String pinyin, String tones, String phrases, List<Gloss> glosses) {

        static Forms of(Sentence s, String simplified, List<Expression> expressions) {
            StringBuilder words = new StringBuilder();
            StringBuilder pinyin = new StringBuilder();
            StringBuilder tones = new StringBuilder();
            List<Gloss> glosses = new ArrayList<>();
            for (Token t : s.tokens()) {
                if (t.type() == io.github.zhreader.TokenType.PUNCTUATION) continue;
                words.append(simplified.substring(t.start() - s.start(), t.end() - s.start()).toLowerCase(Locale.ROOT))
                        .append(' ');
                for (String syllable : t.syllables()) {
                    pinyin.append(Syllables.toneless(syllable)).append(' ');
                    tones.append(syllable).append(' ');
                }
                glosses.addAll(shownGlosses(t));
            }
            StringBuilder phrases = new StringBuilder();
            for (Expression e : expressions) {
                if (e.sentence() != s.index()) continue;
                // A phrase with words inside (薅了羊毛) is found by its own form and reading too.
                phrases.append(e.headword()).append(' ');
                pinyin.append("| ");
                tones.append("| ");
                for (String syllable : e.gloss().pinyin().toLowerCase(Locale.ROOT).split(" ")) {
                    pinyin.append(Syllables.toneless(syllable)).append(' ');
                    tones.append(syllable).append(' ');
                }
                glosses.add(e.gloss());
            }
            return new Forms(words.toString(), pinyin.toString(), tones.toString(), phrases.toString(), glosses);
        }

        /**
         * The glosses a reader sees for the word (the glossary's and the dictionary's first three entries), leaving
         * out dictionary entries of another reading than the text's: 的 read de is not found by 的士's "taxi", nor
         * 还 read hai by "to give back". Tones are not compared (不 has bu2 before a fourth tone in some
         * dictionaries). When no entry has the reading, the first is kept.
         */
        private static List<Gloss> shownGlosses(Token t) {
            List<Gloss> shown = t.glosses().subList(0, Math.min(3, t.glosses().size()));
            String reading = toneless(String.join("", t.syllables()));
            List<Gloss> kept = new ArrayList<>(shown.size());
            for (Gloss g : shown) {
                if (g.source() != io.github.zhreader.GlossSource.CEDICT || toneless(g.pinyin()).equals(reading)) kept.add(g);
            }
            if (kept.isEmpty() && !shown.isEmpty()) kept.add(shown.get(0));
            return kept;
        }

        /** Numbered or marked pinyin as lower-case letters alone: {@code "Bei3 jing1"} is {@code "beijing"}. */
        private static String toneless(String pinyin) {
            StringBuilder letters = new StringBuilder(pinyin.length());
            String lower = pinyin.toLowerCase(Locale.ROOT).replace("u:", "v").replace('ü', 'v');
            for (int i = 0; i < lower.length(); i++) {
                char c = lower.charAt(i);
                if (c >= 'a' && c <= 'z') letters.append(c);
            }
            return letters.toString();
        }

        /** The text of the {@code english} field. */
        String english() {
            StringBuilder english = new StringBuilder();
            for (Gloss g : glosses) GlossTerms.text(g, english);
            return english.toString();
        }
    }

    /** Removes a document; {@code true} when it was there. */
    public boolean remove(String id) {
        synchronized (writing) {
            boolean there = withSearcher(searcher -> searcher.count(documentRecord(id)) > 0);
            try {
                writer.deleteDocuments(new Term(DOC, id));
                writer.commit();
                searchers.maybeRefresh();
            } catch (IOException e) {
                rollBackQuietly();
                throw new ZhReaderException("library " + name + ": cannot remove " + id + " (" + e.getMessage() + ")", e);
            }
            return there;
        }
    }

    /** The documents, in order of id. */
    public List<LibraryDocument> documents() {
        List<LibraryDocument> result = new ArrayList<>();
        withSearcher(searcher -> {
            TopDocs top = searcher.search(new TermQuery(new Term(TYPE, "document")), Integer.MAX_VALUE / 2, Sort.INDEXORDER);
            StoredFields stored = searcher.storedFields();
            // The whole texts stay on disk: a document's record is read without them.
            java.util.Set<String> fields = java.util.Set.of(DOC, TITLE, COUNT, LENGTH);
            for (ScoreDoc sd : top.scoreDocs) {
                Document d = stored.document(sd.doc, fields);
                result.add(new LibraryDocument(d.get(DOC), d.get(TITLE), d.getField(COUNT).numericValue().intValue(),
                        d.getField(LENGTH).numericValue().intValue()));
            }
            return null;
        });
        result.sort(java.util.Comparator.comparing(LibraryDocument::id));
        return result;
    }

    /** The original text of a document. */
    public Optional<String> text(String id) {
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(documentRecord(id), 1);
            if (top.scoreDocs.length == 0) return Optional.empty();
            return Optional.of(searcher.storedFields().document(top.scoreDocs[0].doc).get(TEXT));
        });
    }

    private Optional<String> findByHash(String hash) {
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(new TermQuery(new Term(HASH, hash)), 1);
            if (top.scoreDocs.length == 0) return Optional.empty();
            return Optional.of(searcher.storedFields().document(top.scoreDocs[0].doc).get(DOC));
        });
    }

    private static Query documentRecord(String id) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(TYPE, "document")), Occur.FILTER)
                .add(new TermQuery(new Term(DOC, id)), Occur.FILTER)
                .build();
    }

    /** The best {@code limit} sentences for a query; see {@link #search(String, int, int, String)}. */
    public List<SentenceHit> search(String query, int limit) {
        return search(query, limit, 0, null).hits();
    }

    /**
     * Searches the library. The query is Chinese (words or any substring; several terms separated by spaces must
     * all occur), pinyin (with or without tones and spaces: {@code hao yang mao}, {@code haoyangmao},
     * {@code hāo yáng máo}) or English (words, or a {@code "quoted phrase"}), found from the query or set with
     * {@code zh:}, {@code py:}, {@code en:}. Sentences where the query is a whole word rank above those where it
     * is only part of a word.
     *
     * @param limit    the most hits to return
     * @param offset   how many of the best to skip (for paging)
     * @param document only this document's sentences, or null for all
     */
    public Results search(String query, int limit, int offset, String document) {
        Objects.requireNonNull(query, "query");
        if (limit < 1) throw new IllegalArgumentException("limit " + limit + " < 1");
        if (offset < 0) throw new IllegalArgumentException("offset " + offset + " < 0");
        QueryKind.Parsed parsed = QueryKind.parse(query);
        String q = parsed.text();
        QueryKind mode = parsed.kind();
        Query match = switch (mode) {
            case CHINESE -> chinese(q);
            case PINYIN -> pinyin(q);
            case ENGLISH -> english(q);
        };
        BooleanQuery.Builder full = new BooleanQuery.Builder()
                .add(match, Occur.MUST)
                .add(new TermQuery(new Term(TYPE, "sentence")), Occur.FILTER);
        if (document != null) full.add(new TermQuery(new Term(DOC, document)), Occur.FILTER);
        QueryKind m = mode;
        String text = q;
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(full.build(), offset + limit);
            StoredFields stored = searcher.storedFields();
            List<SentenceHit> hits = new ArrayList<>();
            for (int i = offset; i < top.scoreDocs.length; i++) {
                Document d = stored.document(top.scoreDocs[i].doc);
                String sentence = d.get(TEXT);
                hits.add(new SentenceHit(d.get(DOC), d.get(TITLE), d.getField(NUMBER).numericValue().intValue(),
                        d.getField(START).numericValue().intValue(), d.getField(END).numericValue().intValue(),
                        sentence, Highlighter.highlight(reader, sentence, m, text), top.scoreDocs[i].score));
            }
            return new Results(query, m, top.totalHits.value, hits);
        });
    }

    private Query chinese(String q) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        List<String> terms = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(q);
        while (quoted.find()) terms.add(quoted.group(1).strip());
        for (String part : QUOTED.matcher(q).replaceAll(" ").split("\\s+")) {
            if (!part.isBlank()) terms.add(part);
        }
        if (terms.isEmpty()) return new MatchNoDocsQuery();
        for (String written : terms) {
            // Folded to simplified characters as the index is: 總統 and 总统 find each other.
            String term = reader.toSimplified(written);
            Query substring = term.codePointCount(0, term.length()) == 1
                    ? new QueryBuilder(Analyzers.characters()).createBooleanQuery(Analyzers.CHARACTERS, term)
                    : new QueryBuilder(Analyzers.bigrams()).createPhraseQuery(Analyzers.BIGRAMS, term);
            if (substring == null) continue;
            // The term occurs as written, or as a phrase with words inside (薅羊毛 in 薅了羊毛).
            Query occurs = new BooleanQuery.Builder()
                    .add(substring, Occur.SHOULD)
                    .add(new TermQuery(new Term(Analyzers.PHRASES, term.toLowerCase(Locale.ROOT))), Occur.SHOULD)
                    .build();
            BooleanQuery.Builder one = new BooleanQuery.Builder().add(occurs, Occur.MUST);
            List<String> words = reader.annotate(term).tokens()
                    .filter(t -> t.type() != io.github.zhreader.TokenType.PUNCTUATION)
                    .map(t -> t.text().toLowerCase(Locale.ROOT)).toList();
            if (!words.isEmpty()) {
                one.add(new BoostQuery(new PhraseQuery(Analyzers.WORDS, words.toArray(new String[0])), 4f), Occur.SHOULD);
            }
            all.add(one.build(), Occur.MUST);
        }
        return all.build();
    }

    private static Query pinyin(String q) {
        Optional<String> compact = PinyinInput.compact(q.replace("\"", ""));
        Optional<List<String>> syllables = compact.flatMap(PinyinInput::split);
        if (syllables.isEmpty()) return new MatchNoDocsQuery();
        boolean tones = PinyinInput.hasTones(compact.get());
        List<String> terms = syllables.get().stream()
                .map(s -> tones ? (Character.isDigit(s.charAt(s.length() - 1)) ? s : s + "5") : Syllables.toneless(s))
                .toList();
        return new PhraseQuery(tones ? Analyzers.PINYIN_TONES : Analyzers.PINYIN, terms.toArray(new String[0]));
    }

    private static Query english(String q) {
        QueryBuilder builder = new QueryBuilder(new EnglishAnalyzer());
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        Matcher quoted = QUOTED.matcher(q);
        boolean any = false;
        while (quoted.find()) {
            Query phrase = builder.createPhraseQuery(Analyzers.ENGLISH, quoted.group(1));
            if (phrase != null) {
                all.add(phrase, Occur.MUST);
                any = true;
            }
        }
        String rest = QUOTED.matcher(q).replaceAll(" ").strip();
        if (!rest.isEmpty()) {
            Query words = builder.createBooleanQuery(Analyzers.ENGLISH, rest, Occur.MUST);
            if (words != null) {
                all.add(words, Occur.MUST);
                Query phrase = builder.createPhraseQuery(Analyzers.ENGLISH, rest);
                if (phrase != null) all.add(new BoostQuery(phrase, 2f), Occur.SHOULD);
                any = true;
            }
        }
        return any ? all.build() : new MatchNoDocsQuery();
    }

    /**
     * Writes every sentence as newline-delimited JSON for the bulk API of OpenSearch or Elasticsearch: an action
     * line, then the sentence's source with the same fields this index has ({@code doc}, {@code title},
     * {@code sentence}, {@code start}, {@code end}, {@code text}, and the analysed forms {@code words},
     * {@code pinyin}, {@code pinyin_tones}, {@code english}, {@code phrases}). Sentences are numbered from 1 in
     * {@code sentence} and in the {@code _id} ({@code doc#1}), as the command line shows them and {@code read --at}
     * takes them; {@link SentenceHit#sentence()} counts from 0.
     *
     * @param index the name of the target index
     * @return how many sentences were written
     */
    public int exportNdjson(String index, Appendable out) {
        com.fasterxml.jackson.core.JsonFactory factory = new com.fasterxml.jackson.core.JsonFactory();
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(new TermQuery(new Term(TYPE, "sentence")), Integer.MAX_VALUE / 2, Sort.INDEXORDER);
            StoredFields stored = searcher.storedFields();
            DocumentForms made = new DocumentForms();
            int n = 0;
            for (ScoreDoc sd : top.scoreDocs) {
                Document d = stored.document(sd.doc);
                String id = d.get(DOC);
                int number = d.getField(NUMBER).numericValue().intValue();
                java.io.StringWriter line = new java.io.StringWriter();
                try (com.fasterxml.jackson.core.JsonGenerator g = factory.createGenerator(line)) {
                    g.writeStartObject();
                    g.writeObjectFieldStart("index");
                    g.writeStringField("_index", index);
                    g.writeStringField("_id", id + "#" + (number + 1));
                    g.writeEndObject();
                    g.writeEndObject();
                }
                line.write('\n');
                try (com.fasterxml.jackson.core.JsonGenerator g = factory.createGenerator(line)) {
                    g.writeStartObject();
                    g.writeStringField("doc", id);
                    g.writeStringField("title", d.get(TITLE));
                    g.writeNumberField("sentence", number + 1);
                    g.writeNumberField("start", d.getField(START).numericValue().intValue());
                    g.writeNumberField("end", d.getField(END).numericValue().intValue());
                    g.writeStringField("text", d.get(TEXT));
                    if (d.get(Analyzers.WORDS) != null) {
                        // Libraries written by earlier versions have the analysed forms stored.
                        for (String field : List.of(Analyzers.WORDS, Analyzers.PINYIN, Analyzers.PINYIN_TONES,
                                Analyzers.ENGLISH, Analyzers.PHRASES)) {
                            g.writeStringField(field, d.get(field));
                        }
                    } else {
                        Forms forms = made.of(searcher, id).get(number);
                        if (forms == null) {
                            throw new ZhReaderException("library " + name + ": sentence " + number + " of " + id
                                    + " is not in its document's text; see `zhreader library check`");
                        }
                        g.writeStringField(Analyzers.WORDS, forms.words());
                        g.writeStringField(Analyzers.PINYIN, forms.pinyin());
                        g.writeStringField(Analyzers.PINYIN_TONES, forms.tones());
                        g.writeStringField(Analyzers.ENGLISH, forms.english());
                        g.writeStringField(Analyzers.PHRASES, forms.phrases());
                    }
                    g.writeEndObject();
                }
                line.write('\n');
                out.append(line.toString());
                n++;
            }
            return n;
        });
    }

    /**
     * The analysed forms of the sentences of one document at a time, made again from its text as {@link #prepare}
     * made them: a document's sentences are next to each other in the index, so one document is kept.
     */
    private final class DocumentForms {
        private String id;
        private java.util.Map<Integer, Forms> forms = java.util.Map.of();

        java.util.Map<Integer, Forms> of(IndexSearcher searcher, String doc) throws IOException {
            if (doc.equals(id)) return forms;
            java.util.Map<Integer, Forms> made = new java.util.HashMap<>();
            TopDocs top = searcher.search(documentRecord(doc), 1);
            if (top.scoreDocs.length > 0) {
                String text = searcher.storedFields().document(top.scoreDocs[0].doc).get(TEXT);
                reader.annotate(text, part -> {
                    AnnotatedText annotated = part.text();
                    for (Sentence s : annotated.sentences()) {
                        if (annotated.isClutter(s)) continue;
                        made.put(s.index() + part.firstSentence(),
                                Forms.of(s, reader.toSimplified(s.text()), annotated.expressions()));
                    }
                });
            }
            id = doc;
            forms = made;
            return made;
        }
    }

    /**
     * The title and text of a document of the library in {@code folder}, read without taking the library's write
     * lock (another process may be adding to it); empty when there is no such library or document.
     */
    public static Optional<StoredDocument> readDocument(Path folder, String id) {
        if (!Files.isDirectory(folder)) return Optional.empty();
        try (Directory directory = FSDirectory.open(folder)) {
            if (!DirectoryReader.indexExists(directory)) return Optional.empty();
            try (DirectoryReader r = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(r);
                TopDocs top = searcher.search(documentRecord(id), 1);
                if (top.scoreDocs.length == 0) return Optional.empty();
                Document d = searcher.storedFields().document(top.scoreDocs[0].doc);
                return Optional.of(new StoredDocument(id, d.get(TITLE), d.get(TEXT)));
            }
        } catch (IOException e) {
            throw new ZhReaderException("library " + folder + " cannot be read (" + e.getMessage()
                    + "); see `zhreader library check`", e);
        }
    }

    /**
     * Checks a library folder with Lucene's CheckIndex; the library must not be open for writing.
     *
     * @return the verdict, with the counts of a healthy library ({@link LibraryHealth#verdict()} says it in a line)
     */
    public static LibraryHealth check(Path folder) {
        if (!Files.isDirectory(folder)) return new LibraryHealth(LibraryHealth.State.ABSENT, folder, 0, 0, "");
        try (Directory directory = FSDirectory.open(folder);
             org.apache.lucene.index.CheckIndex checker = new org.apache.lucene.index.CheckIndex(directory)) {
            org.apache.lucene.index.CheckIndex.Status status = checker.checkIndex();
            if (status.missingSegments) return new LibraryHealth(LibraryHealth.State.ABSENT, folder, 0, 0, "");
            if (!status.clean) {
                return new LibraryHealth(LibraryHealth.State.DAMAGED, folder, 0, 0,
                        status.totLoseDocCount + " entries cannot be read; the index needs repair");
            }
            try (DirectoryReader r = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(r);
                int documents = searcher.count(new TermQuery(new Term(TYPE, "document")));
                int sentences = searcher.count(new TermQuery(new Term(TYPE, "sentence")));
                return new LibraryHealth(LibraryHealth.State.HEALTHY, folder, documents, sentences, "");
            }
        } catch (LockObtainFailedException e) {
            return new LibraryHealth(LibraryHealth.State.BUSY, folder, 0, 0, "");
        } catch (IOException e) {
            return new LibraryHealth(LibraryHealth.State.DAMAGED, folder, 0, 0,
                    "not a zhreader library: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new ZhReaderException("library " + name + ": cannot be closed cleanly (" + e.getMessage() + ")", e);
        }
    }

    /** Work with a current searcher. */
    private interface SearchWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearchWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.run(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new ZhReaderException("library " + name + ": cannot be searched (" + e.getMessage() + ")", e);
        }
    }

    private void rollBackQuietly() {
        try {
            writer.rollback();
        } catch (IOException | RuntimeException ignored) {
            // the commit point on disk is untouched either way
        }
    }

    private static void closeQuietly(Directory directory) {
        if (directory == null) return;
        try {
            directory.close();
        } catch (IOException ignored) {
            // nothing more to release
        }
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
