package dev.chorus.store.lucene;

import dev.chorus.store.TimeSeries;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRef;

/**
 * Counts matching posts per time bucket and label in one pass over the matches, reading creation time and the
 * dimension's facet ordinals from doc values (no stored fields are loaded). Buckets start in the given time zone.
 */
final class LuceneTimeSeries {
  private LuceneTimeSeries() {}

  static TimeSeries compute(IndexSearcher searcher, Query query, TimeSeries.Interval interval, String dimension,
      java.time.ZoneId zone) throws IOException {
    TreeMap<Long, Long> totals = new TreeMap<>();
    Map<String, Map<Long, Long>> byLabel = new HashMap<>();
    // facet labels live in one doc-values field as "dim<US>label", sorted: a dimension is one range of ordinals
    String prefix = dimension == null ? null : dimension + FacetsConfig.DELIM_CHAR;
    searcher.search(query, new SimpleCollector() {
      NumericDocValues created;
      SortedSetDocValues labels;
      long lo;
      long hi;
      Map<Long, String> names = new HashMap<>();
      long from = 1; // the bucket of the last post counted: [from, to), empty at first
      long to = 0;

      @Override
      protected void doSetNextReader(LeafReaderContext context) throws IOException {
        created = DocValues.getNumeric(context.reader(), PostDocuments.CREATED);
        names = new HashMap<>();
        if (prefix == null) {
          labels = null;
          return;
        }
        labels = DocValues.getSortedSet(context.reader(), FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
        lo = firstOrdAtOrAfter(labels, prefix);
        hi = firstOrdAtOrAfter(labels, prefix + Character.MAX_VALUE);
      }

      @Override
      public void collect(int doc) throws IOException {
        if (!created.advanceExact(doc)) {
          return;
        }
        long second = Math.floorDiv(created.longValue(), 1000);
        if (second < from || second >= to) { // posts come in index order, mostly in time order: often the same bucket
          from = interval.bucketStart(second, zone);
          to = interval.next(from, zone);
        }
        long bucket = from;
        totals.merge(bucket, 1L, Long::sum);
        if (labels != null && labels.advanceExact(doc)) {
          for (int i = 0; i < labels.docValueCount(); i++) {
            long ord = labels.nextOrd();
            if (ord < lo || ord >= hi) {
              continue;
            }
            String label = names.computeIfAbsent(ord, o -> lookup(labels, o).substring(prefix.length()));
            byLabel.computeIfAbsent(label, k -> new HashMap<>()).merge(bucket, 1L, Long::sum);
          }
        }
      }

      @Override
      public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
      }
    });
    return TimeSeries.of(interval, zone, totals, byLabel);
  }

  private static long firstOrdAtOrAfter(SortedSetDocValues dv, String key) throws IOException {
    long ord = dv.lookupTerm(new BytesRef(key));
    return ord >= 0 ? ord : -ord - 1;
  }

  private static String lookup(SortedSetDocValues dv, long ord) {
    try {
      return dv.lookupOrd(ord).utf8ToString();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
