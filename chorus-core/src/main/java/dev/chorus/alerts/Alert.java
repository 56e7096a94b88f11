package dev.chorus.alerts;

import java.time.Instant;
import java.util.Map;

/**
 * One alert: a value of a dimension whose volume in one bucket stood out from its trailing baseline.
 *
 * @param id the condition's identity (rule, value, bucket): the same condition never fires twice
 * @param value the dimension's value, or null for a rule over all posts
 * @param from start of the bucket (inclusive)
 * @param until end of the bucket (exclusive)
 * @param baseline median of the trailing window's counts; for a saved view's rule ({@code dimension} "view"), its
 *     threshold
 * @param score robust z-score of the count against the baseline; for a view's rule, the count over the threshold
 * @param drilldown the filter of the posts behind it (the API's and the CLI's parameter names)
 * @param firedAt when it was first written to the log
 * @param details the figures of a coordination or stance-shift alert (members, posts, objects; shares with their
 *     intervals), null for volume and view alerts (and in log lines written before there were any)
 */
public record Alert(String id, String rule, String description, String dimension, String value, Instant from,
    Instant until, long count, double baseline, double score, Map<String, Object> drilldown, Instant firedAt,
    Map<String, Object> details) {

  /** One line for a terminal. */
  public String line() {
    if (details != null) {
      return from + " " + description + ": " + value + " " + details;
    }
    return from + " " + description + ": " + (value == null ? "all posts" : dimension + " " + value) + " " + count
        + " posts against a baseline of " + baseline + " (score " + score + ")";
  }
}
