package io.github.zhreader.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhreader.ChineseReader;
import io.github.zhreader.ZhReaderException;
import io.github.zhreader.index.LibraryDocument;
import io.github.zhreader.index.SentenceHit;
import io.github.zhreader.index.SentenceLibrary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real two-node SolrCloud (two Jetty servers and an embedded ZooKeeper) with a two-shard collection made from
 * zhreader's configset: pushed from an embedded library of the sample articles and the development set's public
 * texts, and searched with the same queries as the embedded library, which must give the same hits, scores, order
 * and highlights. The tests run in order: each pushes on from the state the one before left.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrLibraryIT {

    private static final String COLLECTION = "sentences";
    private static final Path TEXTS =
            Path.of("..", "reader-core", "src", "test", "resources", "io", "github", "zhreader", "devset", "texts");

    /** Queries of the three kinds: single and several characters, words, traditional, quoted, pinyin, English. */
    private static final List<String> QUERIES = List.of(
            "羊毛",
            "薅羊毛",
            "的",
            "人",
            "我们",
            "總統",
            "中国 公司",
            "\"不过\"",
            "老栓",
            "AI",
            "数据",
            "hao yang mao",
            "yangmao",
            "zhongguo",
            "shuo",
            "shuō",
            "wo men",
            "wool",
            "data",
            "to spend money",
            "\"rate of growth\"",
            "company",
            "the",
            "en:the people",
            "py:ren",
            "tea house",
            "camel");

    @TempDir
    static Path work;

    private static MiniSolrCloudCluster cluster;
    private static ChineseReader reader;
    private static SentenceLibrary local;
    private static List<String> ids;

    @BeforeAll
    static void start() throws Exception {
        reader = ChineseReader.create();
        local = SentenceLibrary.inMemory(reader);
        List<SentenceLibrary.Source> sources = new ArrayList<>();
        Path samples = Path.of("..", "samples", "articles");
        for (Path p : List.of(samples.resolve("scale-ai.txt"), samples.resolve("scale-ai-traditional.txt"))) {
            sources.add(source(p));
        }
        try (Stream<Path> files = Files.list(TEXTS)) {
            files.sorted().forEach(p -> sources.add(source(p)));
        }
        sources.addAll(generated(sources, 3000));
        try (var batch = local.batch(2, (id, added) -> {})) {
            for (SentenceLibrary.Source s : sources) batch.add(s);
        }
        ids = local.documents().stream().map(LibraryDocument::id).toList();

        Path configset = work.resolve("configset");
        SolrConfigset.write(configset);
        cluster = new MiniSolrCloudCluster.Builder(2, work.resolve("cluster"))
                .addConfig("zhreader", configset.resolve("conf"))
                .configure();
        CollectionAdminRequest.createCollection(COLLECTION, "zhreader", 2, 1).process(cluster.getSolrClient());
        cluster.waitForActiveCollection(COLLECTION, 2, 2);
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster != null) cluster.shutdown();
        if (local != null) local.close();
    }

    /**
     * {@code n} new sentences in documents of a hundred, each the first clause of one real sentence and the last
     * clause of another, chosen with a fixed seed: real words in combinations the texts do not have.
     */
    private static List<SentenceLibrary.Source> generated(List<SentenceLibrary.Source> texts, int n) {
        List<String> firsts = new ArrayList<>();
        List<String> lasts = new ArrayList<>();
        for (SentenceLibrary.Source s : texts) {
            for (String sentence : s.text().split("(?<=[。！？])")) {
                String[] clauses = sentence.strip().split("，");
                if (clauses.length < 2) continue;
                firsts.add(clauses[0]);
                lasts.add(clauses[clauses.length - 1]);
            }
        }
        java.util.Random random = new java.util.Random(17);
        List<SentenceLibrary.Source> docs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            text.append(firsts.get(random.nextInt(firsts.size())))
                    .append('，')
                    .append(lasts.get(random.nextInt(lasts.size())));
            if (i % 10 == 0) text.append('\n');
            if (i % 100 == 0) {
                String id = "mixed-" + (i / 100);
                docs.add(new SentenceLibrary.Source(id, id, text.toString()));
                text.setLength(0);
            }
        }
        return docs;
    }

    private static SentenceLibrary.Source source(Path p) {
        try {
            String name = p.getFileName().toString().replaceFirst("\\.txt$", "");
            return new SentenceLibrary.Source(name, name, Files.readString(p, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SolrTarget target(JettySolrRunner node, String collection) {
        return new SolrTarget(node.getBaseUrl().toString(), collection, Optional.empty(), Duration.ofSeconds(60));
    }

    /** The node that hosts the leader of {@code shard}. */
    private static JettySolrRunner nodeOf(String shard) {
        DocCollection c = cluster.getSolrClient().getClusterState().getCollection(COLLECTION);
        Slice slice = c.getSlice(shard);
        Replica leader = slice.getLeader();
        return cluster.getJettySolrRunners().stream()
                .filter(j -> j.getNodeName().equals(leader.getNodeName()))
                .findFirst()
                .orElseThrow();
    }

    private static void assertSameSearches(SolrLibrary solr) {
        int compared = 0;
        for (String q : QUERIES) {
            SentenceLibrary.Results embedded = local.search(q, 40, 0, null);
            SentenceLibrary.Results remote = solr.search(q, 40, 0, null);
            assertEquals(embedded.mode(), remote.mode(), q);
            assertEquals(embedded.hits(), remote.hits(), q);
            if (embedded.total() < 1000) assertEquals(embedded.total(), remote.total(), q);
            // The next page, and one document's sentences alone.
            assertEquals(
                    local.search(q, 7, 5, null).hits(),
                    solr.search(q, 7, 5, null).hits(),
                    q + " page 2");
            assertEquals(
                    local.search(q, 10, 0, "g-kongyiji").hits(),
                    solr.search(q, 10, 0, "g-kongyiji").hits(),
                    q + " in one document");
            if (!embedded.hits().isEmpty()) compared++;
        }
        assertTrue(compared >= 20, compared + " queries had hits");
    }

    @Test
    @Order(1)
    void aPushedLibraryIsSearchedAsTheEmbeddedOne() {
        JettySolrRunner node = cluster.getJettySolrRunner(0);
        try (SolrLibrary solr = SolrLibrary.connect(target(node, COLLECTION), reader)) {
            List<long[]> progress = new ArrayList<>();
            PushReport report = solr.push(local, 2, (done, total) -> {
                synchronized (progress) {
                    progress.add(new long[] {done, total});
                }
            });
            long sentences = local.documents().stream()
                    .mapToLong(LibraryDocument::sentences)
                    .sum();
            assertTrue(sentences > 3000, sentences + " sentences");
            assertEquals(ids.size(), report.pushed());
            assertEquals(sentences, report.sentences());
            assertEquals(0, report.removed());
            assertEquals(sentences, progress.stream().mapToLong(p -> p[0]).max().orElse(0));

            List<RemoteDocument> remote = solr.documents();
            assertEquals(ids, remote.stream().map(RemoteDocument::id).toList());
            assertTrue(remote.stream().allMatch(RemoteDocument::whole));
            assertSameSearches(solr);

            // Highlights come back as the embedded library makes them.
            SentenceHit first = solr.search("薅羊毛", 1).get(0);
            assertEquals("比如去年,在制作Meta的一个问答类订单时,Scale AI就被一帮肯尼亚人给[[薅]]了[[羊毛]]。", first.highlighted());

            PushReport again = solr.push(local, 2, PushListener.SILENT);
            assertEquals(0, again.pushed());
            assertEquals(ids.size(), again.unchanged());
        }
    }

    @Test
    @Order(2)
    void aPushSendsOnlyWhatChangedAndRemovesWhatWasRemoved() {
        String changed = "g-kongyiji";
        String kept = local.text(changed).orElseThrow();
        local.add(changed, "孔乙己", kept + "\n\n掌柜仍然同平常一样，笑着对他说：“孔乙己，你又偷了东西了！”");
        assertTrue(local.remove("guxiang"));
        local.add("new-one", "new", "我们今天在茶馆里喝茶，他说要去薅羊毛。");
        try (SolrLibrary solr = SolrLibrary.connect(target(cluster.getJettySolrRunner(1), COLLECTION), reader)) {
            PushReport report = solr.push(local, 2, PushListener.SILENT);
            assertEquals(2, report.pushed());
            assertEquals(1, report.removed());
            assertEquals(ids.size() - 2, report.unchanged());
            List<String> now =
                    local.documents().stream().map(LibraryDocument::id).toList();
            assertEquals(now, solr.documents().stream().map(RemoteDocument::id).toList());
            assertTrue(
                    solr.search("闰土", 200).stream().noneMatch(h -> h.document().equals("guxiang")),
                    "the removed document's sentences are gone");
            assertFalse(solr.search("闰土", 200).isEmpty());
            assertEquals(
                    List.of("new-one"),
                    solr.search("茶馆里喝茶", 10).stream()
                            .map(SentenceHit::document)
                            .distinct()
                            .toList());
            // Deleted entries still count in each index's statistics until merged, so scores may differ; the
            // sentences found may not.
            for (String q : List.of("孔乙己", "羊毛", "chá", "tea")) {
                assertEquals(
                        local.search(q, 200, 0, null).hits().stream()
                                .map(h -> h.document() + "#" + h.sentence())
                                .sorted()
                                .toList(),
                        solr.search(q, 200, 0, null).hits().stream()
                                .map(h -> h.document() + "#" + h.sentence())
                                .sorted()
                                .toList(),
                        q);
            }
        }
    }

    @Test
    @Order(3)
    void aPushCutShortByADeadNodeIsCompletedByTheNextOne() throws Exception {
        JettySolrRunner talk = nodeOf("shard1");
        JettySolrRunner victim = nodeOf("shard2");
        assertNotEquals(talk.getNodeName(), victim.getNodeName(), "the two shards are on two nodes");
        for (int i = 0; i < 40; i++) {
            local.add("extra-" + i, "extra " + i, "第" + i + "篇：我们在茶馆里喝茶，谈论数据和公司。他说要去薅羊毛。");
        }
        AtomicBoolean stopped = new AtomicBoolean();
        try (SolrLibrary solr =
                SolrLibrary.connect(target(talk, COLLECTION).withTimeout(Duration.ofSeconds(20)), reader)) {
            ZhReaderException e = assertThrows(
                    ZhReaderException.class,
                    () -> solr.push(local, 1, (done, total) -> {
                        if (stopped.compareAndSet(false, true)) {
                            try {
                                cluster.stopJettySolrRunner(victim);
                                cluster.waitForJettyToStop(victim);
                            } catch (Exception x) {
                                throw new IllegalStateException(x);
                            }
                        }
                    }));
            assertTrue(e.getMessage().contains("run the push again to finish"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
            assertEquals(ids.size() + 40, local.documents().size(), "the local library is untouched");
        }
        cluster.startJettySolrRunner(victim);
        cluster.waitForNode(victim, 60);
        cluster.waitForActiveCollection(COLLECTION, 60, TimeUnit.SECONDS, 2, 2);
        try (SolrLibrary solr = SolrLibrary.connect(target(talk, COLLECTION), reader)) {
            PushReport report = solr.push(local, 2, PushListener.SILENT);
            assertTrue(report.pushed() > 0 && report.pushed() <= 40, report.toString());
            List<RemoteDocument> remote = solr.documents();
            assertEquals(
                    local.documents().stream().map(LibraryDocument::id).toList(),
                    remote.stream().map(RemoteDocument::id).toList());
            assertTrue(remote.stream().allMatch(RemoteDocument::whole));
            assertEquals(local.search("第7篇", 5).size(), solr.search("第7篇", 5).size());
            assertEquals(0, solr.push(local, 2, PushListener.SILENT).pushed());
        }
    }

    @Test
    @Order(4)
    void failuresSayWhatAndWhatToDo() throws Exception {
        JettySolrRunner node = cluster.getJettySolrRunner(0);
        ZhReaderException missing =
                assertThrows(ZhReaderException.class, () -> SolrLibrary.connect(target(node, "nope"), reader));
        assertEquals(
                "Solr at " + node.getBaseUrl() + " has no collection nope: cannot read the schema of collection nope;"
                        + " create it from zhreader's configset (zhreader library solr-config DIR)",
                missing.getMessage());

        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ZhReaderException down = assertThrows(
                ZhReaderException.class,
                () -> SolrLibrary.connect(
                        new SolrTarget(
                                "http://127.0.0.1:" + port + "/solr",
                                COLLECTION,
                                Optional.empty(),
                                Duration.ofSeconds(5)),
                        reader));
        assertTrue(
                down.getMessage().startsWith("Solr at http://127.0.0.1:" + port + "/solr is not reachable"),
                down.getMessage());

        // A server that takes the connection and never answers.
        try (ServerSocket silent = new ServerSocket(0)) {
            Thread t = new Thread(() -> {
                try (Socket s = silent.accept()) {
                    Thread.sleep(10_000);
                } catch (IOException | InterruptedException ignored) {
                    // the test is over
                }
            });
            t.setDaemon(true);
            t.start();
            ZhReaderException slow = assertThrows(
                    ZhReaderException.class,
                    () -> SolrLibrary.connect(
                            new SolrTarget(
                                    "http://127.0.0.1:" + silent.getLocalPort() + "/solr",
                                    COLLECTION,
                                    Optional.empty(),
                                    Duration.ofSeconds(1)),
                            reader));
            assertTrue(slow.getMessage().contains("did not answer within 1 s"), slow.getMessage());
        }

        // A collection made from another version of the configset.
        Path old = work.resolve("old");
        SolrConfigset.write(old);
        Path schema = old.resolve("conf/schema.xml");
        Files.writeString(schema, Files.readString(schema).replace("name=\"zhreader-1\"", "name=\"zhreader-0\""));
        cluster.uploadConfigSet(old.resolve("conf"), "zhreader-old");
        CollectionAdminRequest.createCollection("old", "zhreader-old", 1, 1).process(cluster.getSolrClient());
        cluster.waitForActiveCollection("old", 1, 1);
        ZhReaderException other =
                assertThrows(ZhReaderException.class, () -> SolrLibrary.connect(target(node, "old"), reader));
        assertEquals(
                "collection old at " + node.getBaseUrl() + " has schema zhreader-0, not zhreader's zhreader-1; write"
                        + " this version's configset with `zhreader library solr-config DIR`, upload it and make the"
                        + " collection from it",
                other.getMessage());
    }

    @Test
    void credentialsComeFromTheEnvironmentOrAFile() throws IOException {
        SolrTarget fromEnv = SolrTarget.of(
                "http://solr.example:8983/", "c", Map.of("ZHREADER_SOLR_USER", "ann", "ZHREADER_SOLR_PASSWORD", "pw"));
        assertEquals("http://solr.example:8983/solr", fromEnv.url());
        assertEquals(Optional.of(new SolrTarget.Credentials("ann", "pw")), fromEnv.credentials());
        assertFalse(fromEnv.toString().contains("pw"), fromEnv.toString());
        Path file = work.resolve("credentials");
        Files.writeString(file, "bob:s3:cret\n");
        assertEquals(
                Optional.of(new SolrTarget.Credentials("bob", "s3:cret")),
                SolrTarget.of("https://h/solr", "c", Map.of("ZHREADER_SOLR_CREDENTIALS", file.toString()))
                        .credentials());
        assertEquals(
                Optional.empty(), SolrTarget.of("https://h/solr", "c", Map.of()).credentials());
        assertThrows(IllegalArgumentException.class, () -> SolrTarget.of("https://u:p@h/solr", "c", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> SolrTarget.of("ftp://h/solr", "c", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> SolrTarget.of("http://h/solr", "a b", Map.of()));
    }
}
