package dev.chorus.alerts;

import dev.chorus.analysis.measure.Drilldown;
import dev.chorus.analysis.measure.Proportion;
import dev.chorus.analysis.trends.BurstDetector;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostStore;
import dev.chorus.store.TimeSeries;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code stance_shift:} rules of {@code alerts.yaml}: per cohort and stance target, the share of {@code against}
 * and of {@code favor} among the cohort's posts labelled for the target, in the latest bucket of the data against the
 * {@code baseline} buckets before it taken together. It fires when the two 95% Wilson intervals ({@link Proportion},
 * the camps view's) do not overlap and both sides hold at least {@code min_labelled} labelled posts; without a
 * baseline it never fires. One condition per rule, cohort, target, value and bucket.
 */
final class StanceShiftRules {
  static final String KEY = "stance_shift";
  static final int DEFAULT_BASELINE = 4;
  static final int DEFAULT_MIN_LABELLED = 20;
  static final List<String> VALUES = List.of("against", "favor");
  /** Labels listed per facet: cohorts and target:value pairs are few, this keeps them complete. */
  private static final int ALL = 1_000;

  private StanceShiftRules() {}

  static AlertRule rule(String id, TimeSeries.Interval interval, int baseline, int minLabelled) {
    return new AlertRule(id, "stance", interval, BurstDetector.DEFAULT, 1, null, null,
        new AlertRule.StanceShift(baseline, minLabelled));
  }

  /** {@code stance_shift: week} (day or week), {@code baseline: 4} buckets, {@code min_labelled: 20} posts. */
  static AlertRule rule(String where, RuleFields f) {
    f.onlyKeys("id", KEY, "baseline", "min_labelled");
    String id = f.id();
    String window = f.text(KEY, null);
    if (!"day".equals(window) && !"week".equals(window)) {
      throw new IllegalArgumentException(where + ": " + KEY + ": expected day or week (the window compared with "
          + "the ones before it); found " + (window == null ? "nothing" : "'" + window + "'"));
    }
    return rule(id, TimeSeries.Interval.parse(window), f.whole("baseline", DEFAULT_BASELINE, 1),
        f.whole("min_labelled", DEFAULT_MIN_LABELLED, 1));
  }

  /** Every shift in the latest bucket of {@code all} (every post, in the workspace's zone), fired before or not. */
  static List<Alert> evaluate(PostStore store, AlertRule rule, PostQuery all, Instant now) throws IOException {
    List<Instant> buckets = store.timeSeries(all, rule.interval(), null).buckets();
    if (buckets.isEmpty()) {
      return List.of();
    }
    Instant from = buckets.get(buckets.size() - 1);
    Instant until = AlertCheck.end(rule, from, all.zone());
    // the baseline windows are whole local days or weeks too: counted back in the zone's calendar
    Instant baselineFrom = from.atZone(all.zone()).minus(rule.stanceShift().baseline(),
        rule.interval() == TimeSeries.Interval.WEEK ? java.time.temporal.ChronoUnit.WEEKS
            : rule.interval() == TimeSeries.Interval.DAY ? java.time.temporal.ChronoUnit.DAYS
            : java.time.temporal.ChronoUnit.HOURS).toInstant();
    List<Alert> out = new ArrayList<>();
    for (String cohort : store.facetCounts(PostQuery.all(), "cohort", ALL).counts().keySet()) {
      Drilldown posts = Drilldown.of(PostQuery.all()).cohort(cohort);
      Map<String, Map<String, Long>> latest = byTarget(store, posts.span(from, until));
      Map<String, Map<String, Long>> before = byTarget(store, posts.span(baselineFrom, from));
      for (Map.Entry<String, Map<String, Long>> t : latest.entrySet()) {
        Map<String, Long> base = before.getOrDefault(t.getKey(), Map.of());
        for (String value : VALUES) {
          Proportion now1 = share(t.getValue(), value);
          Proportion then = share(base, value);
          if (now1.total() >= rule.stanceShift().minLabelled() && then.total() >= rule.stanceShift().minLabelled()
              && !now1.overlaps(then)) {
            String stance = t.getKey() + ":" + value;
            out.add(alert(rule, cohort, stance, from, until, baselineFrom, now1, then, posts, now));
          }
        }
      }
    }
    return out;
  }

  /** Target to stance value to posts, among the posts of {@code d}. */
  private static Map<String, Map<String, Long>> byTarget(PostStore store, Drilldown d) throws IOException {
    Map<String, Map<String, Long>> out = new TreeMap<>();
    store.facetCounts(d.query(), "stance", ALL).counts().forEach((targetAndValue, n) -> {
      int colon = targetAndValue.lastIndexOf(':');
      String target = colon < 0 ? "" : targetAndValue.substring(0, colon);
      out.computeIfAbsent(target, x -> new TreeMap<>()).put(targetAndValue.substring(colon + 1), n);
    });
    return out;
  }

  /** The share of {@code value} among the target's labelled posts (one label per post and target). */
  private static Proportion share(Map<String, Long> counts, String value) {
    long labelled = counts.values().stream().mapToLong(Long::longValue).sum();
    return Proportion.of(counts.getOrDefault(value, 0L), labelled);
  }

  private static Alert alert(AlertRule rule, String cohort, String stance, Instant from, Instant until,
      Instant baselineFrom, Proportion latest, Proportion baseline, Drilldown posts, Instant now) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("cohort", cohort);
    details.put("stance", stance);
    details.put("latest", latest);
    details.put("baseline", baseline);
    details.put("baseline_from", baselineFrom);
    String value = cohort + " " + stance;
    return new Alert(rule.id() + "|" + cohort + "|" + stance + "|" + from, rule.id(), rule.describe(), "stance",
        value, from, until, latest.count(), baseline.share(), latest.share() - baseline.share(),
        posts.stance(stance).span(from, until).filters(), now, details);
  }
}
