package dev.chorus.server;

import dev.chorus.store.PostQueryParser;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The route table of the API: a route per registered analysis ({@link AnalysisApi}, from
 * {@link dev.chorus.analysis.Analyses}) and the entries here (method, path, summary, parameters, handler); the server
 * registers every entry and the OpenAPI document lists them all. Every route over posts takes the filters of
 * {@link PostQueryParser#FILTERS}, the CLI's names.
 */
public final class ApiRoutes {
  /**
   * The filter parameters, in the order the dashboard shows them, {@code view} (a saved view's filters) and
   * {@code tz}, the time zone their days are read and the results counted in.
   */
  public static final List<ApiParameter> FILTERS = java.util.stream.Stream.concat(
      java.util.stream.Stream.concat(PostQueryParser.FILTERS.stream(),
          java.util.stream.Stream.of(dev.chorus.views.ViewFilter.FILTER))
      .map(f -> f.list() ? ApiParameter.list(f.name(), f.description())
          : ApiParameter.query(f.name(), "string", f.description())),
      java.util.stream.Stream.of(ApiParameter.of(dev.chorus.analysis.Analyses.TIME_ZONE))).toList();
  private static final List<ApiParameter> ID = List.of(ApiParameter.path("id", "Post id, platform:nativeId."));
  private static final List<ApiParameter> MODELS = List.of(
      ApiParameter.query("key", "string", "Only the cards of this label key, e.g. stance:us-iran-talks."));

  private ApiRoutes() {}

  public static List<ApiRoute> table(ChorusApi api) {
    List<ApiRoute> routes = new ArrayList<>();
    routes.add(new ApiRoute("GET", "/api/health", "Server status, version and number of posts.", List.of(),
        api::health));
    routes.addAll(api.analyses().routes());
    routes.addAll(List.of(
        new ApiRoute("GET", "/api/posts/{id}", "One post with its labels and provenance.", ID, api::post),
        new ApiRoute("GET", "/api/export.csv", "Every matching post as CSV, oldest first.", FILTERS, api::exportCsv),
        new ApiRoute("GET", "/api/dimensions", "The filters and label dimensions (platform, language, frame, stance, "
            + "...): names, descriptions, whether they filter and split.", List.of(), r -> dev.chorus.analysis.DimensionCatalog.of(api.workspaceCodebook(), api.timeZone())),
        new ApiRoute("GET", "/api/dictionary", "The data dictionary: every column of the CSV export and every field "
            + "of the analyses' JSON, with meaning, type and values (the label columns' values from the workspace's "
            + "codebook).", List.of(), r -> dev.chorus.dictionary.DataDictionary.of(api.workspaceCodebook())),
        new ApiRoute("GET", "/api/codebook", "The workspace's codebook: targets, frames, actors, cohorts, events.",
            List.of(), api::codebook),
        new ApiRoute("GET", "/api/models", "Model cards of the workspace's trained models.", MODELS, api::models),
        new ApiRoute("GET", "/api/help", "The dashboard's help texts: per analysis its summary and how it is computed "
            + "(as chorus ID --help says), the alerts, and the measured accuracy of the workspace's models.",
            List.of(), api::help),
        new ApiRoute("GET", HelpTopics.METHOD_PAGE, "The report's Method section as a page (what chorus report writes "
            + "under Method): codebook version, annotators with version and model hash, the trained models' files; "
            + "anchors #method, #method-codebook, #method-annotators, #method-models.", List.of(), api::method),
        new ApiRoute("GET", "/api/views", "The workspace's saved views (views.yaml): name, description, filters and "
            + "the number of posts each matches now. Use one with view=NAME on any route that takes filters.",
            List.of(), api::views),
        new ApiRoute("GET", "/api/alerts", "The workspace's alerts, newest first: rule, dimension, value, window, "
            + "count, baseline, score and the drill-down filter of the posts behind each.", List.of(), api::alerts),
        new ApiRoute("POST", "/api/posts/{id}/labels", "Store hand-coded stance and frames of a post in "
            + "labels/codes.ndjson (needs --allow-labelling).", ID, api.labelling()::label),
        new ApiRoute("GET", "/api/labelling/next-gain", "Per codebook target: coded posts with a majority stance "
            + "and roughly how many more the next +0.03 F_avg needs, from the target's own learning curve (from 200 "
            + "coded posts) or the documented SemEval/Mawqif curves; says so when the curve is too flat or short.",
            List.of(), api.labelling()::nextGain)));
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
