package dev.chorus.analysis.calls;

import dev.chorus.analysis.measure.Drilldown;
import dev.chorus.analysis.measure.Figure;
import dev.chorus.analysis.measure.Proportion;
import dev.chorus.store.FacetCounts;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Computes {@link CallsReport}s from the store's {@code call}, {@code addressee} and {@code cohort} labels. */
public final class CallsService {
  private static final int ALL = 1_000;

  private final PostStore store;

  public CallsService(PostStore store) {
    this.store = store;
  }

  /** @param top addressees listed */
  public CallsReport calls(PostQuery filter, int top) throws IOException {
    if (top < 1) {
      throw new IllegalArgumentException("top must be at least 1");
    }
    Drilldown base = Drilldown.of(filter);
    FacetCounts types = store.facetCounts(base.query(), "call", ALL);
    long posts = types.posts();
    // the user may have asked for some call types already: those are the types counted
    Set<String> callTypes = new LinkedHashSet<>(types.counts().keySet());
    if (!base.query().values("call").isEmpty()) {
      callTypes.retainAll(base.query().values("call"));
    }
    Drilldown withCall = base.calls(callTypes);
    long callPosts = callTypes.isEmpty() ? 0 : store.facetCounts(withCall.query(), "call", 1).posts();
    Figure calls = new Figure("call", Proportion.of(callPosts, posts), withCall);
    List<Figure> byType = figures(types.counts(), posts, t -> base.calls(Set.of(t)));
    if (callTypes.isEmpty()) {
      return new CallsReport(base, posts, calls, byType, List.of(), List.of());
    }
    List<Figure> byAddressee = figures(store.facetCounts(withCall.query(), "addressee", top).counts(), callPosts,
        a -> withCall.field("addressee", a));
    List<CallsReport.CohortCalls> byCohort = new ArrayList<>();
    for (String cohort : store.facetCounts(withCall.query(), "cohort", ALL).counts().keySet()) {
      byCohort.add(cohortCalls(base.cohort(cohort), cohort, callTypes));
    }
    return new CallsReport(base, posts, calls, byType, byAddressee, byCohort);
  }

  private CallsReport.CohortCalls cohortCalls(Drilldown cohort, String id, Set<String> callTypes) throws IOException {
    FacetCounts types = store.facetCounts(cohort.query(), "call", ALL);
    long posts = types.posts();
    Drilldown withCall = cohort.calls(callTypes);
    long callPosts = store.count(withCall.query()); // a count, not the facets: nothing else reads this query
    return new CallsReport.CohortCalls(id, new Figure("call", Proportion.of(callPosts, posts), withCall),
        figures(types.counts(), posts, t -> cohort.calls(Set.of(t))));
  }

  private static List<Figure> figures(Map<String, Long> counts, long total,
      java.util.function.Function<String, Drilldown> narrow) {
    List<Figure> out = new ArrayList<>();
    counts.forEach((label, n) -> out.add(new Figure(label, Proportion.of(Math.min(n, total), total),
        narrow.apply(label))));
    return out;
  }
}
