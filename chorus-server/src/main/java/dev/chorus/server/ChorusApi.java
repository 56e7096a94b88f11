package dev.chorus.server;

import dev.chorus.codebook.Codebook;
import dev.chorus.export.PostCsv;
import dev.chorus.post.Post;
import dev.chorus.privacy.Pseudonymizer;
import dev.chorus.store.InvalidFilterException;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostStore;
import dev.chorus.store.SearchOrder;
import dev.chorus.workspace.Workspace;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The handlers of the API besides the analyses (health, one post, export, codebook, model cards); the analyses
 * (search, stats, top, trends, ...) are routed by {@link AnalysisApi}, labelling by {@link LabellingApi}. Each handler reads its parameters, calls
 * one core service and returns its result. No analysis happens here, so the API, the CLI and the report show the
 * same figures.
 */
public final class ChorusApi {
  private final PostStore store;
  private final Codebook codebook;
  private final ModelCards models;
  private final AnalysisApi analyses;
  private final LabellingApi labelling;
  private final String version;
  private final dev.chorus.alerts.AlertLog alerts;
  private final java.nio.file.Path workspaceRoot;
  private final HelpTopics help;
  private final java.time.ZoneId timeZone;
  private final Workspace workspace;
  private final Pseudonymizer pseudonymizer;

  /**
   * @param pseudonymizer the workspace's, to recognise mentions of cohort accounts; may be null (then they are not)
   * @param allowLabelling true when the labelling endpoint may write codes
   */
  public ChorusApi(Workspace workspace, PostStore store, Pseudonymizer pseudonymizer, String version,
      boolean allowLabelling) throws IOException {
    this.store = store;
    this.workspace = workspace;
    this.pseudonymizer = pseudonymizer;
    this.codebook = workspace.codebook();
    this.models = new ModelCards(workspace.modelsDir());
    this.help = new HelpTopics(workspace.modelsDir());
    this.analyses = new AnalysisApi(workspace, store, codebook, pseudonymizer);
    this.labelling = new LabellingApi(store, codebook, workspace.labelsDir(), allowLabelling);
    this.version = version;
    this.alerts = dev.chorus.alerts.AlertLog.of(workspace.root());
    this.workspaceRoot = workspace.root();
    this.timeZone = workspace.timeZone(); // read once: answers are cached by their parameters
  }

  /** The workspace's time zone as the server started, used when a request gives no {@code tz}. */
  java.time.ZoneId timeZone() {
    return timeZone;
  }

  /** Where views.yaml is read from, for the {@code view} filter of every request. */
  java.nio.file.Path workspaceRoot() {
    return workspaceRoot;
  }

  /** The saved views with their counts now ({@code chorus views --json} prints the same list). */
  Object views(ApiRequest r) throws IOException {
    dev.chorus.views.SavedViews saved;
    try {
      saved = dev.chorus.views.SavedViews.load(workspaceRoot);
    } catch (IllegalArgumentException e) {
      throw ApiException.brokenViews(e);
    }
    return Map.of("views", dev.chorus.views.ViewListing.of(saved, store, timeZone));
  }

  /** The workspace's alert log, newest first (what {@code chorus alerts} lists, oldest first). */
  Object alerts(ApiRequest r) throws IOException {
    java.util.List<dev.chorus.alerts.Alert> all = new java.util.ArrayList<>(alerts.read());
    java.util.Collections.reverse(all);
    return Map.of("alerts", all);
  }

  /** The texts of the dashboard's "?" buttons ({@link HelpTopics}). */
  Object help(ApiRequest r) throws IOException {
    return help.all();
  }

  /**
   * The report's Method section alone, for this workspace now (the page the help's links open): the analysis chain is
   * loaded as {@code chorus report} loads it, within the request's budget; the answer is cached per store generation.
   */
  Object method(ApiRequest r) throws IOException {
    var chain = dev.chorus.annotate.AnnotationChain.load(
        new dev.chorus.annotate.AnnotatorContext(codebook, workspace.modelsDir(), pseudonymizer));
    java.io.StringWriter page = new java.io.StringWriter();
    dev.chorus.report.HtmlReport.writeMethodPage(dev.chorus.report.ReportBuilder.method(workspace, chain), version,
        ChorusServer.REPORT_CSS, page);
    return new HtmlPage(page.toString());
  }

  String version() {
    return version;
  }

  AnalysisApi analyses() {
    return analyses;
  }

  LabellingApi labelling() {
    return labelling;
  }

  /** The store's generation, which the response cache is keyed by; reading it lets the store see newer commits. */
  long storeGeneration() throws IOException {
    return store.generation();
  }

  Object health(ApiRequest r) throws IOException {
    return dev.chorus.workspace.WorkspaceHealth.ok(version, store.count(), labelling.allowed(), timeZone);
  }

  Object post(ApiRequest r) throws IOException {
    String id = r.path("id");
    Post p = store.get(id).orElseThrow(() -> ApiException.notFound("no post with id '" + id + "'", "id"));
    return dev.chorus.analysis.PostView.of(p);
  }

  Codebook workspaceCodebook() {
    return codebook;
  }

  Object codebook(ApiRequest r) {
    return codebook;
  }

  /** {@link dev.chorus.models.ModelRegistry#stamp()} of the workspace's models folder. */
  String modelsStamp() throws IOException {
    return new dev.chorus.models.ModelRegistry(workspace.modelsDir()).stamp();
  }

  Object models(ApiRequest r) throws IOException {
    return models.list(r.string("key"));
  }

  Object exportCsv(ApiRequest r) throws IOException {
    PostQuery q = r.filters();
    withQueryText(q, () -> store.search(q, 0, SearchOrder.NEWEST)); // a bad query is a 400 before the download starts
    return new CsvDownload(ExportNames.fileName("chorus-posts", r.parameters(), "csv"), out -> {
      try (PostCsv csv = new PostCsv(new BufferedWriter(out))) {
        store.forEach(q, p -> {
          try {
            csv.write(p);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      }
    });
  }

  /**
   * Runs a store call; a refused query ({@link InvalidFilterException}, naming {@code q}) goes to {@link ApiErrors} as
   * it is, any other argument the store refuses becomes a 400 naming {@code q} when there is one.
   */
  static <T> T withQueryText(PostQuery q, StoreCall<T> call) throws IOException {
    try {
      return call.run();
    } catch (InvalidFilterException | dev.chorus.analysis.InvalidParameterException e) {
      throw e; // they name their parameter
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameter(q.text() != null ? "q" : null, e.getMessage());
    }
  }

  /** A call into the store or a service. */
  @FunctionalInterface
  interface StoreCall<T> {
    T run() throws IOException;
  }
}
