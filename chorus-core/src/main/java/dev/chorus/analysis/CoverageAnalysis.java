package dev.chorus.analysis;

import dev.chorus.analysis.coverage.CoverageReport;
import dev.chorus.analysis.coverage.CoverageService;
import dev.chorus.store.PostQuery;
import java.io.IOException;
import java.util.List;

/** {@code coverage}: what the data covers and where it has gaps, with the ingest runs' rejects. */
public final class CoverageAnalysis implements Analysis<CoverageAnalysis.Parameters, CoverageReport> {
  private static final List<Parameter> PARAMETERS = List.of(
      Parameter.flag("files", "Also per source file (reads every matching post)."));

  /** @param files also report per source file */
  public record Parameters(boolean files) {}

  @Override
  public String id() {
    return "coverage";
  }

  @Override
  public String summary() {
    return "Per platform, source format and file: time span, posts, days without posts; ingest runs and rejects.";
  }

  @Override
  public String help() {
    return "What the data covers: per platform, source format and file the time span and the days without posts, "
        + "and the summed ingest and collector runs (read, duplicates, rejected). A day without posts may be a "
        + "gap in collection rather than silence: read trends with it.";
  }

  @Override
  public List<Parameter> parameters() {
    return PARAMETERS;
  }

  @Override
  public Parameters parameters(ParameterValues v) {
    return new Parameters(v.flag("files"));
  }

  @Override
  public CoverageReport run(AnalysisContext context, PostQuery query, Parameters p) throws IOException {
    return CoverageService.of(context.store(), context.workspace()).coverage(query, p.files());
  }
}
