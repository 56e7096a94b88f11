package dev.chorus.volume;

import dev.chorus.store.DailyCounts;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostStore;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits the daily volume of the matching posts by a dimension: the {@code top} largest values each get a series,
 * the rest is summed as {@link VolumeSeries#OTHER} (posts without a value included). One pass over the index.
 */
public final class VolumeService {
  public static final int DEFAULT_TOP = 6;

  private final PostStore store;

  public VolumeService(PostStore store) {
    this.store = store;
  }

  public VolumeSeries volume(PostQuery query, VolumeDimension by, int top) throws IOException {
    DailyCounts counts = store.dailyCounts(query, by.id());
    List<String> days = days(counts.total());
    long[] rest = days.stream().mapToLong(d -> counts.total().getOrDefault(d, 0L)).toArray();
    List<String> values = counts.byValue().entrySet().stream()
        .sorted(Comparator.comparingLong((Map.Entry<String, Map<String, Long>> e) -> -sum(e.getValue()))
            .thenComparing(Map.Entry::getKey))
        .limit(top).map(Map.Entry::getKey).toList();
    Map<String, List<Long>> series = new LinkedHashMap<>();
    for (String value : values) {
      Map<String, Long> byDay = counts.byValue().get(value);
      List<Long> perDay = new ArrayList<>(days.size());
      for (int i = 0; i < days.size(); i++) {
        long n = byDay.getOrDefault(days.get(i), 0L);
        perDay.add(n);
        rest[i] -= n;
      }
      series.put(value, perDay);
    }
    // multi-valued dimensions (frames) can count a post twice: "other" never goes below zero
    List<Long> other = java.util.Arrays.stream(rest).map(n -> Math.max(0, n)).boxed().toList();
    if (other.stream().anyMatch(n -> n > 0)) {
      series.put(VolumeSeries.OTHER, other);
    }
    return new VolumeSeries(by.id(), days, series);
  }

  private static long sum(Map<String, Long> m) {
    return m.values().stream().mapToLong(Long::longValue).sum();
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
