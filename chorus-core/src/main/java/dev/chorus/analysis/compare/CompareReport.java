package dev.chorus.analysis.compare;

import dev.chorus.analysis.FilterWarnings;
import dev.chorus.analysis.measure.Difference;
import dev.chorus.analysis.measure.Drilldown;
import dev.chorus.analysis.measure.Proportion;
import dev.chorus.codebook.Codebook;
import java.time.Instant;
import java.util.List;

/**
 * Two periods compared: per value of one dimension, its share in each period and the change.
 *
 * @param by the dimension compared ({@code stance}, {@code frame}, {@code cohort}, ...)
 * @param basis how the periods were chosen ({@link Periods})
 * @param event the codebook event they are around, if any
 * @param before the earlier period, absent when no post matches the filters
 * @param after the later period, likewise
 * @param shareOf the denominator of the shares: the period's matching posts, or (stance) its posts labelled for the
 *     value's target
 * @param minPosts a period (or a stance target in it) with fewer posts is warned of as small
 * @param rows the values, most posts in both periods first (stance: grouped by target)
 * @param warnings empty, small or overlapping periods
 */
public record CompareReport(String by, String basis, Codebook.Event event, Side before, Side after, String shareOf,
    int minPosts, List<Row> rows, List<FilterWarnings.Warning> warnings) {
  /**
   * One period.
   *
   * @param since its start (included)
   * @param until its end (excluded)
   * @param posts matching posts created in it
   * @param drilldown the filter listing them (the user's filters within the period)
   */
  public record Side(Instant since, Instant until, long posts, Drilldown drilldown) {}

  /**
   * One value in both periods.
   *
   * @param value the label ({@code talks:against}, {@code security}, {@code fa}, ...)
   * @param before its share of the earlier period with a 95% Wilson interval
   * @param after its share of the later one
   * @param change {@code after - before} with Newcombe's 95% interval
   * @param intervalsOverlap false when the two shares' intervals do not overlap: a change unlikely to be noise
   * @param beforePosts the filter listing the value's posts in the earlier period
   * @param afterPosts the filter listing them in the later one
   */
  public record Row(String value, Proportion before, Proportion after, Difference change, boolean intervalsOverlap,
      Drilldown beforePosts, Drilldown afterPosts) {}
}
