package io.github.zhreader.solr;

import io.github.zhreader.ChineseReader;
import io.github.zhreader.index.SentenceHit;
import io.github.zhreader.index.SentenceLibrary;
import io.github.zhreader.testing.BenchmarkQueries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;

/**
 * A local two-node SolrCloud (as in {@link SolrLibraryIT}) with a two-shard collection {@code sentences}, for
 * measuring and for trying the command line against. Outside CI.
 *
 * <p>{@code serve}: starts the cluster, prints a node's URL and waits until killed, for {@code zhreader library push
 * --solr URL --collection sentences}. {@code bench LIBRARY [THREADS]}: pushes the library in the folder LIBRARY (one
 * that {@code eval.LibraryBenchmark} of reader-core built) on THREADS threads (default 2) and reports the push
 * rate, then runs the 1,000 mixed queries of {@code BenchmarkQueries} (as {@code eval.LibraryBenchmark}) on the
 * embedded library and on the collection in turn, in the same run, and reports the median and 99th percentile of
 * each, and on how many queries the two gave the same hits.
 *
 * <pre>
 * ./mvnw -q -pl reader-solr test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.github.zhreader.solr.SolrBenchmark -Dexec.args="bench /tmp/zhreader-bench 2"
 * </pre>
 */
public final class SolrBenchmark {

    private SolrBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("zhreader-solr");
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(2, work.resolve("cluster"))
                .addConfig(
                        "zhreader",
                        SolrConfigset.write(work.resolve("configset")).get(0).getParent())
                .configure();
        try {
            CollectionAdminRequest.createCollection("sentences", "zhreader", 2, 1)
                    .process(cluster.getSolrClient());
            cluster.waitForActiveCollection("sentences", 2, 2);
            String url = cluster.getJettySolrRunner(0).getBaseUrl().toString();
            if (args[0].equals("serve")) {
                System.out.println(url + " collection sentences (Ctrl-C to stop)");
                Thread.sleep(Long.MAX_VALUE);
            }
            bench(url, Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 2);
        } finally {
            cluster.shutdown();
        }
    }

    private static void bench(String url, Path folder, int threads) throws Exception {
        ChineseReader reader = ChineseReader.create();
        SolrTarget target = new SolrTarget(url, "sentences", Optional.empty(), Duration.ofMinutes(5));
        // The shared evaluation data beside the checkout, from its top or from this module's folder.
        Path gold = Path.of("..", "shared", "data", "sighan2005", "pku_test_gold.utf8");
        if (!Files.exists(gold)) gold = Path.of("..").resolve(gold);
        List<String> queries = BenchmarkQueries.of(gold, reader, 1000);
        try (SentenceLibrary library = SentenceLibrary.open(folder, reader);
                SolrLibrary solr = SolrLibrary.connect(target, reader)) {
            long[] last = {0};
            long start = System.nanoTime();
            PushReport report = solr.push(library, threads, (done, total) -> {
                if (done / 100_000 > last[0]) {
                    last[0] = done / 100_000;
                    System.out.printf(
                            "%,d of %,d sentences, %.0f sentences/s%n",
                            done, total, done / ((System.nanoTime() - start) / 1e9));
                }
            });
            System.out.printf(
                    "pushed %,d documents, %,d sentences in %.1f s on %d threads: %.0f sentences/s%n",
                    report.pushed(),
                    report.sentences(),
                    report.took().toMillis() / 1e3,
                    threads,
                    report.sentences() / (report.took().toMillis() / 1e3));

            // Warm both up alike, then time them in turn, query by query.
            for (String q : queries.subList(0, 100)) {
                library.search(q, 10);
                solr.search(q, 10);
            }
            long[] embedded = new long[queries.size()];
            long[] remote = new long[queries.size()];
            int same = 0;
            for (int i = 0; i < queries.size(); i++) {
                long t0 = System.nanoTime();
                List<SentenceHit> a = library.search(queries.get(i), 10);
                long t1 = System.nanoTime();
                List<SentenceHit> b = solr.search(queries.get(i), 10);
                long t2 = System.nanoTime();
                embedded[i] = t1 - t0;
                remote[i] = t2 - t1;
                if (a.equals(b)) same++;
            }
            System.out.printf(
                    "%d queries, top 10: embedded median %.2f ms, 99th percentile %.2f ms; SolrCloud median %.2f ms,"
                            + " 99th percentile %.2f ms; the same hits for %d%n",
                    queries.size(), median(embedded), p99(embedded), median(remote), p99(remote), same);
        }
    }

    private static double median(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return s[s.length / 2] / 1e6;
    }

    private static double p99(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return s[(int) (s.length * 0.99)] / 1e6;
    }
}
