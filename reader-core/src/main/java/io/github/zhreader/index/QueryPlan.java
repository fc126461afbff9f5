package io.github.zhreader.index;

import java.util.List;
import java.util.Objects;

/**
 * A sentence query as data: terms already analysed as the library's fields analyse them, phrases with their
 * positions, required and optional clauses, and boosts. The embedded library renders a plan to a Lucene query; a
 * search engine elsewhere (reader-solr renders it to a Solr request) runs the same plan on the same fields and so
 * scores every sentence the same. Made by {@link SearchPlan#of}.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface QueryPlan {

    /**
     * One indexed term of one field, compared as it is.
     *
     * @param field the field, one of {@link SearchPlan#FIELDS}
     * @param text  the term, already analysed
     */
    record Term(String field, String text) implements QueryPlan {
        public Term {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * Terms of one field at the given positions relative to each other, and nothing between them: a gap in the
     * positions stands for a word the analysis drops (English stop words).
     *
     * @param field     the field, one of {@link SearchPlan#FIELDS}
     * @param terms     two or more terms, already analysed
     * @param positions the position of each term, increasing from 0
     */
    record Phrase(String field, List<String> terms, List<Integer> positions) implements QueryPlan {
        public Phrase {
            Objects.requireNonNull(field, "field");
            terms = List.copyOf(terms);
            positions = List.copyOf(positions);
            if (terms.size() < 2 || positions.size() != terms.size()) {
                throw new IllegalArgumentException("a phrase of " + terms + " at " + positions);
            }
            for (int i = 0; i < positions.size(); i++) {
                int before = i == 0 ? -1 : positions.get(i - 1);
                if (positions.get(i) <= before) throw new IllegalArgumentException("positions " + positions);
            }
        }
    }

    /**
     * A sentence matches every {@code must} clause; each {@code should} clause it matches adds to its score. At
     * least one clause, and at least one {@code must} clause unless there are only {@code should} clauses (then a
     * sentence matches at least one).
     */
    record Bool(List<QueryPlan> must, List<QueryPlan> should) implements QueryPlan {
        public Bool {
            must = List.copyOf(must);
            should = List.copyOf(should);
            if (must.isEmpty() && should.isEmpty()) throw new IllegalArgumentException("a Boolean query of nothing");
        }
    }

    /** The query with its score multiplied by {@code boost}. */
    record Boost(QueryPlan query, float boost) implements QueryPlan {
        public Boost {
            Objects.requireNonNull(query, "query");
            if (!(boost > 0) || Float.isInfinite(boost)) throw new IllegalArgumentException("boost " + boost);
        }
    }

    /** Matches nothing: a query with nothing to search for. */
    record Nothing() implements QueryPlan {}
}
