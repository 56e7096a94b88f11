package dev.chorus.analysis;

import dev.chorus.store.PostQuery;
import dev.chorus.store.SearchOrder;
import dev.chorus.store.SearchPage;
import java.io.IOException;
import java.util.List;

/** {@code search}: the matching posts (query text: the filter {@code q}), how many match. */
public final class SearchAnalysis implements Analysis<SearchAnalysis.Parameters, SearchAnalysis.Result> {
  /** The most posts one request returns. */
  public static final int MAX_LIMIT = 1000;
  private static final List<Parameter> PARAMETERS = List.of(
      Parameter.integer("limit", 20, 0, MAX_LIMIT, "Posts to return."),
      Parameter.choice("sort", "newest", List.of("newest", "relevance"), "Order of the posts."));

  /** @param limit posts returned; @param sort newest or relevance */
  public record Parameters(int limit, SearchOrder sort) {}

  /** How many posts match, the limit asked for, and the first posts. */
  public record Result(long total, int limit, List<PostView> posts) {}

  @Override
  public String id() {
    return "search";
  }

  @Override
  public String summary() {
    return "Matching posts, newest first, and how many match.";
  }

  @Override
  public List<Parameter> parameters() {
    return PARAMETERS;
  }

  @Override
  public Parameters parameters(ParameterValues v) {
    return new Parameters(v.integer("limit"),
        v.string("sort").equals("relevance") ? SearchOrder.RELEVANCE : SearchOrder.NEWEST);
  }

  @Override
  public Result run(AnalysisContext context, PostQuery query, Parameters p) throws IOException {
    SearchPage page = context.store().search(query, p.limit(), p.sort());
    return new Result(page.total(), p.limit(), page.posts().stream().map(PostView::of).toList());
  }
}
