package dev.chorus.alerts;

import dev.chorus.analysis.trends.BurstDetector;
import dev.chorus.store.PostQuery;
import dev.chorus.store.TimeSeries;

/**
 * A rule, of one of two kinds. A volume rule: posts per {@code interval} of every value of {@code dimension} (or of
 * all posts when it is null), judged by {@code detector}. A view rule ({@code view} set): the posts of a saved view per
 * {@code interval}, firing when a bucket holds at least the view's threshold. Either way only the last {@code recent}
 * buckets of the data fire, so that a first check on an archive does not fire for every surge of its past (the trends
 * view shows those).
 *
 * @param id the rule's name, part of each alert's identity
 * @param view the saved view of a view rule, else null
 */
public record AlertRule(String id, String dimension, TimeSeries.Interval interval, BurstDetector detector,
    int recent, ViewVolume view) {
  /**
   * What a view rule watches: the saved view's name and query (read when the rules are loaded) and the count that
   * fires.
   */
  public record ViewVolume(String name, PostQuery query, long threshold) {}

  public AlertRule {
    if (recent < 1) {
      throw new IllegalArgumentException("alert rule " + id + ": recent must be at least 1 bucket; found " + recent);
    }
  }

  /** A volume rule. */
  public AlertRule(String id, String dimension, TimeSeries.Interval interval, BurstDetector detector, int recent) {
    this(id, dimension, interval, detector, recent, null);
  }

  /** What the rule watches, in words: "hashtag volume per day", "view fa-talks at least 50 posts per day". */
  public String describe() {
    if (view != null) {
      return "view " + view.name() + " at least " + view.threshold() + " posts per " + interval.id();
    }
    return (dimension == null ? "all posts" : dimension) + " volume per " + interval.id();
  }
}
