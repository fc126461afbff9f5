package io.github.zhreader.index;

import io.github.zhreader.ChineseReader;
import io.github.zhreader.QueryKind;
import io.github.zhreader.ZhReaderException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

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
 * documents are added much faster in a {@link LibraryBatch} ({@link #batch}), annotated and indexed on several threads
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
    public record Added(int sentences, Optional<String> duplicateOf) {}

    private final ChineseReader reader;
    private final LibraryWriter store;

    private SentenceLibrary(ChineseReader reader, Directory directory, String name) throws IOException {
        this.reader = reader;
        this.store = new LibraryWriter(directory, name);
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
            throw new ZhReaderException(
                    "library " + folder + " was written by a newer zhreader; update zhreader to open it");
        } catch (CorruptIndexException | IndexFormatTooOldException e) {
            closeQuietly(directory);
            throw new ZhReaderException(
                    "library " + folder + " is damaged or not a zhreader library; " + "see `zhreader library check`",
                    e);
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
        return add(id, title, text, (done, total) -> {});
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

        /** The hash of its text, which finds its duplicates. */
        String hash() {
            return hash;
        }

        /** Its record and its sentences' entries. */
        List<Document> entries() {
            return entries;
        }

        /** The same document without its entries, once they are in an index. */
        Prepared withoutEntries() {
            return new Prepared(id, hash, List.of(), sentences);
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
        String hash = LibrarySchema.hash(text);
        Document record = LibrarySchema.documentRecord(id, title, text, hash);
        docs.add(record);
        int[] sentences = {0};
        Map<String, Integer> vocabulary = new LinkedHashMap<>();
        IndexedSentence.each(
                reader,
                text,
                (s, simplified, offset, first, expressions) -> {
                    SentenceForms forms = SentenceForms.of(s, simplified, expressions);
                    docs.add(LibrarySchema.sentence(id, title, s, simplified, offset, first, forms));
                    for (String word : LibrarySchema.words(forms.vocabulary())) vocabulary.merge(word, 1, Integer::sum);
                    sentences[0]++;
                },
                progress);
        LibrarySchema.counted(record, sentences[0], text.length(), vocabulary, System.currentTimeMillis());
        return new Prepared(id, hash, docs, sentences[0]);
    }

    /**
     * Adds a prepared document, replacing the one with the same id, and commits it. The same text under two ids
     * is allowed; the result names the other id. Adds and removes from several threads are done one at a time.
     */
    public Added add(Prepared document) {
        Objects.requireNonNull(document, "document");
        synchronized (store.lock) {
            Optional<String> duplicate = findByHash(document.hash).filter(other -> !other.equals(document.id));
            try {
                store.replace(LibrarySchema.document(document.id), document.entries);
                store.commit();
            } catch (IOException e) {
                store.rollBackQuietly();
                throw new ZhReaderException(
                        "library " + store.name + ": cannot add " + document.id + " (" + e.getMessage()
                                + "); the library is as it was before",
                        e);
            }
            return new Added(document.sentences, duplicate);
        }
    }

    /** A document for a {@link LibraryBatch}, with what to tell of its progress while it is annotated. */
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
            this(id, title, text, (done, total) -> {});
        }
    }

    /** Told of each document a {@link LibraryBatch} has indexed, in the order they were given, on the thread that adds. */
    @FunctionalInterface
    public interface Listener {
        /** {@code id} is indexed, and will be in the library at the batch's next commit. */
        void added(String id, Added added);
    }

    /**
     * Many documents added with one commit at the end (and one a minute while it runs), annotated and indexed on
     * {@code threads} threads; see {@link LibraryBatch}.
     *
     * @param threads  how many threads annotate and index; with 1 the documents are annotated and indexed on the
     *                 calling thread, one after another
     * @param listener told of each document indexed
     */
    public LibraryBatch batch(int threads, Listener listener) {
        if (threads < 1) throw new IllegalArgumentException("threads " + threads + " < 1");
        return new LibraryBatch(this, store, threads, Objects.requireNonNull(listener, "listener"));
    }

    /** Removes a document; {@code true} when it was there. */
    public boolean remove(String id) {
        synchronized (store.lock) {
            boolean there = store.withSearcher(searcher -> searcher.count(LibrarySchema.documentRecord(id)) > 0);
            try {
                store.delete(LibrarySchema.document(id));
                store.commit();
            } catch (IOException e) {
                store.rollBackQuietly();
                throw new ZhReaderException(
                        "library " + store.name + ": cannot remove " + id + " (" + e.getMessage() + ")", e);
            }
            return there;
        }
    }

    /** The documents, in order of id. */
    public List<LibraryDocument> documents() {
        List<LibraryDocument> result = new ArrayList<>();
        store.withSearcher(searcher -> {
            TopDocs top = searcher.search(
                    LibrarySchema.entries(LibrarySchema.DOCUMENT_ENTRY), Integer.MAX_VALUE / 2, Sort.INDEXORDER);
            StoredFields stored = searcher.storedFields();
            // The whole texts stay on disk: a document's record is read without them.
            Set<String> fields = Set.of(
                    LibrarySchema.DOC,
                    LibrarySchema.TITLE,
                    LibrarySchema.COUNT,
                    LibrarySchema.LENGTH,
                    LibrarySchema.HASH,
                    LibrarySchema.ADDED);
            for (ScoreDoc sd : top.scoreDocs) {
                Document d = stored.document(sd.doc, fields);
                IndexableField added = d.getField(LibrarySchema.ADDED);
                result.add(new LibraryDocument(
                        d.get(LibrarySchema.DOC),
                        d.get(LibrarySchema.TITLE),
                        d.getField(LibrarySchema.COUNT).numericValue().intValue(),
                        d.getField(LibrarySchema.LENGTH).numericValue().intValue(),
                        d.get(LibrarySchema.HASH),
                        Optional.ofNullable(added)
                                .map(f -> Instant.ofEpochMilli(f.numericValue().longValue()))));
            }
            return null;
        });
        result.sort(Comparator.comparing(LibraryDocument::id));
        return result;
    }

    /**
     * The vocabulary of document {@code id}: each distinct word that a learner learns (names and numbers left out),
     * in simplified characters, and how often the document uses it, in order of first use. Empty when there is no
     * such document or it was added before libraries kept vocabularies (adding it again makes it).
     */
    public Optional<Map<String, Integer>> vocabulary(String id) {
        Objects.requireNonNull(id, "id");
        return record(id, Set.of(LibrarySchema.VOCABULARY))
                .map(d -> d.get(LibrarySchema.VOCABULARY))
                .map(LibrarySchema::vocabulary);
    }

    /**
     * The sentences whose words include {@code word} (as a word of its own, not inside a longer one; traditional
     * and simplified alike), in order of document id and sentence, each with its vocabulary: what sentence mining
     * ({@link io.github.zhreader.vocab.SentenceMining}) chooses from.
     */
    public SentencesWith sentencesWith(String word) {
        Objects.requireNonNull(word, "word");
        String simplified = reader.toSimplified(word.strip());
        Query query = new BooleanQuery.Builder()
                .add(LibrarySchema.entries(LibrarySchema.SENTENCE_ENTRY), Occur.FILTER)
                .add(new TermQuery(new Term(Analyzers.WORDS, simplified.toLowerCase(Locale.ROOT))), Occur.FILTER)
                .build();
        return store.withSearcher(searcher -> {
            int count = searcher.count(query);
            List<SentenceWords> found = new ArrayList<>(count);
            int without = 0;
            if (count == 0) return new SentencesWith(found, 0);
            TopDocs top = searcher.search(query, count, Sort.INDEXORDER);
            StoredFields stored = searcher.storedFields();
            Set<String> fields = Set.of(
                    LibrarySchema.DOC,
                    LibrarySchema.TITLE,
                    LibrarySchema.NUMBER,
                    LibrarySchema.TEXT,
                    LibrarySchema.VOCABULARY);
            for (ScoreDoc sd : top.scoreDocs) {
                Document d = stored.document(sd.doc, fields);
                String vocabulary = d.get(LibrarySchema.VOCABULARY);
                if (vocabulary == null) {
                    without++;
                    continue;
                }
                found.add(new SentenceWords(
                        d.get(LibrarySchema.DOC),
                        d.get(LibrarySchema.TITLE),
                        d.getField(LibrarySchema.NUMBER).numericValue().intValue(),
                        d.get(LibrarySchema.TEXT),
                        LibrarySchema.words(vocabulary)));
            }
            found.sort(Comparator.comparing(SentenceWords::document).thenComparingInt(SentenceWords::sentence));
            return new SentencesWith(found, without);
        });
    }

    /**
     * What {@link #sentencesWith} found: the sentences, and how many more sentences have the word but were added
     * before libraries kept their vocabulary (adding their documents again makes it).
     */
    public record SentencesWith(List<SentenceWords> sentences, int withoutVocabulary) {
        /** Copies the list. */
        public SentencesWith {
            sentences = List.copyOf(sentences);
        }
    }

    /** The original text of a document. */
    public Optional<String> text(String id) {
        return record(id, Set.of(LibrarySchema.TEXT)).map(d -> d.get(LibrarySchema.TEXT));
    }

    /** The stored {@code fields} of document {@code id}'s record; empty when there is no such document. */
    private Optional<Document> record(String id, Set<String> fields) {
        return store.withSearcher(searcher -> {
            TopDocs top = searcher.search(LibrarySchema.documentRecord(id), 1);
            if (top.scoreDocs.length == 0) return Optional.empty();
            return Optional.of(searcher.storedFields().document(top.scoreDocs[0].doc, fields));
        });
    }

    /**
     * The sentences of document {@code id} as the library indexes them, with their analysed forms made again from
     * its text (the index keeps the forms it searches, not their text); empty when there is no such document. This
     * is what another search engine indexes to search the library as it does ({@link SearchPlan}).
     */
    public List<IndexedSentence> sentences(String id) {
        Objects.requireNonNull(id, "id");
        return record(id, Set.of(LibrarySchema.TITLE, LibrarySchema.TEXT))
                .map(d -> IndexedSentence.of(reader, id, d.get(LibrarySchema.TITLE), d.get(LibrarySchema.TEXT)))
                .orElse(List.of());
    }

    private Optional<String> findByHash(String hash) {
        return store.withSearcher(searcher -> {
            TopDocs top = searcher.search(new TermQuery(new Term(LibrarySchema.HASH, hash)), 1);
            if (top.scoreDocs.length == 0) return Optional.empty();
            return Optional.of(
                    searcher.storedFields().document(top.scoreDocs[0].doc).get(LibrarySchema.DOC));
        });
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
        SearchPlan plan = SearchPlan.of(reader, query);
        BooleanQuery.Builder full = new BooleanQuery.Builder()
                .add(plan.toLucene(), Occur.MUST)
                .add(LibrarySchema.entries(LibrarySchema.SENTENCE_ENTRY), Occur.FILTER);
        if (document != null) full.add(new TermQuery(LibrarySchema.document(document)), Occur.FILTER);
        return store.withSearcher(searcher -> {
            TopDocs top = searcher.search(full.build(), offset + limit, LibrarySchema.HIT_ORDER, true);
            StoredFields stored = searcher.storedFields();
            List<SentenceHit> hits = new ArrayList<>();
            for (int i = offset; i < top.scoreDocs.length; i++) {
                Document d = stored.document(top.scoreDocs[i].doc);
                String sentence = d.get(LibrarySchema.TEXT);
                hits.add(new SentenceHit(
                        d.get(LibrarySchema.DOC),
                        d.get(LibrarySchema.TITLE),
                        d.getField(LibrarySchema.NUMBER).numericValue().intValue(),
                        d.getField(LibrarySchema.START).numericValue().intValue(),
                        d.getField(LibrarySchema.END).numericValue().intValue(),
                        sentence,
                        plan.highlights(sentence),
                        top.scoreDocs[i].score));
            }
            return new Results(query, plan.kind(), top.totalHits.value, hits);
        });
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
        NdjsonExport export = new NdjsonExport(reader, store.name);
        return store.withSearcher(searcher -> export.write(searcher, index, out));
    }

    /**
     * The title and text of a document of the library in {@code folder}, read without taking the library's write
     * lock (another process may be adding to it); empty when there is no such library or document.
     */
    public static Optional<StoredDocument> readDocument(Path folder, String id) {
        return LibraryFolder.readDocument(folder, id);
    }

    /**
     * The words of every document of the library in {@code folder}, in simplified characters, each with how often
     * the documents use it in all (the sum of their {@link #vocabulary(String) vocabularies}), read without taking the
     * library's write lock; empty when there is no library. Documents added before libraries kept vocabularies add
     * nothing.
     *
     * @throws ZhReaderException when the library cannot be read
     */
    public static Map<String, Integer> readVocabulary(Path folder) {
        return LibraryFolder.readVocabulary(folder);
    }

    /**
     * The id of the document whose text is {@code text} exactly (the text a file held when it was added), or empty
     * when the library has no such document.
     */
    public Optional<String> documentWithText(String text) {
        Objects.requireNonNull(text, "text");
        return findByHash(LibrarySchema.hash(text));
    }

    /**
     * Checks a library folder with Lucene's CheckIndex; the library must not be open for writing.
     *
     * @return the verdict, with the counts of a healthy library ({@link LibraryHealth#verdict()} says it in a line)
     */
    public static LibraryHealth check(Path folder) {
        return LibraryFolder.check(folder);
    }

    @Override
    public void close() {
        store.close();
    }

    private static void closeQuietly(Directory directory) {
        if (directory == null) return;
        try {
            directory.close();
        } catch (IOException ignored) {
            // nothing more to release
        }
    }
}
