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
  public List<Parameter> parameters() {
    return List.of();
  }

  @Override
  public Void parameters(ParameterValues values) {
    return null;
  }

  @Override
  public StoreStats run(AnalysisContext context, PostQuery query, Void parameters) throws IOException {
    return context.store().stats(query);
  }
}
