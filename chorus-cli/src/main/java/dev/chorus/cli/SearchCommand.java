package dev.chorus.cli;

import dev.chorus.analysis.SearchAnalysis;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code chorus search QUERY [filters] [--limit N] [--sort newest|relevance] [--json]}. */
@Command(name = "search", description = "Full-text search (Lucene query syntax) with filters.",
    modelTransformer = AnalysisOptions.class)
final class SearchCommand extends AnalysisCommand<SearchAnalysis.Parameters, SearchAnalysis.Result> {
  @Parameters(paramLabel = "QUERY", arity = "0..1",
      description = "Lucene query, e.g. 'برجام OR JCPOA', 'hashtag:NoDeal'; '*' for all (or give it as --q).")
  String query;

  SearchCommand() {
    super(new SearchAnalysis());
  }

  @Override
  String queryText() {
    if (query != null && queryOption != null) {
      throw new IllegalArgumentException("give the query once: as QUERY or as --q, not both");
    }
    String text = query != null ? query : queryOption;
    return text == null || text.isBlank() || text.equals("*") ? null : text;
  }

  @Override
  void print(SearchAnalysis.Result page, SearchAnalysis.Parameters parameters, PrintWriter out) {
    out.printf("%,d posts match%n", page.total());
    page.posts().forEach(p -> out.println(PostLine.format(p)));
  }
}
