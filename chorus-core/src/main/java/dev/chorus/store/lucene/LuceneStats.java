package dev.chorus.store.lucene;

import dev.chorus.store.FacetCounts;
import dev.chorus.store.StoreStats;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.FieldDoc;

/**
 * Facet counts and time span of the posts matching a query, computed in one pass over the matches (or read from the
 * snapshot's {@link FacetMemo} when a request asked the same filter just before).
 */
final class LuceneStats {
  private LuceneStats() {}

  static StoreStats compute(IndexSearcher searcher, IndexSnapshots.Snapshot snap, Query query)
      throws IOException {
    FacetMemo.Counted counted = snap.memo().counts(searcher, snap.facets(), query);
    long total = counted.total();
    if (total == 0) {
      return StoreStats.empty();
    }
    query = counted.rewritten(); // expanded once, by the count: fuzzy terms are costly to expand
    Facets facets = counted.facets();
    TreeMap<String, Long> days = new TreeMap<>(counts(facets, PostDocuments.DAY));
    FacetResult authors = facets.getTopChildren(1, PostDocuments.AUTHOR);
    return new StoreStats(total,
        counts(facets, PostDocuments.PLATFORM),
        counts(facets, PostDocuments.KIND),
        counts(facets, PostDocuments.LANG),
        days,
        edge(searcher, days.isEmpty() ? query : onDay(query, days.firstKey()), false),
        edge(searcher, days.isEmpty() ? query : onDay(query, days.lastKey()), true),
        authors == null ? 0 : authors.childCount,
        counts(facets, PostDocuments.STANCE),
        counts(facets, PostDocuments.FRAME),
        counts(facets, PostDocuments.ACTOR),
        counts(facets, PostDocuments.COHORT),
        top(facets, PostDocuments.HASHTAG, StoreStats.TOP_HASHTAGS));
  }

  /** The {@code n} most frequent labels of a dimension, largest first (ties by label, so the order is stable). */
  static Map<String, Long> top(Facets facets, String dim, int n) throws IOException {
    FacetResult r;
    try {
      r = facets.getTopChildren(n, dim);
    } catch (IllegalArgumentException e) {
      return Map.of(); // the dimension has no value in the index yet
    }
    Map<String, Long> out = new LinkedHashMap<>();
    if (r != null) {
      java.util.Arrays.stream(r.labelValues)
          .sorted(java.util.Comparator.<LabelAndValue>comparingLong(v -> -v.value.longValue())
              .thenComparing(v -> v.label))
          .forEach(v -> out.put(v.label, v.value.longValue()));
    }
    return out;
  }

  /** The most frequent labels of one dimension among the matches. */
  static FacetCounts top(IndexSearcher searcher, IndexSnapshots.Snapshot snap, Query query, String dim,
      int top) throws IOException {
    FacetMemo.Counted counted = snap.memo().counts(searcher, snap.facets(), query);
    long total = counted.total();
    if (total == 0) {
      return new FacetCounts(0, 0, Map.of());
    }
    Facets facets = counted.facets();
    FacetResult r;
    try {
      r = facets.getTopChildren(Math.max(1, top), dim);
    } catch (IllegalArgumentException e) {
      return new FacetCounts(total, 0, Map.of()); // no post has this dimension yet
    }
    Map<String, Long> out = new LinkedHashMap<>();
    if (r == null) {
      return new FacetCounts(total, 0, out);
    }
    for (LabelAndValue v : r.labelValues) {
      out.put(v.label, v.value.longValue());
    }
    return new FacetCounts(total, r.childCount, out);
  }

  /** Every label of a dimension with its count, largest first. */
  static Map<String, Long> counts(Facets facets, String dim) throws IOException {
    FacetResult r;
    try {
      r = facets.getAllChildren(dim);
    } catch (IllegalArgumentException e) {
      return Map.of(); // the dimension has no value in the index yet
    }
    Map<String, Long> out = new LinkedHashMap<>();
    if (r == null) {
      return out;
    }
    java.util.List<LabelAndValue> lv = new java.util.ArrayList<>(java.util.List.of(r.labelValues));
    lv.sort((a, b) -> Long.compare(b.value.longValue(), a.value.longValue()));
    for (LabelAndValue v : lv) {
      out.put(v.label, v.value.longValue());
    }
    return out;
  }

  /**
   * The query restricted to one day: the earliest and latest posts are on the first and last day of the day counts,
   * so their sorted search looks at one day's matches instead of all of them.
   */
  private static Query onDay(Query query, String day) {
    return new org.apache.lucene.search.BooleanQuery.Builder()
        .add(query, org.apache.lucene.search.BooleanClause.Occur.MUST)
        .add(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(PostDocuments.DAY, day)),
            org.apache.lucene.search.BooleanClause.Occur.FILTER)
        .build();
  }

  private static Instant edge(IndexSearcher searcher, Query query, boolean latest) throws IOException {
    TopFieldDocs top = searcher.search(query, 1,
        new Sort(new SortField(PostDocuments.CREATED, SortField.Type.LONG, latest)));
    if (top.scoreDocs.length == 0) {
      return null;
    }
    Object v = ((FieldDoc) top.scoreDocs[0]).fields[0];
    return Instant.ofEpochMilli((Long) v);
  }
}
