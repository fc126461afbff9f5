package io.github.zhreader.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.zhreader.index.QueryPlan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SolrQueriesTest {

    @Test
    void eachNodeBecomesTheSameClauseInTheStandardSyntaxWithItsTextAsAParameter() {
        QueryPlan plan = new QueryPlan.Bool(
                List.of(
                        new QueryPlan.Phrase("english", List.of("rate", "growth"), List.of(0, 2)),
                        new QueryPlan.Term("english", "bank")),
                List.of(new QueryPlan.Boost(new QueryPlan.Term("words", "x\"}y"), 2f)));
        List<String> values = new ArrayList<>();
        assertEquals(
                "(+_query_:\"{!field f=english v=$v0}\" +_query_:\"{!term f=english v=$v1}\""
                        + " (_query_:\"{!term f=words v=$v2}\")^2.0)",
                SolrQueries.render(plan, values));
        assertEquals(List.of("rate zhreader_gap growth", "bank", "x\"}y"), values);
    }

    @Test
    void onlyTheLibrarysFieldsAreSearched() {
        assertThrows(
                IllegalArgumentException.class,
                () -> SolrQueries.render(new QueryPlan.Term("id", "x"), new ArrayList<>()));
        assertThrows(
                IllegalArgumentException.class, () -> SolrQueries.render(new QueryPlan.Nothing(), new ArrayList<>()));
    }

    @Test
    void everyEntryOfADocumentIsRoutedByItsId() {
        assertEquals("a%21b%2Fc%25!3", SolrDocuments.sentenceId("a!b/c%", 3));
        assertEquals("scale-ai!record", SolrDocuments.recordId("scale-ai"));
    }
}
