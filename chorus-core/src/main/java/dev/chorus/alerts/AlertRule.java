package dev.chorus.alerts;

import dev.chorus.analysis.trends.BurstDetector;
import dev.chorus.store.TimeSeries;

/**
 * A volume rule: posts per {@code interval} of every value of {@code dimension} (or of all posts when it is null),
 * judged by {@code detector}; only surges in the last {@code recent} buckets of the data fire, so that a first check
 * on an archive does not fire for every surge of its past (the trends view shows those).
 *
 * @param id the rule's name, part of each alert's identity
 */
public record AlertRule(String id, String dimension, TimeSeries.Interval interval, BurstDetector detector,
    int recent) {
  public AlertRule {
    if (recent < 1) {
      throw new IllegalArgumentException("alert rule " + id + ": recent must be at least 1 bucket; found " + recent);
    }
  }

  /** What the rule watches, in words: "hashtag volume per day". */
  public String describe() {
    return (dimension == null ? "all posts" : dimension) + " volume per " + interval.id();
  }
}
