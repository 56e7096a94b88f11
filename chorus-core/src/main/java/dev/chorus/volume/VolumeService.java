package dev.chorus.volume;

import dev.chorus.store.PostQuery;
import dev.chorus.store.PostStore;
import dev.chorus.store.StoreStats;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits the daily volume of the matching posts by a dimension: the {@code top} largest values each get a series,
 * the rest is summed as {@link VolumeSeries#OTHER}. One stats pass overall plus one per value shown.
 */
public final class VolumeService {
  public static final int DEFAULT_TOP = 6;

  private final PostStore store;

  public VolumeService(PostStore store) {
    this.store = store;
  }

  public VolumeSeries volume(PostQuery query, VolumeDimension by, int top) throws IOException {
    StoreStats all = store.stats(query);
    List<String> days = days(all.byDay());
    Map<String, List<Long>> series = new LinkedHashMap<>();
    long[] rest = days.stream().mapToLong(d -> all.byDay().getOrDefault(d, 0L)).toArray();
    List<String> values = by.counts(all).keySet().stream().limit(top).toList();
    for (String value : values) {
      Map<String, Long> byDay = store.stats(by.narrow(query, value)).byDay();
      List<Long> counts = new ArrayList<>(days.size());
      for (int i = 0; i < days.size(); i++) {
        long n = byDay.getOrDefault(days.get(i), 0L);
        counts.add(n);
        rest[i] -= n;
      }
      series.put(value, counts);
    }
    // multi-valued dimensions (stance, frame) can count a post twice: "other" never goes below zero
    List<Long> other = java.util.Arrays.stream(rest).map(n -> Math.max(0, n)).boxed().toList();
    if (other.stream().anyMatch(n -> n > 0)) {
      series.put(VolumeSeries.OTHER, other);
    }
    return new VolumeSeries(by.id(), days, series);
  }

  /** Every day from the first to the last key, in order. */
  static List<String> days(Map<String, Long> byDay) {
    List<String> out = new ArrayList<>();
    if (byDay.isEmpty()) {
      return out;
    }
    LocalDate first = byDay.keySet().stream().map(LocalDate::parse).min(LocalDate::compareTo).orElseThrow();
    LocalDate last = byDay.keySet().stream().map(LocalDate::parse).max(LocalDate::compareTo).orElseThrow();
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      out.add(d.toString());
    }
    return out;
  }
}
