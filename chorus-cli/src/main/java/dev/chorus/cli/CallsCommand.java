package dev.chorus.cli;

import dev.chorus.calls.CallsReport;
import dev.chorus.calls.CallsService;
import dev.chorus.measure.Figure;
import dev.chorus.store.PostStore;
import dev.chorus.workspace.Workspace;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code chorus calls [filters] [--json]}: calls to action by type, addressee and cohort. */
@Command(name = "calls", description = "Calls to action by type, addressee and cohort, with 95%% Wilson intervals.")
final class CallsCommand implements Callable<Integer> {
  @ParentCommand ChorusCommand parent;
  @Spec CommandSpec spec;
  @Mixin FilterOptions filters;

  @Option(names = "--query", paramLabel = "Q", description = "Lucene query to narrow the posts.")
  String query;

  @Option(names = "--top", defaultValue = "20", description = "Addressees listed (default ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Workspace ws = parent.workspace();
    CallsReport r;
    try (PostStore store = ws.openStore(false)) {
      r = new CallsService(store).calls(filters.toQuery(query), top);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(ReportJson.write(r));
      return ExitCodes.OK;
    }
    out.printf("%,d posts, %,d with a call to action %s%n", r.posts(), r.calls().share().count(),
        ReportJson.percent(r.calls().share()));
    figures(out, "by type (share of all posts)", r.byType());
    figures(out, "by addressee (share of posts with a call)", r.byAddressee());
    for (CallsReport.CohortCalls c : r.byCohort()) {
      out.printf("cohort %s: %,d of %,d posts %s%n", c.cohort(), c.calls().share().count(),
          c.calls().share().total(), ReportJson.percent(c.calls().share()));
      c.byType().forEach(f -> out.printf("    %-24s %s%n", f.label(), ReportJson.percent(f.share())));
    }
    return ExitCodes.OK;
  }

  private static void figures(PrintWriter out, String title, List<Figure> figures) {
    out.println(title);
    for (Figure f : figures) {
      out.printf("  %-28s %,8d  %s%n", f.label(), f.share().count(), ReportJson.percent(f.share()));
    }
  }
}
