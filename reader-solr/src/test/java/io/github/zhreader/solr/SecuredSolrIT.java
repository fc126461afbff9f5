package io.github.zhreader.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.zhreader.ChineseReader;
import io.github.zhreader.ZhReaderException;
import io.github.zhreader.index.SentenceLibrary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A SolrCloud node behind basic authentication: the credentials in the environment (or a file it names) let a push
 * and a search through; without them, or with wrong ones, one line says what to set.
 */
class SecuredSolrIT {

    /** Solr's documented example: user {@code solr}, password {@code SolrRocks}, every request authenticated. */
    private static final String SECURITY = """
            {"authentication": {"class": "solr.BasicAuthPlugin", "blockUnknown": true,
              "credentials": {"solr": "IV0EHq1OnNrj6gvRCwvFwTrZ1+z1oBbnQdiVC3otuq0= Ndd7LKvVBAaZIF0QAVi1ekCfAJXr1GGfLtRUXhgrF8c="}}}
            """;

    @Test
    void credentialsFromTheEnvironmentOrAFileLetThePushThrough(@TempDir Path work) throws Exception {
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(1, work.resolve("cluster"))
                .addConfig(
                        "zhreader",
                        SolrConfigset.write(work.resolve("configset")).get(0).getParent())
                .withSecurityJson(SECURITY)
                .configure();
        try {
            CollectionAdminRequest.Create create =
                    CollectionAdminRequest.createCollection("sentences", "zhreader", 1, 1);
            create.setBasicAuthCredentials("solr", "SolrRocks");
            create.process(cluster.getSolrClient());
            cluster.waitForActiveCollection("sentences", 1, 1);
            String url = cluster.getJettySolrRunner(0).getBaseUrl().toString();
            ChineseReader reader = ChineseReader.create();

            ZhReaderException anonymous = assertThrows(
                    ZhReaderException.class,
                    () -> SolrLibrary.connect(SolrTarget.of(url, "sentences", Map.of()), reader));
            assertEquals(
                    "Solr at " + url + " refused the credentials (HTTP 401): cannot read the schema of collection"
                            + " sentences; set ZHREADER_SOLR_USER and ZHREADER_SOLR_PASSWORD, or ZHREADER_SOLR_CREDENTIALS",
                    anonymous.getMessage());
            assertThrows(
                    ZhReaderException.class,
                    () -> SolrLibrary.connect(
                            SolrTarget.of(
                                    url,
                                    "sentences",
                                    Map.of("ZHREADER_SOLR_USER", "solr", "ZHREADER_SOLR_PASSWORD", "wrong")),
                            reader));

            Path file = work.resolve("solr-credentials");
            Files.writeString(file, "solr:SolrRocks\n");
            try (SentenceLibrary local = SentenceLibrary.inMemory(reader);
                    SolrLibrary solr = SolrLibrary.connect(
                            SolrTarget.of(url, "sentences", Map.of("ZHREADER_SOLR_CREDENTIALS", file.toString())),
                            reader)) {
                local.add("tea", "tea", "我们在茶馆里喝茶。他说要去薅羊毛。");
                assertEquals(1, solr.push(local, 1, PushListener.SILENT).pushed());
                assertEquals(local.search("羊毛", 10), solr.search("羊毛", 10));
            }
        } finally {
            cluster.shutdown();
        }
    }
}
