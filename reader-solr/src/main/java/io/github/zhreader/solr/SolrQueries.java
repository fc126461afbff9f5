package io.github.zhreader.solr;

import io.github.zhreader.index.QueryPlan;
import io.github.zhreader.index.SearchPlan;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.client.solrj.SolrQuery;

/**
 * Renders a {@link SearchPlan} as a Solr request that builds, node for node, the Lucene query the embedded library
 * runs: Boolean clauses, boosts and grouping in the standard query syntax, and each term or phrase as a nested
 * query ({@code {!term}} or {@code {!field}}) whose text is a request parameter of its own, so that nothing needs
 * escaping. The terms are already analysed; the configset's query analyzers only split them on spaces, and turn
 * {@value #GAP} back into an empty position. Stateless.
 */
final class SolrQueries {

    /** Stands for an empty position inside a phrase (the configset's {@code gaps.txt}). */
    static final String GAP = "zhreader_gap";
    /** Solr's spelling of {@link SearchPlan#ORDER}. */
    static final String SORT = "score desc,doc asc,sentence asc";
    /** The stored fields a hit needs. */
    static final String FIELDS = "doc,title,sentence,start,end,text,score";

    private SolrQueries() {}

    /**
     * The request for the best {@code limit} sentences after {@code offset}, of one document or (if {@code
     * document} is null) of all; the plan must match something ({@link QueryPlan.Nothing} is answered without
     * asking Solr).
     */
    static SolrQuery search(SearchPlan plan, int limit, int offset, String document) {
        SolrQuery query = new SolrQuery();
        List<String> values = new ArrayList<>();
        query.setQuery(render(plan.match(), values));
        for (int i = 0; i < values.size(); i++) query.set("v" + i, values.get(i));
        query.addFilterQuery("{!term f=type}" + SolrDocuments.SENTENCE);
        if (document != null) {
            query.addFilterQuery("{!term f=doc v=$document}");
            query.set("document", document);
        }
        query.set("sort", SORT);
        query.set("fl", FIELDS);
        query.setStart(offset);
        query.setRows(limit);
        return query;
    }

    /** The standard query syntax of {@code plan}; the texts of its terms and phrases are added to {@code values}. */
    static String render(QueryPlan plan, List<String> values) {
        if (plan instanceof QueryPlan.Term t) return nested("term", t.field(), t.text(), values);
        if (plan instanceof QueryPlan.Phrase p) {
            StringBuilder text = new StringBuilder();
            int at = 0;
            for (int i = 0; i < p.terms().size(); i++) {
                for (; at < p.positions().get(i); at++) text.append(GAP).append(' ');
                text.append(p.terms().get(i)).append(' ');
                at++;
            }
            return nested("field", p.field(), text.toString().strip(), values);
        }
        if (plan instanceof QueryPlan.Bool b) {
            List<String> clauses = new ArrayList<>();
            for (QueryPlan q : b.must()) clauses.add("+" + render(q, values));
            for (QueryPlan q : b.should()) clauses.add(render(q, values));
            return "(" + String.join(" ", clauses) + ")";
        }
        if (plan instanceof QueryPlan.Boost b) return "(" + render(b.query(), values) + ")^" + b.boost();
        throw new IllegalArgumentException("a plan that matches nothing has no Solr query");
    }

    private static String nested(String parser, String field, String text, List<String> values) {
        if (!SearchPlan.FIELDS.contains(field)) throw new IllegalArgumentException("unknown field " + field);
        values.add(text);
        return "_query_:\"{!" + parser + " f=" + field + " v=$v" + (values.size() - 1) + "}\"";
    }
}
