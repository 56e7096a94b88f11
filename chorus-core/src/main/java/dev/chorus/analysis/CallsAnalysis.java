package dev.chorus.analysis;

import dev.chorus.analysis.calls.CallsReport;
import dev.chorus.analysis.calls.CallsService;
import dev.chorus.store.PostQuery;
import java.io.IOException;
import java.util.List;

/** {@code calls}: calls to action by type, addressee and cohort. */
public final class CallsAnalysis implements Analysis<CallsAnalysis.Parameters, CallsReport> {
  private static final List<Parameter> PARAMETERS = List.of(
      Parameter.integer("top", 20, 1, 200, "Addressees listed."));

  /** @param top addressees listed */
  public record Parameters(int top) {}

  @Override
  public String id() {
    return "calls";
  }

  @Override
  public String summary() {
    return "Calls to action by type, addressee and cohort, with 95% Wilson intervals.";
  }

  @Override
  public String help() {
    return "Calls to action found by phrase patterns in English, Persian, "
        + "Arabic and Hebrew (petition, appeal, end-talks, ...), as shares of "
        + "the matching posts with 95% Wilson intervals, by type, addressee and cohort. Pattern matching finds "
        + "explicit calls; irony and paraphrase are missed.";
  }

  @Override
  public List<Parameter> parameters() {
    return PARAMETERS;
  }

  @Override
  public Parameters parameters(ParameterValues v) {
    return new Parameters(v.integer("top"));
  }

  @Override
  public CallsReport run(AnalysisContext context, PostQuery query, Parameters p) throws IOException {
    return new CallsService(context.store()).calls(query, p.top());
  }
}
