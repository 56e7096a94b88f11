package dev.chorus.analysis.camps;

import dev.chorus.analysis.camps.CampsReport.CohortProfile;
import dev.chorus.codebook.Codebook;
import dev.chorus.analysis.measure.Drilldown;
import dev.chorus.analysis.measure.Figure;
import dev.chorus.analysis.measure.Proportion;
import dev.chorus.privacy.Pseudonymizer;
import dev.chorus.store.FacetCounts;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostStore;
import dev.chorus.store.TimeSeries;
import dev.chorus.analysis.trends.BurstDetector;
import dev.chorus.analysis.trends.TrendsService;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Computes {@link CampsReport}s from the store and the codebook; the CLI and the API render them. Cohorts are the
 * codebook's (only those named in the filter when it names some); without codebook cohorts, the cohort labels found
 * in the index.
 */
public final class CampsService {
  /** Labels listed per facet; stance and frame lists are complete up to this. */
  private static final int ALL = 1_000;

  private final PostStore store;
  private final Codebook codebook;
  private final Pseudonymizer pseudonymizer;

  /** {@code pseudonymizer} may be null: mentions of member accounts then cannot be recognised. */
  public CampsService(PostStore store, Codebook codebook, Pseudonymizer pseudonymizer) {
    this.store = store;
    this.codebook = codebook == null ? Codebook.empty() : codebook;
    this.pseudonymizer = pseudonymizer;
  }

  /**
   * @param top actors, hashtags and domains listed per cohort
   * @param minFramed fewest framed posts per cohort and bucket for a convergence distance
   * @param maxPostIds post ids listed per cross-reference
   */
  public CampsReport compare(PostQuery filter, TimeSeries.Interval interval, int top, int minFramed, int maxPostIds)
      throws IOException {
    if (top < 1 || minFramed < 1 || maxPostIds < 0) {
      throw new IllegalArgumentException("top and min-framed must be at least 1, max post ids at least 0");
    }
    Drilldown base = Drilldown.of(filter);
    Map<String, String> cohorts = cohorts(base.query());
    List<CohortProfile> profiles = new ArrayList<>();
    for (Map.Entry<String, String> c : cohorts.entrySet()) {
      profiles.add(profile(base.cohort(c.getKey()), c.getKey(), c.getValue(), interval, top));
    }
    FrameConvergence convergence = new FrameConvergence(store, interval, minFramed);
    CrossReferences crossReferences = new CrossReferences(store, codebook, pseudonymizer, maxPostIds);
    return new CampsReport(base, interval.name().toLowerCase(java.util.Locale.ROOT), minFramed, profiles,
        convergence.compute(base, List.copyOf(cohorts.keySet())),
        crossReferences.compute(base, List.copyOf(cohorts.keySet())), pseudonymizer != null);
  }

  /** Cohort id to name, in codebook order. */
  private Map<String, String> cohorts(PostQuery filter) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (Codebook.Cohort c : codebook.cohorts()) {
      if (filter.values("cohort").isEmpty() || filter.values("cohort").contains(c.id().toLowerCase(java.util.Locale.ROOT))) {
        out.put(c.id(), c.name() == null ? c.id() : c.name());
      }
    }
    if (out.isEmpty() && codebook.cohorts().isEmpty()) {
      Drilldown all = Drilldown.of(filter).cohorts(java.util.Set.of());
      for (String c : store.facetCounts(all.query(), "cohort", ALL).counts().keySet()) {
        if (filter.values("cohort").isEmpty() || filter.values("cohort").contains(c.toLowerCase(java.util.Locale.ROOT))) {
          out.put(c, c);
        }
      }
    }
    return out;
  }

  private CohortProfile profile(Drilldown cohort, String id, String name, TimeSeries.Interval interval, int top)
      throws IOException {
    FacetCounts stances = store.facetCounts(cohort.query(), "stance", ALL);
    long posts = stances.posts();
    TrendsService trends = new TrendsService(store, codebook);
    return new CohortProfile(id, name, posts, cohort, stance(cohort, stances),
        shares(cohort, "frame", ALL, posts, cohort::frame),
        shares(cohort, "actor", top, posts, cohort::actor),
        shares(cohort, "hashtag", top, posts, cohort::hashtag),
        shares(cohort, "domain", top, posts, d -> cohort.field("domain", d)),
        trends.trends(cohort.query(), interval, "stance", BurstDetector.DEFAULT),
        trends.trends(cohort.query(), interval, "frame", BurstDetector.DEFAULT));
  }

  /**
   * Per target, each stance label's share of the posts labelled for that target (one label per post and target, so
   * the counts of a target add up to its labelled posts; "uncertain" is listed as a label of its own).
   */
  private static Map<String, List<Figure>> stance(Drilldown cohort, FacetCounts stances) {
    Map<String, Map<String, Long>> byTarget = new TreeMap<>();
    stances.counts().forEach((targetAndLabel, n) -> {
      int colon = targetAndLabel.lastIndexOf(':');
      String target = colon < 0 ? "" : targetAndLabel.substring(0, colon);
      byTarget.computeIfAbsent(target, t -> new LinkedHashMap<>()).put(targetAndLabel, n);
    });
    Map<String, List<Figure>> out = new LinkedHashMap<>();
    byTarget.forEach((target, counts) -> {
      long labelled = counts.values().stream().mapToLong(Long::longValue).sum();
      List<Figure> figures = new ArrayList<>();
      counts.forEach((label, n) -> figures.add(new Figure(label.substring(label.lastIndexOf(':') + 1),
          Proportion.of(n, labelled), cohort.stance(label))));
      out.put(target, figures);
    });
    return out;
  }

  private List<Figure> shares(Drilldown cohort, String dimension, int top, long posts,
      java.util.function.Function<String, Drilldown> narrow) throws IOException {
    List<Figure> out = new ArrayList<>();
    for (Map.Entry<String, Long> e : store.facetCounts(cohort.query(), dimension, top).counts().entrySet()) {
      out.add(new Figure(e.getKey(), Proportion.of(Math.min(e.getValue(), posts), posts),
          narrow.apply(e.getKey())));
    }
    return out;
  }
}
