package dev.chorus.store.lucene;

import dev.chorus.store.DailyCounts;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Posts per day and per value of one dimension in a single pass over the matches: each matching document's facet
 * ordinals are read once, and its day and dimension values counted together. Stats per value would take one pass
 * per value.
 */
final class LuceneDailyCounts {
  private LuceneDailyCounts() {}

  static DailyCounts compute(IndexSearcher searcher, SortedSetDocValuesReaderState state, Query query,
      String dimension) throws IOException {
    OrdRange days = range(state, PostDocuments.DAY);
    if (days == null) {
      return new DailyCounts(Map.of(), Map.of());
    }
    OrdRange values = range(state, dimension);
    FacetsCollector fc = searcher.search(query, new FacetsCollectorManager());
    SortedSetDocValues dv = state.getDocValues(); // global ordinals, addressed by top-level doc id
    long[] perDay = new long[days.end - days.start + 1];
    Map<Long, Long> pairs = new HashMap<>(); // (value ordinal, day ordinal) packed in a long
    long[] buffer = new long[16];
    for (FacetsCollector.MatchingDocs m : fc.getMatchingDocs()) {
      DocIdSetIterator it = m.bits == null ? null : m.bits.iterator();
      if (it == null) {
        continue;
      }
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (!dv.advanceExact(m.context.docBase + doc)) {
          continue;
        }
        long day = -1;
        int found = 0;
        for (int i = 0; i < dv.docValueCount(); i++) {
          long ord = dv.nextOrd();
          if (ord >= days.start && ord <= days.end) {
            day = ord;
          } else if (values != null && ord >= values.start && ord <= values.end) {
            if (found == buffer.length) {
              buffer = java.util.Arrays.copyOf(buffer, found * 2);
            }
            buffer[found++] = ord;
          }
        }
        if (day < 0) {
          continue;
        }
        perDay[(int) (day - days.start)]++;
        for (int i = 0; i < found; i++) {
          pairs.merge((buffer[i] << 32) | (day - days.start), 1L, Long::sum);
        }
      }
    }
    return new DailyCounts(totals(dv, days, perDay), byValue(dv, days, pairs));
  }

  private static OrdRange range(SortedSetDocValuesReaderState state, String dim) {
    try {
      return state.getOrdRange(dim);
    } catch (IllegalArgumentException e) {
      return null; // no post has a value for it yet
    }
  }

  private static Map<String, Long> totals(SortedSetDocValues dv, OrdRange days, long[] perDay) throws IOException {
    Map<String, Long> out = new TreeMap<>();
    for (int i = 0; i < perDay.length; i++) {
      if (perDay[i] > 0) {
        out.put(label(dv, days.start + i), perDay[i]);
      }
    }
    return out;
  }

  private static Map<String, Map<String, Long>> byValue(SortedSetDocValues dv, OrdRange days, Map<Long, Long> pairs)
      throws IOException {
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    Map<Long, String> labels = new HashMap<>();
    for (Map.Entry<Long, Long> e : pairs.entrySet()) {
      long valueOrd = e.getKey() >>> 32;
      long dayOrd = days.start + (e.getKey() & 0xffffffffL);
      String value = labels.computeIfAbsent(valueOrd, o -> uncheckedLabel(dv, o));
      String day = labels.computeIfAbsent(dayOrd, o -> uncheckedLabel(dv, o));
      out.computeIfAbsent(value, k -> new TreeMap<>()).put(day, e.getValue());
    }
    return out;
  }

  private static String uncheckedLabel(SortedSetDocValues dv, long ord) {
    try {
      return label(dv, ord);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The value of a facet ordinal: its path is "dim" + delimiter + "value". */
  private static String label(SortedSetDocValues dv, long ord) throws IOException {
    String[] path = FacetsConfig.stringToPath(dv.lookupOrd(ord).utf8ToString());
    return path[path.length - 1];
  }
}
