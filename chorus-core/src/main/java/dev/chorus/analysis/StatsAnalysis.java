package dev.chorus.analysis;

import dev.chorus.store.PostQuery;
import dev.chorus.store.StoreStats;
import java.io.IOException;
import java.util.List;

/** {@code stats}: counts by platform, kind, language, day, hashtag and label; span and authors. */
public final class StatsAnalysis implements Analysis<Void, StoreStats> {
  @Override
  public String id() {
    return "stats";
  }

  @Override
  public String summary() {
    return "Counts by platform, kind, language, day, hashtag and label.";
  }

  @Override
  public String help() {
    return "Counts of the matching posts by platform, kind, language, day, hashtag and label. A post counts once "
        + "per value it has: a post with two hashtags counts under both, so hashtag counts add up to more than "
        + "the posts. Languages are identified automatically (short posts are the least sure); referenced posts "
        + "(context shipped with a file) are left out unless role says otherwise. Calibrated stance shares "
        + "(stance_expected) are, per target, the mean calibrated probability of each stance over the posts a model "
        + "labelled, not counts of labels: counting the most probable label pushes shares toward the majority "
        + "stance.";
  }

  @Override
  public List<Parameter> parameters() {
    return List.of();
  }

  @Override
  public Void parameters(ParameterValues values) {
    return null;
  }

  @Override
  public StoreStats run(AnalysisContext context, PostQuery query, Void parameters) throws IOException {
    // the calibrated shares beside the label counts: one more pass over the matches' doc values
    return context.store().stats(query).withStanceExpected(context.store().stanceShares(query));
  }
}
