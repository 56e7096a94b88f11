package dev.chorus.store.lucene;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * The facet counts of the last few queries on one snapshot. Counting a query's matches visits every facet value of
 * every matching post (all dimensions share one doc-values field), and one view of the dashboard asks the same
 * filter for its stats, top domains, calls and coverage: counted once, each of them reads its dimension from the same
 * counts. The counts of a snapshot never change, so the memo needs no invalidation; a newer snapshot gets its own.
 *
 * <p>Memory: one count per facet value of the index for each query kept, at most {@link #BUDGET_VALUES} in all (64 MB)
 * and {@link #MOST_QUERIES} queries; the least recently used goes first.
 */
final class FacetMemo {
  static final long BUDGET_VALUES = 16_000_000L;
  static final int MOST_QUERIES = 32;

  /**
   * Posts matching a query, their facet counts (null when none matches) and the query as rewritten for this snapshot
   * (its fuzzy and pattern terms expanded once, for the caller's further searches on the same snapshot).
   */
  record Counted(long total, Facets facets, Query rewritten) {}

  private final Map<Query, Counted> recent;

  /** @param values facet values in the snapshot (the size of one query's counts) */
  FacetMemo(int values) {
    int capacity = (int) Math.max(1, Math.min(MOST_QUERIES, BUDGET_VALUES / Math.max(1, values)));
    this.recent = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Query, Counted> eldest) {
        return size() > capacity;
      }
    };
  }

  /**
   * {@code query} as an earlier count on this snapshot rewrote it, or {@code query} itself when none did: a further
   * pass over the same matches (the stance sums after the stats) need not expand its fuzzy terms again.
   */
  Query rewrittenOr(Query query) {
    synchronized (recent) {
      Counted known = recent.get(query);
      return known == null ? query : known.rewritten();
    }
  }

  /**
   * The counts of {@code query}'s matches, computed now or by an earlier request on this snapshot. Two requests
   * asking the same new query at once may both count it: cheaper than making one wait, and the result is the same.
   */
  Counted counts(IndexSearcher searcher, SortedSetDocValuesReaderState state, Query query) throws IOException {
    synchronized (recent) {
      Counted known = recent.get(query);
      if (known != null) {
        return known;
      }
    }
    Query rewritten = searcher.rewrite(query); // once: expanding fuzzy terms is costly
    FacetsCollector fc = searcher.search(rewritten, new FacetsCollectorManager());
    long total = fc.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
    Counted counted = new Counted(total, total == 0 ? null : new OneReaderAtATime(
        new SortedSetDocValuesFacetCounts(state, fc)), rewritten);
    synchronized (recent) {
      recent.put(query, counted);
    }
    return counted;
  }

  /**
   * Memoised counts, read by one request at a time. Reading labels looks up ordinals in the counts' own doc values,
   * whose terms dictionary decodes blocks into a buffer it keeps: two requests reading the same counts at once
   * corrupted each other's lookups (under 200 requests/s, an {@code ArrayIndexOutOfBoundsException} in LZ4, or a
   * wrong label where the bytes happened to decode). Reading is quick next to counting, so a lock costs little.
   */
  private static final class OneReaderAtATime extends Facets {
    private final Facets counts;

    OneReaderAtATime(Facets counts) {
      this.counts = counts;
    }

    @Override
    public synchronized FacetResult getAllChildren(String dim, String... path) throws IOException {
      return counts.getAllChildren(dim, path);
    }

    @Override
    public synchronized FacetResult getTopChildren(int topN, String dim, String... path) throws IOException {
      return counts.getTopChildren(topN, dim, path);
    }

    @Override
    public synchronized Number getSpecificValue(String dim, String... path) throws IOException {
      return counts.getSpecificValue(dim, path);
    }

    @Override
    public synchronized List<FacetResult> getAllDims(int topN) throws IOException {
      return counts.getAllDims(topN);
    }

    @Override
    public synchronized List<FacetResult> getTopDims(int topNDims, int topNChildren) throws IOException {
      return counts.getTopDims(topNDims, topNChildren);
    }
  }
}
