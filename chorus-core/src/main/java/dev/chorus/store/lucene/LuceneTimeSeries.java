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
  /** A dimension with at most this many values in a segment is counted in an array; a larger one in a map. */
  private static final int ARRAY_VALUES = 1 << 16;

  private LuceneTimeSeries() {}

  static TimeSeries compute(IndexSearcher searcher, Query query, TimeSeries.Interval interval, String dimension,
      java.time.ZoneId zone) throws IOException {
    Counter counter = new Counter(interval, zone, dimension);
    searcher.search(query, counter);
    counter.flush();
    return TimeSeries.of(interval, zone, counter.totals, counter.byLabel);
  }

  /**
   * Posts come in index order, which is mostly time order: the counter adds up a run of posts in one bucket in plain
   * counters (per label ordinal) and moves them into the maps when the bucket or the segment changes, instead of
   * boxing a map entry per post.
   */
  private static final class Counter extends SimpleCollector {
    final TreeMap<Long, Long> totals = new TreeMap<>();
    final Map<String, Map<Long, Long>> byLabel = new HashMap<>();
    private final TimeSeries.Interval interval;
    private final java.time.ZoneId zone;
    // facet labels live in one doc-values field as "dim<US>label", sorted: a dimension is one range of ordinals
    private final String prefix;
    private NumericDocValues created;
    private SortedSetDocValues labels;
    private long lo;
    private long hi;
    private long from = 1; // the bucket of the run: [from, to), empty at first
    private long to = 0;
    private long run;
    private long[] runByOrd; // index: ordinal - lo
    private int[] touched = new int[16];
    private int touchedCount;
    private Map<Long, Long> runByOrdMap;
    private final Map<Long, String> names = new HashMap<>(); // the segment's labels looked up so far

    Counter(TimeSeries.Interval interval, java.time.ZoneId zone, String dimension) {
      this.interval = interval;
      this.zone = zone;
      this.prefix = dimension == null ? null : dimension + FacetsConfig.DELIM_CHAR;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      flush(); // ordinals are the segment's own
      names.clear();
      created = DocValues.getNumeric(context.reader(), PostDocuments.CREATED);
      if (prefix == null) {
        labels = null;
        return;
      }
      labels = DocValues.getSortedSet(context.reader(), FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
      lo = firstOrdAtOrAfter(labels, prefix);
      hi = firstOrdAtOrAfter(labels, prefix + Character.MAX_VALUE);
      boolean small = hi - lo <= ARRAY_VALUES;
      runByOrd = small ? new long[(int) (hi - lo)] : null;
      runByOrdMap = small ? null : new HashMap<>();
    }

    @Override
    public void collect(int doc) throws IOException {
      if (!created.advanceExact(doc)) {
        return;
      }
      long second = Math.floorDiv(created.longValue(), 1000);
      if (second < from || second >= to) {
        flush();
        from = interval.bucketStart(second, zone);
        to = interval.next(from, zone);
      }
      run++;
      if (labels != null && labels.advanceExact(doc)) {
        for (int i = 0; i < labels.docValueCount(); i++) {
          long ord = labels.nextOrd();
          if (ord >= hi) {
            break; // a document's ordinals come in ascending order
          }
          if (ord >= lo) {
            count(ord);
          }
        }
      }
    }

    private void count(long ord) {
      if (runByOrd == null) {
        runByOrdMap.merge(ord, 1L, Long::sum);
        return;
      }
      int i = (int) (ord - lo);
      if (runByOrd[i]++ == 0) {
        if (touchedCount == touched.length) {
          touched = java.util.Arrays.copyOf(touched, touchedCount * 2);
        }
        touched[touchedCount++] = i;
      }
    }

    /** Moves the run's counts into the maps. */
    void flush() {
      if (run == 0) {
        return;
      }
      totals.merge(from, run, Long::sum);
      run = 0;
      for (int t = 0; t < touchedCount; t++) {
        int i = touched[t];
        add(lo + i, runByOrd[i]);
        runByOrd[i] = 0;
      }
      touchedCount = 0;
      if (runByOrdMap != null) {
        runByOrdMap.forEach(this::add);
        runByOrdMap.clear();
      }
    }

    private void add(long ord, long n) {
      String label = names.computeIfAbsent(ord, o -> lookup(labels, o).substring(prefix.length()));
      byLabel.computeIfAbsent(label, k -> new HashMap<>()).merge(from, n, Long::sum);
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
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
