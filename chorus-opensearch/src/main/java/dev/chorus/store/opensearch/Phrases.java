package dev.chorus.store.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;

/**
 * Phrase queries with their analysed terms and positions. A phrase of consecutive positions is a {@code
 * match_phrase} of its terms split on whitespace (the very same Lucene phrase query, slop included). A phrase with
 * holes (stop words removed by the English and Arabic analysers) or with several terms at one position is a {@code
 * span_near} with {@code span_gap}s: exact without slop; with slop, an unordered span of the same width, which may
 * match a little more than Lucene's sloppy phrase (said in the README).
 */
final class Phrases {
  private Phrases() {}

  static ObjectNode translate(Query query) {
    if (query instanceof PhraseQuery p) {
      Term[] terms = p.getTerms();
      if (terms.length == 0) {
        return QueryTranslator.matchNone();
      }
      if (!QueryTranslator.searchable(terms[0])) {
        return QueryTranslator.matchNone();
      }
      int[] positions = p.getPositions();
      if (consecutive(positions)) {
        ObjectNode n = QueryTranslator.node();
        ObjectNode f = n.putObject("match_phrase").putObject(p.getField());
        f.put("query", String.join(" ", java.util.Arrays.stream(terms).map(Term::text).toList()));
        f.put("analyzer", "whitespace");
        f.put("slop", p.getSlop());
        return n;
      }
      Term[][] arrays = new Term[terms.length][];
      for (int i = 0; i < terms.length; i++) {
        arrays[i] = new Term[] {terms[i]};
      }
      return spans(p.getField(), arrays, positions, p.getSlop());
    }
    MultiPhraseQuery m = (MultiPhraseQuery) query;
    Term[][] arrays = m.getTermArrays();
    if (arrays.length == 0 || !QueryTranslator.searchable(arrays[0][0])) {
      return QueryTranslator.matchNone();
    }
    return spans(arrays[0][0].field(), arrays, m.getPositions(), m.getSlop());
  }

  private static boolean consecutive(int[] positions) {
    for (int i = 1; i < positions.length; i++) {
      if (positions[i] != positions[i - 1] + 1) {
        return false;
      }
    }
    return true;
  }

  private static ObjectNode spans(String field, Term[][] arrays, int[] positions, int slop) {
    ObjectNode n = QueryTranslator.node();
    ObjectNode near = n.putObject("span_near");
    ArrayNode clauses = near.putArray("clauses");
    int gaps = 0;
    for (int i = 0; i < arrays.length; i++) {
      int gap = i == 0 ? 0 : positions[i] - positions[i - 1] - 1;
      if (gap > 0 && slop == 0) {
        clauses.addObject().putObject("span_gap").put(field, gap);
      }
      gaps += Math.max(0, gap);
      clauses.add(spanOf(field, List.of(arrays[i])));
    }
    near.put("slop", slop == 0 ? 0 : slop + gaps);
    near.put("in_order", slop == 0);
    return n;
  }

  private static ObjectNode spanOf(String field, List<Term> alternatives) {
    if (alternatives.size() == 1) {
      ObjectNode n = QueryTranslator.node();
      n.putObject("span_term").put(field, alternatives.get(0).text());
      return n;
    }
    ObjectNode n = QueryTranslator.node();
    ArrayNode or = n.putObject("span_or").putArray("clauses");
    alternatives.forEach(t -> or.add(spanOf(field, List.of(t))));
    return n;
  }
}
