package dev.chorus.store.lucene;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;

/**
 * The free-text query of a {@link dev.chorus.store.PostQuery} as the embedded store reads it: the same parser, the
 * same analysers and the same {@link dev.chorus.store.QueryLimit}s. A cluster store (OpenSearch) parses with it on
 * the client and translates the resulting Lucene query, so that both stores understand one syntax the same way.
 */
public final class FreeTextQueries {
  /** Analysers are thread-safe: one for every query of this JVM. */
  private static final Analyzer ANALYZER = SearchAnalyzers.create();

  private FreeTextQueries() {}

  /**
   * The parsed query, checked against every limit that needs no index.
   *
   * @throws dev.chorus.store.InvalidFilterException naming {@code q}: not valid syntax, or past a limit
   */
  public static Query parse(String text) {
    return LuceneQueries.parse(text, ANALYZER);
  }

  /** The fields whose terms a query may look up: text fields and keyword fields, by their index names. */
  public static List<String> searchableFields() {
    List<String> f = new java.util.ArrayList<>(List.of(PostDocuments.TEXT, PostDocuments.TITLE));
    PostDocuments.ANALYSED_LANGUAGES.forEach(l -> f.add(PostDocuments.TEXT_PREFIX + l));
    f.addAll(PostDocuments.KEYWORD_FIELDS);
    return List.copyOf(f);
  }
}
