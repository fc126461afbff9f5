package io.github.zhreader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code library solr-config}, {@code library push} and {@code search --solr} of the packaged jar, in processes of
 * their own, against a SolrCloud node started in this test: the configset the command writes makes the
 * collection; a pushed library answers as the local one does, byte for byte in JSON; pushes are incremental.
 */
class SolrCommandsIT {

    private static final Path JAR = Path.of("target", "zhreader.jar").toAbsolutePath();
    private static final String SAMPLE = Path.of("..", "samples", "articles", "scale-ai.txt")
            .toAbsolutePath()
            .toString();

    @TempDir
    static Path tmp;

    private static MiniSolrCloudCluster cluster;
    private static String url;

    record Run(int code, String out, String err) {}

    @BeforeAll
    static void start() throws Exception {
        Run config = zhreader("library", "solr-config", tmp.resolve("configset").toString());
        assertEquals(0, config.code(), config.err());
        cluster = new MiniSolrCloudCluster.Builder(1, tmp.resolve("cluster"))
                .addConfig("zhreader", tmp.resolve("configset").resolve("conf"))
                .configure();
        CollectionAdminRequest.createCollection("sentences", "zhreader", 1, 1).process(cluster.getSolrClient());
        cluster.waitForActiveCollection("sentences", 1, 1);
        url = cluster.getJettySolrRunner(0).getBaseUrl().toString();
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster != null) cluster.shutdown();
    }

    @Test
    void aPushedLibraryAnswersAsTheLocalOne() throws Exception {
        String data = tmp.resolve("data").toString();
        assertEquals(0, zhreader("add", SAMPLE, "--library", data).code());

        Run push = zhreader("library", "push", "--solr", url, "--collection", "sentences", "--library", data);
        assertEquals(0, push.code(), push.err());
        assertTrue(
                push.out()
                        .startsWith("pushed 1 document (40 sentences), removed 0, unchanged 0, to sentences at " + url
                                + " in "),
                push.out());
        assertEquals("", push.err());

        for (String query : List.of("羊毛", "薅羊毛", "hao yang mao", "\"gold rush\"", "shovel")) {
            Run local = zhreader("search", query, "--json", "--library", data);
            Run remote = zhreader("search", query, "--json", "--solr", url, "--collection", "sentences");
            assertEquals(0, remote.code(), remote.err());
            assertEquals(local.out(), remote.out(), query);
        }

        Run again = zhreader("library", "push", "--solr", url, "--collection", "sentences", "--library", data);
        assertTrue(again.out().startsWith("pushed 0 documents (0 sentences), removed 0, unchanged 1,"), again.out());

        assertEquals(
                0, zhreader("library", "remove", "scale-ai", "--library", data).code());
        Run removal = zhreader("library", "push", "--solr", url, "--collection", "sentences", "--library", data);
        assertTrue(
                removal.out().startsWith("pushed 0 documents (0 sentences), removed 1, unchanged 0,"), removal.out());
        Run none = zhreader("search", "羊毛", "--solr", url, "--collection", "sentences");
        assertEquals(1, none.code(), none.err());
        assertEquals("0 sentences (zh)\n", none.out());

        Run missing = zhreader("search", "羊毛", "--solr", url, "--collection", "nope");
        assertEquals(1, missing.code());
        assertEquals(
                "zhreader: Solr at " + url + " has no collection nope: cannot read the schema of collection nope;"
                        + " create it from zhreader's configset (zhreader library solr-config DIR)\n",
                missing.err());
    }

    private static Run zhreader(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("java", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> {
            try {
                return p.getErrorStream().readAllBytes();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "zhreader " + String.join(" ", args) + " did not finish");
        return new Run(p.exitValue(), out, new String(err.get(), StandardCharsets.UTF_8));
    }
}
