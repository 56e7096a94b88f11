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
  /**
   * A dimension with at most this many values in a segment (languages, stances, frames, cohorts) is counted in one
   * small array per bucket; a larger one (hashtags, accounts) label by label in maps.
   */
  private static final int DENSE_VALUES = 64;

  private LuceneTimeSeries() {}

  static TimeSeries compute(IndexSearcher searcher, Query query, TimeSeries.Interval interval, String dimension,
      java.time.ZoneId zone) throws IOException {
    Counter counter = new Counter(interval, zone, dimension);
    searcher.search(query, counter);
    counter.flush();
    return TimeSeries.of(interval, zone, counter.totals, counter.byLabel);
  }

  /**
   * Counts a segment's matches in one array per bucket (the posts in it, then one slot per label ordinal of a small
   * dimension) and moves them into the maps at the segment's end, instead of boxing a map entry per post and label.
   */
  private static final class Counter extends SimpleCollector {
    final TreeMap<Long, Long> totals = new TreeMap<>();
    final Map<String, Map<Long, Long>> byLabel = new HashMap<>();
    private final TimeSeries.Interval interval;
    private final java.time.ZoneId zone;
    // facet labels live in one doc-values field as "dim<US>label", sorted: a dimension is one range of ordinals
    private final String prefix;
    // bucket start -> [label counts..., posts, bucket end]: a post out of time order finds its bucket by a floor
    // lookup instead of working out the zone's calendar again
    private final TreeMap<Long, long[]> buckets = new TreeMap<>();
    private final Map<Long, String> names = new HashMap<>(); // the segment's labels looked up so far
    private NumericDocValues created;
    private SortedSetDocValues labels;
    private long lo;
    private long hi;
    private int width; // label slots in a bucket's array: 0 for no dimension or a large one
    private long from = 1; // the bucket of the last post counted: [from, to), empty at first
    private long to = 0;
    private long[] current;

    Counter(TimeSeries.Interval interval, java.time.ZoneId zone, String dimension) {
      this.interval = interval;
      this.zone = zone;
      this.prefix = dimension == null ? null : dimension + FacetsConfig.DELIM_CHAR;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      flush(); // ordinals are the segment's own
      created = DocValues.getNumeric(context.reader(), PostDocuments.CREATED);
      labels = prefix == null ? null
          : DocValues.getSortedSet(context.reader(), FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
      lo = labels == null ? 0 : firstOrdAtOrAfter(labels, prefix);
      hi = labels == null ? 0 : firstOrdAtOrAfter(labels, prefix + Character.MAX_VALUE);
      width = hi - lo <= DENSE_VALUES ? (int) (hi - lo) : 0;
    }

    @Override
    public void collect(int doc) throws IOException {
      if (!created.advanceExact(doc)) {
        return;
      }
      long second = Math.floorDiv(created.longValue(), 1000);
      if (second < from || second >= to) { // posts come mostly in time order: often the same bucket
        bucketOf(second);
      }
      current[width]++;
      if (labels == null || !labels.advanceExact(doc)) {
        return;
      }
      for (int i = 0; i < labels.docValueCount(); i++) {
        long ord = labels.nextOrd();
        if (ord >= hi) {
          break; // a document's ordinals come in ascending order
        } else if (ord < lo) {
          continue;
        } else if (width > 0) {
          current[(int) (ord - lo)]++;
        } else {
          add(ord, from, 1);
        }
      }
    }

    private void bucketOf(long second) {
      Map.Entry<Long, long[]> known = buckets.floorEntry(second);
      if (known != null && second < known.getValue()[width + 1]) {
        from = known.getKey();
        current = known.getValue();
      } else {
        from = interval.bucketStart(second, zone);
        current = new long[width + 2];
        current[width + 1] = interval.next(from, zone);
        buckets.put(from, current);
      }
      to = current[width + 1];
    }

    /** Moves the segment's counts into the maps. */
    void flush() {
      buckets.forEach((bucket, counts) -> {
        totals.merge(bucket, counts[width], Long::sum);
        for (int i = 0; i < width; i++) {
          if (counts[i] > 0) {
            add(lo + i, bucket, counts[i]);
          }
        }
      });
      buckets.clear();
      names.clear();
      from = 1;
      to = 0;
    }

    private void add(long ord, long bucket, long n) {
      String label = names.computeIfAbsent(ord, o -> lookup(labels, o).substring(prefix.length()));
      byLabel.computeIfAbsent(label, k -> new HashMap<>()).merge(bucket, n, Long::sum);
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
