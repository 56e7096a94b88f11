package dev.chorus.analysis;

import dev.chorus.store.PostQuery;
import dev.chorus.store.SearchCursor;
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
      Parameter.choice("sort", "newest", List.of("newest", "relevance"), "Order of the posts."),
      Parameter.text("cursor", "The page after an earlier answer's 'next' (same query, filters and sort)."));

  /** @param limit posts returned; @param sort newest or relevance; @param cursor where the page starts, or null */
  public record Parameters(int limit, SearchOrder sort, SearchCursor cursor) {}

  /**
   * How many posts match, the limit asked for, the page's posts, and {@code next}: the cursor of the page after it
   * (absent on the last page).
   */
  public record Result(long total, int limit, List<PostView> posts, String next) {}

  @Override
  public String id() {
    return "search";
  }

  @Override
  public String summary() {
    return "Matching posts, newest first, and how many match.";
  }

  @Override
  public String help() {
    return "Posts matching the filters and the query, newest first (or by relevance); collected posts only "
        + "unless role says otherwise. Authors are pseudonymised; labels show the confidence of the annotator "
        + "that set them. Newest-first pages stay stable while posts are ingested.";
  }

  @Override
  public List<Parameter> parameters() {
    return PARAMETERS;
  }

  @Override
  public Parameters parameters(ParameterValues v) {
    SearchOrder order = v.string("sort").equals("relevance") ? SearchOrder.RELEVANCE : SearchOrder.NEWEST;
    String cursor = v.string("cursor");
    try {
      return new Parameters(v.integer("limit"), order, cursor == null ? null : SearchCursor.decode(cursor, order));
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException(PARAMETERS.get(2), e.getMessage());
    }
  }

  @Override
  public Result run(AnalysisContext context, PostQuery query, Parameters p) throws IOException {
    SearchPage page = context.store().search(query, p.limit(), p.sort(), p.cursor());
    return new Result(page.total(), p.limit(), page.posts().stream().map(PostView::of).toList(),
        page.next() == null ? null : page.next().encode());
  }
}
