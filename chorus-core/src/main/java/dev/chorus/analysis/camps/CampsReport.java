package dev.chorus.analysis.camps;

import dev.chorus.analysis.measure.Drilldown;
import dev.chorus.analysis.measure.Figure;
import dev.chorus.analysis.measure.Proportion;
import dev.chorus.analysis.trends.Trends;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Cohorts compared.
 *
 * @param filter the user's filter every figure starts from
 * @param interval bucket width of the series and of convergence
 * @param minFramed fewest framed posts a cohort needs in a bucket for its distance to be computed
 * @param cohorts one profile per cohort
 * @param convergence per unordered pair of cohorts, frame-mix distance per bucket
 * @param crossReferences per ordered pair of cohorts, how often the first refers to the second
 * @param mentionsMatched false when no pseudonymiser was available, so mentions of member accounts were not counted
 */
public record CampsReport(Drilldown filter, String interval, int minFramed, List<CohortProfile> cohorts,
    List<Convergence> convergence, List<CrossReference> crossReferences, boolean mentionsMatched) {

  /**
   * One cohort.
   *
   * @param stance per target, the share of each stance label among the posts labelled for that target
   * @param frames share of the cohort's posts carrying each frame (multi-label: shares need not sum to 1)
   * @param actors top actors, share of posts mentioning each; likewise hashtags and (linked) domains
   */
  public record CohortProfile(String id, String name, long posts, Drilldown drilldown,
      Map<String, List<Figure>> stance, List<Figure> frames, List<Figure> actors, List<Figure> hashtags,
      List<Figure> domains, Trends byStance, Trends byFrame) {}

  /** Frame-mix distance of cohorts {@code a} and {@code b} over time. */
  public record Convergence(String a, String b, List<Point> points) {}

  /**
   * One bucket: framed posts of each cohort, their frame-label counts, and the distance, null when either cohort has
   * fewer framed posts than the minimum.
   */
  public record Point(Instant bucket, long framedA, long framedB, Double distance, Drilldown drilldown) {}

  /**
   * Posts of cohort {@code from} that mention an account of cohort {@code to}, or share, quote or reply to a post by a
   * {@code to} author. {@code drilldown} lists the denominator (every post of {@code from}); the matching posts
   * themselves have no filter of their own and are listed by id ({@code postIds}, at most the service's cap, in date
   * order).
   */
  public record CrossReference(String from, String to, Proportion share, long viaMention, long viaPost,
      Drilldown drilldown, List<String> postIds, boolean postIdsComplete) {}
}
