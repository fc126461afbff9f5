package io.github.zhreader.solr;

import io.github.zhreader.ChineseReader;
import io.github.zhreader.ZhReaderException;
import io.github.zhreader.index.IndexedSentence;
import io.github.zhreader.index.LibraryDocument;
import io.github.zhreader.index.QueryPlan;
import io.github.zhreader.index.SearchPlan;
import io.github.zhreader.index.SentenceHit;
import io.github.zhreader.index.SentenceLibrary;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;

/**
 * A sentence library on a SolrCloud collection made from zhreader's configset ({@link SolrConfigset}): filled from
 * an embedded {@link SentenceLibrary} by {@link #push}, and searched by {@link #search} with the embedded library's
 * semantics: the same {@link SearchPlan}, so the same hits with the same scores, in the same order, with the same
 * highlights.
 *
 * <pre>{@code
 * SolrTarget target = SolrTarget.of("http://localhost:8983/solr", "sentences", System.getenv());
 * try (SolrLibrary solr = SolrLibrary.connect(target, reader)) {
 *     solr.push(library, 2, PushListener.SILENT);
 *     List<SentenceHit> hits = solr.search("羊毛", 10);
 * }
 * }</pre>
 *
 * <p>Every failure is a {@link ZhReaderException} whose message says in one line what failed and what to do.
 * Thread-safe: searches may run on many threads at once, and alongside a push.
 */
public final class SolrLibrary implements AutoCloseable {

    private final SolrTarget target;
    private final ChineseReader reader;
    private final SolrClient client;

    private SolrLibrary(SolrTarget target, ChineseReader reader, SolrClient client) {
        this.target = target;
        this.reader = reader;
        this.client = client;
    }

    /**
     * Connects to {@code target} and checks that its collection exists and was made from this version's
     * configset; {@code reader} parses queries and highlights hits, as in the embedded library.
     *
     * @throws ZhReaderException when Solr cannot be reached, the collection does not exist, or its configset is
     *                           another version's
     */
    public static SolrLibrary connect(SolrTarget target, ChineseReader reader) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(reader, "reader");
        HttpJdkSolrClient.Builder builder = new HttpJdkSolrClient.Builder(target.url())
                .withDefaultCollection(target.collection())
                .useHttp1_1(true)
                .withConnectionTimeout(Math.min(10_000, target.timeout().toMillis()), TimeUnit.MILLISECONDS)
                .withIdleTimeout(target.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .withRequestTimeout(target.timeout().toMillis(), TimeUnit.MILLISECONDS);
        target.credentials().ifPresent(c -> builder.withBasicAuthCredentials(c.user(), c.password()));
        SolrLibrary library = new SolrLibrary(target, reader, builder.build());
        try {
            library.checkConfigset();
            return library;
        } catch (RuntimeException e) {
            library.close();
            throw e;
        }
    }

    private void checkConfigset() {
        String name;
        try {
            name = new SchemaRequest.SchemaName().process(client).getSchemaName();
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw SolrFailures.of(target, "cannot read the schema of collection " + target.collection(), e);
        }
        if (!SolrConfigset.NAME.equals(name)) {
            throw new ZhReaderException("collection " + target.collection() + " at " + target.url() + " has schema "
                    + name + ", not zhreader's " + SolrConfigset.NAME
                    + "; write this version's configset with `zhreader library solr-config DIR`, upload it and"
                    + " make the collection from it");
        }
    }

    /** Where the library is. */
    public SolrTarget target() {
        return target;
    }

    /** The best {@code limit} sentences for a query; see {@link #search(String, int, int, String)}. */
    public List<SentenceHit> search(String query, int limit) {
        return search(query, limit, 0, null).hits();
    }

    /**
     * Searches the collection as {@link SentenceLibrary#search(String, int, int, String)} searches the embedded
     * library: the same query language, hits, order and highlights. Sentences of a document whose push was cut
     * short may be found until the next push completes it ({@link #documents()} tells which are whole).
     */
    public SentenceLibrary.Results search(String query, int limit, int offset, String document) {
        Objects.requireNonNull(query, "query");
        if (limit < 1) throw new IllegalArgumentException("limit " + limit + " < 1");
        if (offset < 0) throw new IllegalArgumentException("offset " + offset + " < 0");
        SearchPlan plan = SearchPlan.of(reader, query);
        if (plan.match() instanceof QueryPlan.Nothing) {
            return new SentenceLibrary.Results(query, plan.kind(), 0, List.of());
        }
        QueryResponse response = query(SolrQueries.search(plan, limit, offset, document), "cannot search");
        List<SentenceHit> hits = new ArrayList<>();
        for (SolrDocument d : response.getResults()) {
            String text = (String) d.getFirstValue("text");
            hits.add(new SentenceHit(
                    (String) d.getFirstValue("doc"),
                    (String) d.getFirstValue("title"),
                    ((Number) d.getFirstValue("sentence")).intValue(),
                    ((Number) d.getFirstValue("start")).intValue(),
                    ((Number) d.getFirstValue("end")).intValue(),
                    text,
                    plan.highlights(text),
                    ((Number) d.getFirstValue("score")).floatValue()));
        }
        return new SentenceLibrary.Results(
                query, plan.kind(), response.getResults().getNumFound(), hits);
    }

    /**
     * What the collection holds, by document id in order: each document with a record or sentences, whole when its
     * record was written and all its sentences are there.
     */
    public List<RemoteDocument> documents() {
        Map<String, SolrDocument> records = new HashMap<>();
        SolrQuery q = new SolrQuery("*:*");
        q.addFilterQuery("{!term f=type}" + SolrDocuments.DOCUMENT);
        q.set("fl", "doc,title,hash,count");
        q.setRows(1000);
        q.set("sort", "id asc");
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse r = query(q, "cannot list the documents of collection " + target.collection());
            for (SolrDocument d : r.getResults()) records.put((String) d.getFirstValue("doc"), d);
            if (cursor.equals(r.getNextCursorMark())) break;
            cursor = r.getNextCursorMark();
        }
        SolrQuery f = new SolrQuery("*:*");
        f.addFilterQuery("{!term f=type}" + SolrDocuments.SENTENCE);
        f.setRows(0);
        f.setFacet(true);
        f.addFacetField("doc");
        f.setFacetLimit(-1);
        f.setFacetMinCount(1);
        f.setFacetSort("index");
        Map<String, Long> indexed = new HashMap<>();
        FacetField docs = query(f, "cannot count the sentences of collection " + target.collection())
                .getFacetField("doc");
        if (docs != null) docs.getValues().forEach(c -> indexed.put(c.getName(), c.getCount()));
        Map<String, RemoteDocument> all = new java.util.TreeMap<>();
        for (SolrDocument d : records.values()) {
            String id = (String) d.getFirstValue("doc");
            all.put(
                    id,
                    new RemoteDocument(
                            id,
                            (String) d.getFirstValue("title"),
                            (String) d.getFirstValue("hash"),
                            ((Number) d.getFirstValue("count")).intValue(),
                            indexed.getOrDefault(id, 0L)));
        }
        for (Map.Entry<String, Long> e : indexed.entrySet()) {
            all.putIfAbsent(e.getKey(), new RemoteDocument(e.getKey(), "", "", -1, e.getValue()));
        }
        return List.copyOf(all.values());
    }

    /**
     * Makes the collection hold what {@code library} holds: pushes the documents that are new, changed (by the hash
     * of their text) or not whole there, and removes the ones the library no longer has. Documents are annotated and
     * sent on {@code threads} threads, one request a document, and made visible to searches together, by a commit
     * every {@value SolrPush#COMMIT_EVERY} sentences and at the end, never between the parts of a document. Safe to
     * interrupt: run it again and it completes what was left.
     *
     * @throws ZhReaderException when Solr fails; what was committed stays, and the next push does the rest. The
     *                           embedded library is only read.
     */
    public PushReport push(SentenceLibrary library, int threads, PushListener listener) {
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(listener, "listener");
        if (threads < 1) throw new IllegalArgumentException("threads " + threads + " < 1");
        long started = System.nanoTime();
        Map<String, LibraryDocument> local = new LinkedHashMap<>();
        for (LibraryDocument d : library.documents()) local.put(d.id(), d);
        Map<String, RemoteDocument> remote = new HashMap<>();
        for (RemoteDocument d : documents()) remote.put(d.id(), d);
        List<String> removed = new ArrayList<>();
        for (String id : remote.keySet()) {
            if (!local.containsKey(id)) removed.add(id);
        }
        removed.sort(null);
        List<LibraryDocument> changed = new ArrayList<>();
        for (LibraryDocument d : local.values()) {
            RemoteDocument there = remote.get(d.id());
            if (there == null
                    || !there.whole()
                    || !there.hash().equals(d.hash())
                    || there.sentences() != d.sentences()) {
                changed.add(d);
            }
        }
        SolrPush push = new SolrPush(target, client, threads, listener);
        push.run(removed, changed, id -> remote.containsKey(id), id -> library.sentences(id));
        int unchanged = local.size() - changed.size();
        long sentences = changed.stream().mapToLong(LibraryDocument::sentences).sum();
        return new PushReport(
                changed.size(), sentences, removed.size(), unchanged, Duration.ofNanos(System.nanoTime() - started));
    }

    QueryResponse query(SolrQuery q, String doing) {
        try {
            return client.query(q, SolrRequest.METHOD.POST);
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw SolrFailures.of(target, doing, e);
        }
    }

    /** The sentences of one document, as {@link SentenceLibrary#sentences} gives them. */
    interface Sentences {
        List<IndexedSentence> of(String id);
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException ignored) {
            // nothing more to release
        }
    }
}
