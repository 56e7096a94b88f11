package dev.chorus.cli;

import dev.chorus.analysis.CallsAnalysis;
import dev.chorus.analysis.calls.CallsReport;
import dev.chorus.analysis.measure.Figure;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code chorus calls [filters] [--json]}: calls to action by type, addressee and cohort. */
@Command(name = "calls", description = "Calls to action by type, addressee and cohort, with 95%% Wilson intervals.",
    modelTransformer = AnalysisOptions.class)
final class CallsCommand extends AnalysisCommand<CallsAnalysis.Parameters, CallsReport> {
  CallsCommand() {
    super(new CallsAnalysis());
  }

  @Override
  void print(CallsReport r, CallsAnalysis.Parameters parameters, PrintWriter out) {
    out.printf("%,d posts, %,d with a call to action %s%n", r.posts(), r.calls().share().count(),
        ShareText.percent(r.calls().share()));
    figures(out, "by type (share of all posts)", r.byType());
    figures(out, "by addressee (share of posts with a call)", r.byAddressee());
    for (CallsReport.CohortCalls c : r.byCohort()) {
      out.printf("cohort %s: %,d of %,d posts %s%n", c.cohort(), c.calls().share().count(),
          c.calls().share().total(), ShareText.percent(c.calls().share()));
      c.byType().forEach(f -> out.printf("    %-24s %s%n", f.label(), ShareText.percent(f.share())));
    }
  }

  private static void figures(PrintWriter out, String title, List<Figure> figures) {
    out.println(title);
    for (Figure f : figures) {
      out.printf("  %-28s %,8d  %s%n", f.label(), f.share().count(), ShareText.percent(f.share()));
    }
  }
}
