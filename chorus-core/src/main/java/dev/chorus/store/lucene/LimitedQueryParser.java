package dev.chorus.store.lucene;

import dev.chorus.store.QueryLimit;
import dev.chorus.store.QueryTooComplexException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.Query;

/**
 * Lucene's classic multi-field parser that counts, as typed, the fuzzy terms and the patterns (wildcard, prefix,
 * regular expression) of a query and refuses one past {@link QueryLimit#FUZZY_TERMS} or
 * {@link QueryLimit#PATTERN_TERMS} while parsing, before their automata are built. A bare word is expanded to every
 * text field by the parent class, which calls back with each field: those calls are not counted again.
 * One parser per query (it keeps counts).
 */
final class LimitedQueryParser extends MultiFieldQueryParser {
  private int fuzzy;
  private int patterns;
  private boolean expanding;

  LimitedQueryParser(String[] fields, Analyzer analyzer) {
    super(fields, analyzer);
    setDefaultOperator(Operator.AND);
    setAllowLeadingWildcard(false);
  }

  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
    if (!expanding) {
      if (++fuzzy > QueryLimit.FUZZY_TERMS.allowed()) {
        throw new QueryTooComplexException(QueryLimit.FUZZY_TERMS, "more than " + QueryLimit.FUZZY_TERMS.allowed());
      }
      QueryComplexity.checkPatternLength(termStr);
    }
    return expand(field, () -> super.getFuzzyQuery(field, termStr, minSimilarity));
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    pattern(field, termStr);
    return expand(field, () -> super.getPrefixQuery(field, termStr));
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) throws ParseException {
    pattern(field, termStr);
    return expand(field, () -> super.getWildcardQuery(field, termStr));
  }

  @Override
  protected Query getRegexpQuery(String field, String termStr) throws ParseException {
    if (!expanding) {
      pattern(field, termStr);
      QueryComplexity.checkRegExp(termStr);
    }
    return expand(field, () -> super.getRegexpQuery(field, termStr));
  }

  /** Counts a pattern once, as typed: not again for each field a bare one is expanded to. */
  private void pattern(String field, String termStr) {
    if (expanding) {
      return;
    }
    if (++patterns > QueryLimit.PATTERN_TERMS.allowed()) {
      throw new QueryTooComplexException(QueryLimit.PATTERN_TERMS, "more than " + QueryLimit.PATTERN_TERMS.allowed());
    }
    QueryComplexity.checkPatternLength(termStr);
  }

  private interface Build {
    Query run() throws ParseException;
  }

  /** Runs the parent's method; for a bare word (no field) the calls it makes per field are not counted. */
  private Query expand(String field, Build build) throws ParseException {
    boolean outer = expanding;
    expanding = outer || field == null;
    try {
      return build.run();
    } finally {
      expanding = outer;
    }
  }
}
