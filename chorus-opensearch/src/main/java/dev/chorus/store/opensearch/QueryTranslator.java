package dev.chorus.store.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.dimension.Dimension;
import dev.chorus.dimension.Dimensions;
import dev.chorus.store.InvalidFilterException;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostQueryParser;
import dev.chorus.store.lucene.FreeTextQueries;
import dev.chorus.store.lucene.PostDocuments;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;

/**
 * A {@link PostQuery} as OpenSearch query DSL. The free text is parsed by the embedded store's parser ({@link
 * FreeTextQueries}: same syntax, analysers, limits and errors) and its Lucene query translated node by node into
 * queries that do not analyse again (term, prefix, wildcard, regexp, fuzzy, range, span), so both stores look up the
 * very same terms. A field the embedded index does not search (a stored-only field, an unknown name) matches nothing,
 * as there. Dimension filters are {@code terms} filters on the dimensions' term fields; {@code until} is exclusive.
 */
final class QueryTranslator {
  private static final Set<String> SEARCHABLE = Set.copyOf(FreeTextQueries.searchableFields());

  private QueryTranslator() {}

  static ObjectNode toDsl(PostQuery q) {
    ObjectNode root = node();
    ObjectNode bool = root.putObject("bool");
    bool.putArray("must").add(q.text() == null ? matchAll() : translate(FreeTextQueries.parse(q.text()), q.text()));
    ArrayNode filter = bool.putArray("filter");
    q.dimensions().forEach((id, values) -> {
      Dimension d = Dimensions.get(id);
      ArrayNode terms = filter.addObject().putObject("terms").putArray(d.id());
      values.forEach(v -> terms.add(d.term(v)));
    });
    if (q.since() != null || q.until() != null) {
      ObjectNode range = filter.addObject().putObject("range").putObject(PostDocuments.CREATED);
      range.put("format", "epoch_millis");
      if (q.since() != null) {
        range.put("gte", q.since().toEpochMilli());
      }
      if (q.until() != null) {
        range.put("lt", q.until().toEpochMilli());
      }
    }
    return root;
  }

  /** The DSL of a parsed free-text query; {@code text} only names it in an error. */
  static ObjectNode translate(Query query, String text) {
    if (query instanceof BooleanQuery b) {
      return bool(b, text);
    }
    if (query instanceof BoostQuery b) {
      ObjectNode n = node();
      ObjectNode bool = n.putObject("bool");
      bool.putArray("must").add(translate(b.getQuery(), text));
      bool.put("boost", b.getBoost());
      return n;
    }
    if (query instanceof ConstantScoreQuery c) {
      ObjectNode n = node();
      n.putObject("constant_score").set("filter", translate(c.getQuery(), text));
      return n;
    }
    if (query instanceof DisjunctionMaxQuery d) {
      ObjectNode n = node();
      ObjectNode dm = n.putObject("dis_max");
      ArrayNode queries = dm.putArray("queries");
      d.getDisjuncts().forEach(q -> queries.add(translate(q, text)));
      dm.put("tie_breaker", d.getTieBreakerMultiplier());
      return n;
    }
    if (query instanceof MatchAllDocsQuery) {
      return matchAll();
    }
    if (query instanceof MatchNoDocsQuery) {
      return matchNone();
    }
    return leaf(query, text);
  }

  /** Queries that look terms up in one field: nothing when the embedded index does not search that field. */
  private static ObjectNode leaf(Query query, String text) {
    if (query instanceof TermQuery t) {
      return searchable(t.getTerm()) ? fieldQuery("term", t.getTerm().field(), t.getTerm().text()) : matchNone();
    }
    if (query instanceof PrefixQuery p) {
      return searchable(p.getPrefix()) ? fieldQuery("prefix", p.getField(), p.getPrefix().text()) : matchNone();
    }
    if (query instanceof WildcardQuery w) {
      return searchable(w.getTerm()) ? fieldQuery("wildcard", w.getField(), w.getTerm().text()) : matchNone();
    }
    if (query instanceof RegexpQuery r) {
      if (!searchable(r.getRegexp())) {
        return matchNone();
      }
      ObjectNode n = node();
      n.putObject("regexp").putObject(r.getField()).put("value", r.getRegexp().text()).put("flags", "ALL")
          .put("max_determinized_states", 10_000);
      return n;
    }
    if (query instanceof FuzzyQuery f) {
      if (!searchable(f.getTerm())) {
        return matchNone();
      }
      ObjectNode n = node();
      // the classic parser's FuzzyQuery: its edits and prefix, Lucene's default 50 expansions
      n.putObject("fuzzy").putObject(f.getField()).put("value", f.getTerm().text())
          .put("fuzziness", Integer.toString(f.getMaxEdits()))
          .put("prefix_length", f.getPrefixLength()).put("transpositions", f.getTranspositions())
          .put("max_expansions", FuzzyQuery.defaultMaxExpansions);
      return n;
    }
    if (query instanceof TermRangeQuery r) {
      return searchable(new Term(r.getField(), "")) ? range(r) : matchNone();
    }
    if (query instanceof SynonymQuery s) {
      // terms at one position (a Hebrew word and its prefix-stripped form): any of them
      ObjectNode n = node();
      ObjectNode bool = n.putObject("bool");
      ArrayNode should = bool.putArray("should");
      s.getTerms().stream().filter(QueryTranslator::searchable)
          .forEach(t -> should.add(fieldQuery("term", t.field(), t.text())));
      bool.put("minimum_should_match", 1);
      return n;
    }
    if (query instanceof org.apache.lucene.search.PhraseQuery || query instanceof org.apache.lucene.search.MultiPhraseQuery) {
      return Phrases.translate(query);
    }
    throw new InvalidFilterException(PostQueryParser.QUERY, "'" + text + "' asks for a kind of query ("
        + query.getClass().getSimpleName() + ") that the OpenSearch store cannot run; rephrase it without it");
  }

  private static ObjectNode bool(BooleanQuery b, String text) {
    ObjectNode n = node();
    ObjectNode bool = n.putObject("bool");
    boolean positive = false;
    boolean mandatory = false;
    int shoulds = 0;
    for (BooleanClause c : b.clauses()) {
      String occur = switch (c.getOccur()) {
        case MUST -> "must";
        case FILTER -> "filter";
        case SHOULD -> "should";
        case MUST_NOT -> "must_not";
      };
      positive |= c.getOccur() != BooleanClause.Occur.MUST_NOT;
      mandatory |= c.getOccur() == BooleanClause.Occur.MUST || c.getOccur() == BooleanClause.Occur.FILTER;
      shoulds += c.getOccur() == BooleanClause.Occur.SHOULD ? 1 : 0;
      bool.withArray(occur).add(translate(c.getQuery(), text));
    }
    if (!positive) {
      return matchNone(); // Lucene: a query of exclusions alone matches nothing (OpenSearch would match the rest)
    }
    if (shoulds > 0) {
      int msm = b.getMinimumNumberShouldMatch();
      bool.put("minimum_should_match", msm > 0 ? msm : mandatory ? 0 : 1);
    }
    return n;
  }

  private static ObjectNode range(TermRangeQuery r) {
    ObjectNode n = node();
    ObjectNode f = n.putObject("range").putObject(r.getField());
    if (r.getLowerTerm() != null) {
      f.put(r.includesLower() ? "gte" : "gt", r.getLowerTerm().utf8ToString());
    }
    if (r.getUpperTerm() != null) {
      f.put(r.includesUpper() ? "lte" : "lt", r.getUpperTerm().utf8ToString());
    }
    return n;
  }

  static boolean searchable(Term t) {
    return SEARCHABLE.contains(t.field());
  }

  static ObjectNode fieldQuery(String type, String field, String value) {
    ObjectNode n = node();
    n.putObject(type).putObject(field).put("value", value);
    return n;
  }

  static ObjectNode matchAll() {
    ObjectNode n = node();
    n.putObject("match_all");
    return n;
  }

  static ObjectNode matchNone() {
    ObjectNode n = node();
    n.putObject("match_none");
    return n;
  }

  static ObjectNode node() {
    return OpenSearchConnection.JSON.createObjectNode();
  }
}
