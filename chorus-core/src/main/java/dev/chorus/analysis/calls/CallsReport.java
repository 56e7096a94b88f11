package dev.chorus.analysis.calls;

import dev.chorus.analysis.measure.Drilldown;
import dev.chorus.analysis.measure.Figure;
import java.util.List;

/**
 * Calls to action among the posts of a filter.
 *
 * @param filter the user's filter
 * @param posts posts matching it
 * @param calls posts with at least one call, as a share of {@code posts}
 * @param byType per call type, its share of {@code posts}
 * @param byAddressee per addressee (accounts as {@code @handle}, actors by id), its share of the posts with a call
 * @param byCohort per cohort, the share of its posts that are calls, and per call type
 */
public record CallsReport(Drilldown filter, long posts, Figure calls, List<Figure> byType, List<Figure> byAddressee,
    List<CohortCalls> byCohort) {

  /** One cohort's calls: {@code calls} is the share of the cohort's posts with a call. */
  public record CohortCalls(String cohort, Figure calls, List<Figure> byType) {}
}
