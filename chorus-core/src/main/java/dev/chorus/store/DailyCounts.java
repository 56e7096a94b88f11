package dev.chorus.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Posts per UTC day (yyyy-MM-dd), overall and split by the values of one dimension.
 *
 * @param total matching posts per day, in date order
 * @param byValue per value of the dimension, its posts per day; a post with several values (frames) counts for each
 */
public record DailyCounts(Map<String, Long> total, Map<String, Map<String, Long>> byValue) {
  public DailyCounts {
    total = Collections.unmodifiableMap(new LinkedHashMap<>(total));
    Map<String, Map<String, Long>> copy = new LinkedHashMap<>();
    byValue.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    byValue = Collections.unmodifiableMap(copy);
  }
}
