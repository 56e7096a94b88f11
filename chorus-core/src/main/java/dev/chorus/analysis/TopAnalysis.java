package dev.chorus.analysis;

import dev.chorus.store.FacetCounts;
import dev.chorus.store.PostQuery;
import dev.chorus.analysis.trends.TrendsService;
import java.io.IOException;
import java.util.List;
import java.util.TreeSet;

/** {@code top}: the most frequent labels of one dimension (linked domains, hashtags, frames, ...). */
public final class TopAnalysis implements Analysis<TopAnalysis.Parameters, FacetCounts> {
  /** @param by the dimension; @param top labels listed */
  public record Parameters(String by, int top) {}

  @Override
  public String id() {
    return "top";
  }

  @Override
  public String summary() {
    return "The most frequent labels of one dimension (e.g. linked domains).";
  }

  @Override
  public String help() {
    return "The values of one dimension with the most matching posts; each post counts once per value it has. "
        + "Linked domains are read from the posts' links as given: a shortened link counts under the shortener.";
  }

  @Override
  public List<Parameter> parameters() {
    // read on each call, as trends' split: the dimensions come from TrendsService.DIMENSIONS
    return List.of(
        Parameter.choice("by", null, List.copyOf(new TreeSet<>(TrendsService.DIMENSIONS)),
            "The dimension (required)."),
        Parameter.integer("top", 20, 1, 1000, "Labels listed."));
  }

  @Override
  public Parameters parameters(ParameterValues v) {
    if (v.string("by") == null) {
      Parameter by = parameters().get(0);
      throw new InvalidParameterException(by, "is required: one of " + String.join(", ", by.choices()));
    }
    return new Parameters(v.string("by"), v.integer("top"));
  }

  @Override
  public FacetCounts run(AnalysisContext context, PostQuery query, Parameters p) throws IOException {
    return context.store().facetCounts(query, p.by(), p.top());
  }
}
