package dev.chorus.volume;

import java.util.List;
import java.util.Map;

/**
 * Posts per UTC day, split by one dimension.
 *
 * @param dimension the dimension id (lang, platform, ...)
 * @param days every day from the first to the last matching post (yyyy-MM-dd), days without posts included
 * @param series per value, its count for each of {@code days}; the largest values first, then {@link #OTHER}
 */
public record VolumeSeries(String dimension, List<String> days, Map<String, List<Long>> series) {
  /** The values beyond the largest ones, summed. */
  public static final String OTHER = "other";

  public VolumeSeries {
    days = List.copyOf(days);
    series = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(series));
  }
}
