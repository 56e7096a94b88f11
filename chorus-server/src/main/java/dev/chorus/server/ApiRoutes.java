package dev.chorus.server;

import dev.chorus.store.PostQueryParser;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The route table of the API. Adding a route is one entry here (method, path, summary, parameters, handler) plus
 * the service call it renders; the server registers every entry and the OpenAPI document lists them all. Every route
 * over posts takes the filters of {@link PostQueryParser#FILTERS}, the CLI's names.
 */
public final class ApiRoutes {
  /** The filter parameters, in the order the dashboard shows them. */
  public static final List<ApiParameter> FILTERS = PostQueryParser.FILTERS.stream()
      .map(f -> f.list() ? ApiParameter.list(f.name(), f.description())
          : ApiParameter.query(f.name(), "string", f.description()))
      .toList();
  private static final List<ApiParameter> SEARCH = with(FILTERS,
      ApiParameter.query("limit", "integer", "Posts to return, 0 to " + ChorusApi.MAX_LIMIT + " (default 20)."),
      ApiParameter.query("sort", "string", "newest (default) or relevance."));
  private static final List<ApiParameter> TRENDS = with(FILTERS,
      ApiParameter.query("interval", "string", "hour, day (default) or week."),
      ApiParameter.query("by", "string", "Split by " + String.join(", ", AnalysisApi.DIMENSIONS) + " (default: "
          + "totals only)."),
      ApiParameter.query("top", "integer", "Labels with a series of their own, 0 to 50 (default 0: all); the rest is "
          + "summed as '(other)'."),
      ApiParameter.query("window", "integer", "Surges: trailing buckets of the median baseline (default 7)."),
      ApiParameter.query("threshold", "number", "Surges: robust z-score that counts (default 3.5)."),
      ApiParameter.query("min_count", "integer", "Surges: fewest posts in a surge bucket (default 5)."));
  private static final List<ApiParameter> COHORTS = with(FILTERS,
      ApiParameter.query("interval", "string", "hour, day or week (default) for series and convergence."),
      ApiParameter.query("top", "integer", "Actors, hashtags and domains per cohort (default 10)."),
      ApiParameter.query("min_framed", "integer", "Framed posts each cohort needs in a bucket for a convergence "
          + "distance (default 5)."),
      ApiParameter.query("max_ids", "integer", "Post ids listed per cross-reference (default 200)."));
  private static final List<ApiParameter> CALLS = with(FILTERS,
      ApiParameter.query("top", "integer", "Addressees listed (default 20)."));
  private static final List<ApiParameter> COORDINATION = with(FILTERS,
      ApiParameter.query("by", "string", "Shared object: url (default), hashtag, repost or text."),
      ApiParameter.query("time_window", "integer", "Seconds within which two shares are coordinated (default 60)."),
      ApiParameter.query("min_participation", "integer", "Shares an account needs (default 2)."),
      ApiParameter.query("min_weight", "number", "Fewest co-shared objects per edge (default 2)."),
      ApiParameter.query("weight_quantile", "number", "Instead: keep edges at or above this weight quantile."),
      ApiParameter.query("similarity", "number", "by=text: Jaccard threshold of near-duplicates (default 0.8)."),
      ApiParameter.query("community", "string", "greedy-modularity (default), label-propagation or none."),
      ApiParameter.query("groups", "integer", "Groups listed, with their accounts in the network (default 20)."));
  private static final List<ApiParameter> TOP = with(FILTERS,
      ApiParameter.query("by", "string", "The dimension: " + String.join(", ", AnalysisApi.DIMENSIONS) + "."),
      ApiParameter.query("top", "integer", "Labels listed, 1 to 1000 (default 20)."));
  private static final List<ApiParameter> ID = List.of(ApiParameter.path("id", "Post id, platform:nativeId."));
  private static final List<ApiParameter> MODELS = List.of(
      ApiParameter.query("key", "string", "Only the cards of this label key, e.g. stance:us-iran-talks."));

  private ApiRoutes() {}

  public static List<ApiRoute> table(ChorusApi api) {
    AnalysisApi analyses = api.analyses();
    List<ApiRoute> routes = new ArrayList<>(List.of(
        new ApiRoute("GET", "/api/health", "Server status, version and number of posts.", List.of(), api::health),
        new ApiRoute("GET", "/api/search", "Matching posts, newest first, and how many match.", SEARCH, api::search),
        new ApiRoute("GET", "/api/stats", "Counts by platform, kind, language, day, hashtag and label.", FILTERS,
            api::stats),
        new ApiRoute("GET", "/api/top", "The most frequent labels of one dimension (e.g. linked domains).", TOP,
            api::top),
        new ApiRoute("GET", "/api/trends", "Posts per hour, day or week split by a dimension, with the codebook's "
            + "events and flagged surges.", TRENDS, analyses::trends),
        new ApiRoute("GET", "/api/cohorts", "Cohorts compared: stance, frames, actors, hashtags, domains, series, "
            + "frame-mix convergence, cross-references.", COHORTS, analyses::cohorts),
        new ApiRoute("GET", "/api/calls", "Calls to action by type, addressee and cohort.", CALLS, analyses::calls),
        new ApiRoute("GET", "/api/coordination", "Accounts sharing the same objects within seconds: network, groups.",
            COORDINATION, analyses::coordination),
        new ApiRoute("GET", "/api/coverage", "Per platform and source: time span, posts, missing days; ingest runs "
            + "and rejects.", FILTERS, api::coverage),
        new ApiRoute("GET", "/api/posts/{id}", "One post with its labels and provenance.", ID, api::post),
        new ApiRoute("GET", "/api/export.csv", "Every matching post as CSV, oldest first.", FILTERS, api::exportCsv),
        new ApiRoute("GET", "/api/dimensions", "The filters and label dimensions (platform, language, frame, stance, "
            + "...): names, descriptions, whether they filter and split.", List.of(), r -> DimensionsView.of()),
        new ApiRoute("GET", "/api/codebook", "The workspace's codebook: targets, frames, actors, cohorts, events.",
            List.of(), api::codebook),
        new ApiRoute("GET", "/api/models", "Model cards of the workspace's trained models.", MODELS, api::models),
        new ApiRoute("POST", "/api/posts/{id}/labels", "Store hand-coded stance and frames of a post in "
            + "labels/codes.ndjson (needs --allow-labelling).", ID, api.labelling()::label)));
    // the document describes the whole table, itself included, so it is made once the table is complete
    AtomicReference<Object> document = new AtomicReference<>();
    routes.add(new ApiRoute("GET", "/api/openapi.json", "This document (OpenAPI 3).", List.of(),
        r -> document.get()));
    document.set(OpenApiDocument.of(routes, api.version()));
    return List.copyOf(routes);
  }

  private static List<ApiParameter> with(List<ApiParameter> base, ApiParameter... more) {
    List<ApiParameter> all = new ArrayList<>(base);
    all.addAll(List.of(more));
    return List.copyOf(all);
  }
}
