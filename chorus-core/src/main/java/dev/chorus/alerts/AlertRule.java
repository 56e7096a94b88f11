package dev.chorus.alerts;

import dev.chorus.analysis.coordination.ObjectKind;
import dev.chorus.analysis.trends.BurstDetector;
import dev.chorus.store.PostQuery;
import dev.chorus.store.TimeSeries;
import dev.chorus.views.SavedView;
import java.time.ZoneId;
import java.util.List;

/**
 * A rule, of one of four kinds (the two below, and a coordination or a stance-shift rule: {@code coordination} or
 * {@code stanceShift} set, see {@link CoordinationRules} and {@link StanceShiftRules}). A volume rule: posts per
 * {@code interval} of every value of {@code dimension} (or of all posts when it is null), judged by {@code detector}.
 * A view rule ({@code view} set): the posts of a saved view per {@code interval}, firing when a bucket holds at least
 * the view's threshold. Either way only the last {@code recent} buckets of the data fire, so that a first check on an
 * archive does not fire for every surge of its past (the trends view shows those).
 *
 * @param id the rule's name, part of each alert's identity
 * @param view the saved view of a view rule, else null
 * @param coordination what a coordination rule watches, else null
 * @param stanceShift what a stance-shift rule watches, else null
 */
public record AlertRule(String id, String dimension, TimeSeries.Interval interval, BurstDetector detector,
    int recent, ViewVolume view, Coordination coordination, StanceShift stanceShift) {
  /** What a coordination rule watches: the object kinds analysed, each over the last {@code days} of the data. */
  public record Coordination(List<ObjectKind> kinds, int days) {
    public Coordination {
      kinds = List.copyOf(kinds);
    }
  }

  /**
   * What a stance-shift rule watches: the latest {@code interval} bucket against the {@code baseline} buckets before
   * it, each needing at least {@code minLabelled} stance-labelled posts of the cohort for the target.
   */
  public record StanceShift(int baseline, int minLabelled) {}

  /**
   * What a view rule watches: the saved view (read when the rules are loaded) and the count that fires. Its days
   * ({@code since: 2026-01-02}) are read when the rules are checked, in the check's time zone (the workspace's), as
   * every query reads them, not in UTC.
   */
  public record ViewVolume(SavedView saved, long threshold) {
    public String name() {
      return saved.name();
    }

    /** The view's posts, its days starting at midnight in {@code zone} and its buckets counted there. */
    public PostQuery query(ZoneId zone) {
      return saved.query(zone);
    }
  }

  public AlertRule {
    if (recent < 1) {
      throw new IllegalArgumentException("alert rule " + id + ": recent must be at least 1 bucket; found " + recent);
    }
  }

  /** A volume rule. */
  public AlertRule(String id, String dimension, TimeSeries.Interval interval, BurstDetector detector, int recent) {
    this(id, dimension, interval, detector, recent, null);
  }

  /** A volume or view rule. */
  public AlertRule(String id, String dimension, TimeSeries.Interval interval, BurstDetector detector, int recent,
      ViewVolume view) {
    this(id, dimension, interval, detector, recent, view, null, null);
  }

  /** What the rule watches, in words: "hashtag volume per day", "view fa-talks at least 50 posts per day". */
  public String describe() {
    if (coordination != null) {
      return "new coordinated group over the last " + coordination.days() + " days";
    }
    if (stanceShift != null) {
      return "cohort stance shift per " + interval.id() + " against the " + stanceShift.baseline() + " before";
    }
    if (view != null) {
      return "view " + view.name() + " at least " + view.threshold() + " posts per " + interval.id();
    }
    return (dimension == null ? "all posts" : dimension) + " volume per " + interval.id();
  }
}
