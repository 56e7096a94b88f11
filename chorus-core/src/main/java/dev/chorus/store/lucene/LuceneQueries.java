package dev.chorus.store.lucene;

import dev.chorus.dimension.Dimension;
import dev.chorus.dimension.Dimensions;
import dev.chorus.store.PostQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import dev.chorus.store.InvalidFilterException;
import dev.chorus.store.PostQueryParser;
import dev.chorus.store.QueryLimit;
import dev.chorus.store.QueryTooComplexException;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Turns a {@link PostQuery} into a Lucene query. Free text uses Lucene's classic query syntax; bare words are looked up
 * in the multilingual field and in every language-specific field (so a Persian word matches its inflected forms), and
 * all words must match. Field names usable in the syntax: text, title, hashtag, author, domain, platform, lang, kind,
 * source, call, addressee.
 */
final class LuceneQueries {
  private static final String[] SEARCH_FIELDS = searchFields();

  private final Analyzer analyzer;

  LuceneQueries(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  private static String[] searchFields() {
    List<String> f = new ArrayList<>(List.of(PostDocuments.TEXT, PostDocuments.TITLE));
    PostDocuments.ANALYSED_LANGUAGES.forEach(l -> f.add(PostDocuments.TEXT_PREFIX + l));
    return f.toArray(String[]::new);
  }

  Query toLucene(PostQuery q) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (q.text() != null) {
      b.add(parse(q.text(), analyzer), BooleanClause.Occur.MUST);
    } else {
      b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
    }
    q.dimensions().forEach((id, values) -> filter(b, Dimensions.get(id), values));
    if (q.since() != null || q.until() != null) {
      long from = q.since() == null ? Long.MIN_VALUE : q.since().toEpochMilli();
      long to = q.until() == null ? Long.MAX_VALUE : q.until().toEpochMilli() - 1;
      b.add(LongPoint.newRangeQuery(PostDocuments.CREATED, from, to), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  /**
   * The free-text query, checked against every {@link QueryLimit} that needs no index before anything runs.
   *
   * @throws InvalidFilterException naming {@code q}: not valid syntax, or past a limit ({@link QueryTooComplexException})
   */
  static Query parse(String text, Analyzer analyzer) {
    QueryComplexity.checkText(text);
    Query query;
    try {
      query = new LimitedQueryParser(SEARCH_FIELDS, analyzer).parse(text);
    } catch (ParseException e) {
      if (e.getCause() instanceof IndexSearcher.TooManyClauses) {
        throw new QueryTooComplexException(QueryLimit.CLAUSES, "more than " + QueryLimit.CLAUSES.allowed());
      }
      String why = e.getMessage().lines().findFirst().orElse("").replaceFirst("^Cannot parse '.*?': ", "");
      throw new InvalidFilterException(PostQueryParser.QUERY, "'" + QueryComplexity.abbreviate(text)
          + "' is not valid query syntax: " + why);
    } catch (TooComplexToDeterminizeException e) {
      throw new QueryTooComplexException(QueryLimit.AUTOMATON_STATES, "more than "
          + QueryLimit.AUTOMATON_STATES.allowed());
    } catch (InvalidFilterException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      // Lucene refusing a term it cannot search (e.g. a regular expression it cannot read)
      throw new InvalidFilterException(PostQueryParser.QUERY, "'" + QueryComplexity.abbreviate(text)
          + "' cannot be searched: " + e.getMessage());
    } catch (StackOverflowError e) {
      // the text check bounds every recursion known; this is the net under it
      throw new QueryTooComplexException(QueryLimit.NESTING, "too many");
    }
    QueryComplexity.checkClauses(query);
    return query;
  }

  /** One dimension's values as alternatives, each looked up by the dimension's own term rule. */
  private static void filter(BooleanQuery.Builder b, Dimension d, Set<String> values) {
    List<BytesRef> terms = values.stream().map(v -> new BytesRef(d.term(v))).toList();
    b.add(new TermInSetQuery(d.id(), terms), BooleanClause.Occur.FILTER);
  }
}
