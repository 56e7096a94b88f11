package dev.chorus.report;

import dev.chorus.annotate.AnnotationChain;
import dev.chorus.annotate.Annotator;
import dev.chorus.codebook.Codebook;
import dev.chorus.analysis.coverage.CoverageService;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostStore;
import dev.chorus.store.SearchOrder;
import dev.chorus.store.TimeSeries;
import dev.chorus.analysis.trends.BurstDetector;
import dev.chorus.analysis.trends.TrendsService;
import dev.chorus.workspace.Workspace;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Gathers a report's content from the core services: the same figures the API and the CLI give. */
public final class ReportBuilder {
  static final int EXAMPLE_POSTS = 20;
  /** Languages with a series of their own in the volume chart; the rest is summed. */
  static final int VOLUME_SERIES = 6;
  /** How deep the models folder is listed: as deep as {@code ModelRegistry} looks for model cards. */
  static final int MODEL_DEPTH = 4;

  private final Workspace workspace;
  private final PostStore store;
  private final String version;
  private final Clock clock;

  private final AnnotationChain chain;

  /** {@code chain} is the workspace's analysis chain, whose annotators and models the method section lists. */
  public ReportBuilder(Workspace workspace, PostStore store, AnnotationChain chain, String version, Clock clock) {
    this.chain = chain;
    this.workspace = workspace;
    this.store = store;
    this.version = version;
    this.clock = clock;
  }

  public ReportContent build(PostQuery query, Map<String, String> filters) throws IOException {
    return new ReportContent(filters, store.stats(query).withStanceExpected(store.stanceShares(query)),
        new TrendsService(store, workspace.codebook()).trends(query, TimeSeries.Interval.DAY, "lang",
            BurstDetector.DEFAULT, VOLUME_SERIES),
        CoverageService.of(store, workspace).coverage(query, false),
        store.search(query, EXAMPLE_POSTS, SearchOrder.NEWEST).posts(), method(workspace, chain),
        new ReportContent.Provenance(version, clock.instant(), workspace.root(),
            FileDigest.ofFolder(workspace.indexDir())));
  }

  /**
   * How the labels were made: the codebook's version, the chain's annotators and the trained models' files. It does
   * not depend on the filters, so the server shows it alone (the page the dashboard's help links to).
   */
  public static ReportContent.Method method(Workspace workspace, AnnotationChain chain) throws IOException {
    Codebook codebook = workspace.codebook();
    List<ReportContent.AnnotatorInfo> annotators = chain.annotators().stream()
        .map((Annotator a) -> new ReportContent.AnnotatorInfo(a.id(), a.version(), a.modelHash(),
            a.produces().stream().map(Object::toString).sorted().toList()))
        .toList();
    return new ReportContent.Method(codebook.version(), codebook.debate(), annotators, chain.unavailable(),
        FileDigest.ofTree(workspace.modelsDir(), MODEL_DEPTH), MeasuredScores.of(workspace.modelsDir()));
  }
}
