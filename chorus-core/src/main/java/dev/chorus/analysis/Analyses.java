package dev.chorus.analysis;

import java.util.List;

/**
 * The registered analyses. The CLI registers a verb's options and the server a route for each, so adding an analysis
 * is one class and one line here.
 */
public final class Analyses {
  public static final List<Analysis<?, ?>> ALL = List.of(new SearchAnalysis(), new StatsAnalysis(),
      new TopAnalysis(), new TrendsAnalysis(), new CohortsAnalysis(), new CallsAnalysis(), new CoordinationAnalysis(),
      new CoverageAnalysis(), new CompareAnalysis());

  private Analyses() {}

  /** The analysis called {@code id}. */
  public static Analysis<?, ?> byId(String id) {
    return ALL.stream().filter(a -> a.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no analysis '" + id + "'; registered: "
            + ALL.stream().map(Analysis::id).toList()));
  }
}
