package dev.chorus.cli;

import dev.chorus.analysis.TopAnalysis;
import dev.chorus.store.FacetCounts;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code chorus top --by domain [filters] [--top 20] [--json]}: the most frequent labels of one dimension. */
@Command(name = "top", description = "The most frequent labels of one dimension (linked domains, hashtags, frames, "
    + "...) among the matching posts.", modelTransformer = AnalysisOptions.class)
final class TopCommand extends AnalysisCommand<TopAnalysis.Parameters, FacetCounts> {
  TopCommand() {
    super(new TopAnalysis());
  }

  @Override
  void print(FacetCounts counts, TopAnalysis.Parameters parameters, PrintWriter out) {
    out.printf("%,d posts, %,d distinct %s labels%n", counts.posts(), counts.distinct(), parameters.by());
    counts.counts().forEach((label, n) -> out.printf("  %-40s %,10d%n", label, n));
  }
}
