package dev.chorus.alerts;

import dev.chorus.analysis.measure.Drilldown;
import dev.chorus.analysis.trends.BurstDetector;
import dev.chorus.dimension.Dimension;
import dev.chorus.dimension.Dimensions;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostStore;
import dev.chorus.store.TimeSeries;
import dev.chorus.store.TimeZones;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates a workspace's alert rules over its store and writes the alerts not yet in its log. The store's own time
 * series are used (the trends view's), so an alert and the chart it points to always agree; their days and weeks are
 * those of the workspace's time zone.
 */
public final class AlertCheck {
  private final PostStore store;
  private final AlertRules rules;
  private final AlertLog log;
  private final Clock clock;
  /** Every post, counted in the workspace's time zone. */
  private final PostQuery all;

  /** Days and weeks of UTC. */
  public AlertCheck(PostStore store, AlertRules rules, AlertLog log, Clock clock) {
    this(store, rules, log, clock, TimeZones.DEFAULT);
  }

  /** Days and weeks start at midnight in {@code zone} (the workspace's time zone). */
  public AlertCheck(PostStore store, AlertRules rules, AlertLog log, Clock clock, ZoneId zone) {
    this.all = PostQuery.all().withZone(zone);
    this.store = store;
    this.rules = rules;
    this.log = log;
    this.clock = clock;
  }

  /** The alerts that fired for the first time, already written to the log, in rule order. */
  public List<Alert> check() throws IOException {
    Set<String> seen = new HashSet<>();
    log.read().forEach(a -> seen.add(a.id()));
    Instant now = clock.instant();
    List<Alert> fresh = new ArrayList<>();
    for (AlertRule rule : rules.rules()) {
      for (Alert a : evaluate(rule, now)) {
        if (seen.add(a.id())) {
          fresh.add(a);
        }
      }
    }
    log.append(fresh);
    return fresh;
  }

  /** Every surge of the rule in its recent buckets, whether it fired before or not. */
  List<Alert> evaluate(AlertRule rule, Instant now) throws IOException {
    if (rule.view() != null) {
      return evaluateView(rule, now);
    }
    if (rule.coordination() != null) {
      return CoordinationRules.evaluate(store, rule, now);
    }
    if (rule.stanceShift() != null) {
      return StanceShiftRules.evaluate(store, rule, all, now);
    }
    TimeSeries ts = store.timeSeries(all, rule.interval(), rule.dimension());
    Map<String, long[]> series = new LinkedHashMap<>();
    if (rule.dimension() == null) {
      series.put(null, ts.total());
    } else {
      series.putAll(ts.series());
    }
    int first = ts.buckets().size() - rule.recent();
    List<Alert> out = new ArrayList<>();
    series.forEach((value, counts) -> {
      for (BurstDetector.Surge s : rule.detector().detect(counts)) {
        if (s.bucket() >= first) {
          out.add(alert(rule, value, ts.buckets().get(s.bucket()), s, now));
        }
      }
    });
    return out;
  }

  /**
   * The recent buckets in which the view's posts reach the threshold. Recent is counted from the newest bucket of all
   * posts, not of the view's own: a view that went quiet while the rest goes on has no recent bucket to fire in.
   */
  private List<Alert> evaluateView(AlertRule rule, Instant now) throws IOException {
    List<Instant> buckets = store.timeSeries(all, rule.interval(), null).buckets();
    if (buckets.isEmpty()) {
      return List.of();
    }
    Instant firstRecent = buckets.get(Math.max(0, buckets.size() - rule.recent()));
    AlertRule.ViewVolume v = rule.view();
    PostQuery query = v.query(all.zone()); // its since and until are days of the workspace's zone, as its buckets
    TimeSeries ts = store.timeSeries(query, rule.interval(), null);
    List<Alert> out = new ArrayList<>();
    for (int i = 0; i < ts.buckets().size(); i++) {
      Instant from = ts.buckets().get(i);
      long count = ts.total()[i];
      if (!from.isBefore(firstRecent) && count >= v.threshold()) {
        Instant until = end(rule, from, all.zone());
        // baseline: the threshold; score: how many times the threshold the count is
        out.add(new Alert(rule.id() + "|" + v.name() + "|" + from, rule.id(), rule.describe(), rule.dimension(),
            v.name(), from, until, count, v.threshold(), (double) count / v.threshold(),
            Drilldown.of(query).span(from, until).filters(), now, null));
      }
    }
    return out;
  }

  /** The end of the bucket starting at {@code from}: a day of 23 or 25 hours where clocks change. */
  static Instant end(AlertRule rule, Instant from, ZoneId zone) {
    return Instant.ofEpochSecond(rule.interval().next(from.getEpochSecond(), zone));
  }

  private Alert alert(AlertRule rule, String value, Instant from, BurstDetector.Surge s, Instant now) {
    Instant until = end(rule, from, all.zone());
    Drilldown d = Drilldown.of(PostQuery.all()).span(from, until);
    if (value != null) {
      Dimension dim = Dimensions.get(rule.dimension());
      d = dim.filter() == Dimension.Filter.NONE ? d.field(dim.id(), value) : d.narrow(dim.id(), Set.of(value));
    }
    String id = rule.id() + "|" + (value == null ? "" : value) + "|" + from;
    return new Alert(id, rule.id(), rule.describe(), rule.dimension(), value, from, until, s.count(), s.baseline(),
        s.score(), d.filters(), now, null);
  }
}
