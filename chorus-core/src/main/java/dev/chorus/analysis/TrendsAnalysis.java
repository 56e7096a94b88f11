package dev.chorus.analysis;

import dev.chorus.store.PostQuery;
import dev.chorus.store.TimeSeries;
import dev.chorus.analysis.trends.BurstDetector;
import dev.chorus.analysis.trends.Trends;
import dev.chorus.analysis.trends.TrendsService;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/** {@code trends}: posts per bucket split by a dimension, with the codebook's events and flagged surges. */
public final class TrendsAnalysis implements Analysis<TrendsAnalysis.Parameters, Trends> {
  /** The interval ids: hour, day, week, month. */
  public static final List<String> INTERVALS = Arrays.stream(TimeSeries.Interval.values())
      .map(TimeSeries.Interval::id).toList();

  /** @param by the split dimension, null for totals only; @param top labels with a series of their own, 0: all */
  public record Parameters(TimeSeries.Interval interval, String by, int top, BurstDetector detector) {}

  @Override
  public String id() {
    return "trends";
  }

  @Override
  public String summary() {
    return "Posts per hour, day, week or month split by a dimension, with the codebook's events and flagged surges.";
  }

  @Override
  public String help() {
    return "Posts per hour, day, week (from Monday) or calendar month, counted in the time zone tz, split by a "
        + "dimension, with the codebook's events marked. A surge "
        + "is a bucket whose count stands out from the median of the window before it (robust z-score on the "
        + "median absolute deviation); it needs a baseline, so the first buckets and those right after a gap "
        + "are never surges. Gaps in the data look like drops: check the coverage.";
  }

  @Override
  public List<Parameter> parameters() {
    // read on each call: the dimensions come from TrendsService.DIMENSIONS, which may grow with new annotators
    return List.of(
        Parameter.choice("interval", "day", INTERVALS, "Bucket length: hour, day, week (from Monday) or "
            + "calendar month, in the time zone tz."),
        Parameter.choice("by", null, List.copyOf(new TreeSet<>(TrendsService.DIMENSIONS)),
            "Split by this dimension (default: totals only)."),
        Parameter.integer("top", 0, 0, 50, "Labels with a series of their own (0: all); the rest is summed as "
            + "'" + TrendsService.OTHER + "'."),
        Parameter.integer("window", BurstDetector.DEFAULT.window(), 2, 1000,
            "Surges: trailing buckets of the median baseline."),
        Parameter.number("threshold", BurstDetector.DEFAULT.threshold(), 0.1, 100,
            "Surges: robust z-score that counts."),
        Parameter.integer("min_count", (int) BurstDetector.DEFAULT.minCount(), 1, 1_000_000,
            "Surges: fewest posts in a surge bucket."));
  }

  @Override
  public Parameters parameters(ParameterValues v) {
    return new Parameters(TimeSeries.Interval.parse(v.string("interval")), v.string("by"), v.integer("top"),
        new BurstDetector(v.integer("window"), v.number("threshold"), v.integer("min_count")));
  }

  @Override
  public Trends run(AnalysisContext context, PostQuery query, Parameters p) throws IOException {
    return new TrendsService(context.store(), context.codebook()).trends(query, p.interval(), p.by(), p.detector(),
        p.top());
  }
}
