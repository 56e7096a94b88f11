package dev.chorus.analysis.camps;

import dev.chorus.analysis.camps.CampsReport.Convergence;
import dev.chorus.analysis.camps.CampsReport.Point;
import dev.chorus.analysis.measure.Drilldown;
import dev.chorus.store.PostStore;
import dev.chorus.store.TimeSeries;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How alike the frame mixes of two cohorts are, bucket by bucket. A cohort's mix in a bucket is the distribution of
 * its frame labels (a post with two frames counts once for each); a bucket is compared only when both cohorts have at
 * least {@code minFramed} posts with a frame there, since a handful of posts gives a distance that is mostly noise.
 */
final class FrameConvergence {
  private final PostStore store;
  private final TimeSeries.Interval interval;
  private final int minFramed;

  FrameConvergence(PostStore store, TimeSeries.Interval interval, int minFramed) {
    this.store = store;
    this.interval = interval;
    this.minFramed = minFramed;
  }

  /** One frame mix per bucket start, and the number of framed posts behind it. */
  private record Mixes(Map<Instant, Map<String, Long>> mix, Map<Instant, Long> framed) {}

  List<Convergence> compute(Drilldown base, List<String> cohorts) throws IOException {
    Set<String> frames = new TreeSet<>(store.facetCounts(base.cohorts(new LinkedHashSet<>(cohorts)).query(), "frame",
        1_000).counts().keySet());
    if (frames.isEmpty() || cohorts.size() < 2) {
      return List.of();
    }
    Map<String, Mixes> mixes = new HashMap<>();
    for (String c : cohorts) {
      mixes.put(c, mixes(base.cohort(c).frames(frames)));
    }
    List<Convergence> out = new ArrayList<>();
    for (int i = 0; i < cohorts.size(); i++) {
      for (int j = i + 1; j < cohorts.size(); j++) {
        String a = cohorts.get(i);
        String b = cohorts.get(j);
        out.add(new Convergence(a, b, points(base.cohorts(Set.of(a, b)).frames(frames), mixes.get(a), mixes.get(b))));
      }
    }
    return out;
  }

  private Mixes mixes(Drilldown framedPosts) throws IOException {
    TimeSeries ts = store.timeSeries(framedPosts.query(), interval, "frame");
    Map<Instant, Map<String, Long>> mix = new TreeMap<>();
    Map<Instant, Long> framed = new TreeMap<>();
    for (int k = 0; k < ts.buckets().size(); k++) {
      Instant bucket = ts.buckets().get(k);
      framed.put(bucket, ts.total()[k]);
      Map<String, Long> counts = new TreeMap<>();
      for (Map.Entry<String, long[]> e : ts.series().entrySet()) {
        if (e.getValue()[k] > 0) {
          counts.put(e.getKey(), e.getValue()[k]);
        }
      }
      mix.put(bucket, counts);
    }
    return new Mixes(mix, framed);
  }

  private List<Point> points(Drilldown pair, Mixes a, Mixes b) {
    Set<Instant> buckets = new TreeSet<>(a.framed().keySet());
    buckets.addAll(b.framed().keySet());
    List<Point> out = new ArrayList<>();
    for (Instant bucket : buckets) {
      long na = a.framed().getOrDefault(bucket, 0L);
      long nb = b.framed().getOrDefault(bucket, 0L);
      if (na == 0 && nb == 0) {
        continue;
      }
      Double d = na >= minFramed && nb >= minFramed
          ? JensenShannon.distance(a.mix().get(bucket), b.mix().get(bucket)) : null;
      Instant end = interval.end(bucket, pair.query().zone()); // a month, or a week across a change of clocks
      out.add(new Point(bucket, na, nb, d == null ? null : Math.round(d * 10_000) / 10_000.0,
          pair.span(bucket, end)));
    }
    return out;
  }
}
