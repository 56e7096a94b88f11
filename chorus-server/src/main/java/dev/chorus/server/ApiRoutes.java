package dev.chorus.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The route table of the API. Adding a route is one entry here (method, path, summary, parameters, handler) plus
 * the service call it renders; the server registers every entry and the OpenAPI document lists them all.
 */
public final class ApiRoutes {
  private static final List<ApiParameter> SEARCH = with(FilterParameters.ALL,
      ApiParameter.query("limit", "integer", "Posts to return, 0 to " + ChorusApi.MAX_LIMIT + " (default 20)."),
      ApiParameter.query("sort", "string", "newest (default) or relevance."));
  private static final List<ApiParameter> VOLUME = with(FilterParameters.ALL,
      ApiParameter.query("by", "string", "lang (default), platform, kind, stance or frame."),
      ApiParameter.query("top", "integer", "Values with their own series, 1 to 20 (default 6); the rest is 'other'."));
  private static final List<ApiParameter> ID = List.of(ApiParameter.path("id", "Post id, platform:nativeId."));

  private ApiRoutes() {}

  public static List<ApiRoute> table(ChorusApi api) {
    List<ApiRoute> routes = new ArrayList<>(List.of(
        new ApiRoute("GET", "/api/health", "Server status, version and number of posts.", List.of(), api::health),
        new ApiRoute("GET", "/api/search", "Matching posts, newest first, and how many match.", SEARCH, api::search),
        new ApiRoute("GET", "/api/stats", "Counts by platform, kind, language, day, hashtag and label.",
            FilterParameters.ALL, api::stats),
        new ApiRoute("GET", "/api/volume", "Posts per day split by lang, platform, kind, stance or frame.", VOLUME,
            api::volume),
        new ApiRoute("GET", "/api/coverage", "Per platform: time span, posts, days without posts; rejected records.",
            FilterParameters.ALL, api::coverage),
        new ApiRoute("GET", "/api/posts/{id}", "One post with its labels and provenance.", ID, api::post),
        new ApiRoute("GET", "/api/export.csv", "Every matching post as CSV, oldest first.", FilterParameters.ALL,
            api::exportCsv),
        new ApiRoute("POST", "/api/posts/{id}/labels", "Set a label by hand (needs --allow-labelling).", ID,
            api::label)));
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
