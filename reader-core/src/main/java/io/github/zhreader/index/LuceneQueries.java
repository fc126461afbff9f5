package io.github.zhreader.index;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** Renders a {@link QueryPlan} as a Lucene query, node for node. Stateless. */
final class LuceneQueries {

    private LuceneQueries() {}

    /** The Lucene query of {@code plan}. */
    static Query of(QueryPlan plan) {
        if (plan instanceof QueryPlan.Term t) return new TermQuery(new Term(t.field(), t.text()));
        if (plan instanceof QueryPlan.Phrase p) {
            PhraseQuery.Builder phrase = new PhraseQuery.Builder();
            for (int i = 0; i < p.terms().size(); i++) {
                phrase.add(new Term(p.field(), p.terms().get(i)), p.positions().get(i));
            }
            return phrase.build();
        }
        if (plan instanceof QueryPlan.Bool b) {
            BooleanQuery.Builder bool = new BooleanQuery.Builder();
            for (QueryPlan q : b.must()) bool.add(of(q), Occur.MUST);
            for (QueryPlan q : b.should()) bool.add(of(q), Occur.SHOULD);
            return bool.build();
        }
        if (plan instanceof QueryPlan.Boost b) return new BoostQuery(of(b.query()), b.boost());
        return new MatchNoDocsQuery();
    }
}
