package dev.chorus.cli;

import dev.chorus.analysis.Analysis;
import dev.chorus.analysis.AnalysisContext;
import dev.chorus.analysis.FilterWarnings;
import dev.chorus.json.JsonConfig;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostStore;
import dev.chorus.workspace.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A CLI verb that runs a registered {@link Analysis} on the workspace: the filters, {@code --q}, the analysis'
 * options (added by {@link AnalysisOptions}) and {@code --json}, which prints exactly the body of
 * {@code GET /api/ID} with the same parameters (filter values no post has are warned of there and on stderr).
 * Subclasses only render the result as text.
 *
 * @param <P> the analysis' parameters
 * @param <R> its result
 */
abstract class AnalysisCommand<P, R> implements Callable<Integer> {
  @ParentCommand ChorusCommand parent;
  @Spec CommandSpec spec;
  @Mixin FilterOptions filters;

  @Option(names = {"--q", "--query"}, paramLabel = "Q",
      description = "Lucene query to narrow the posts (the API's q; --query is the former name).")
  String queryOption;

  @Option(names = "--json", description = "Print the JSON body of GET /api/<command> with the same parameters.")
  boolean json;

  private final Analysis<P, R> analysis;

  AnalysisCommand(Analysis<P, R> analysis) {
    this.analysis = analysis;
  }

  /** The query text, null for all posts. */
  String queryText() {
    return queryOption;
  }

  /** Renders the result for a terminal. */
  abstract void print(R result, P parameters, PrintWriter out) throws IOException;

  @Override
  public Integer call() throws Exception {
    P parameters = AnalysisOptions.parameters(spec, analysis);
    Workspace ws = parent.workspace();
    PostQuery query = filters.toQuery(queryText());
    R result;
    List<FilterWarnings.Warning> warnings;
    try (PostStore store = ws.openStore(false)) {
      AnalysisContext context = context(ws, store);
      try {
        result = run(context, query, parameters);
      } catch (dev.chorus.analysis.InvalidParameterException e) { // a value only the data can judge (an event id)
        throw new IllegalArgumentException(e.parameter().option() + " " + e.getMessage(), e);
      }
      // filter values no post has: a typo answers 0 silently otherwise (the API's body has them too)
      warnings = FilterWarnings.of(store, context.codebook(), query);
    }
    warnings.forEach(w -> spec.commandLine().getErr().println("chorus: warning: " + w.message()));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(JsonConfig.mapper().writeValueAsString(FilterWarnings.body(result, warnings)));
    } else {
      print(result, parameters, out);
    }
    return ExitCodes.OK;
  }

  /** Runs the analysis; a subclass may do more with the same store (coordination writes its network files). */
  R run(AnalysisContext context, PostQuery query, P parameters) throws IOException {
    return analysis.run(context, query, parameters);
  }

  /** {@code t} as the day ({@code 2026-01-02}) or minute ({@code 2026-01-02 00:30}) of a clock in {@code zone}. */
  static String local(java.time.Instant t, java.time.ZoneId zone, boolean minute) {
    if (t == null) {
      return "-";
    }
    String s = java.time.LocalDateTime.ofInstant(t, zone).toString().replace('T', ' ');
    return minute ? (s + ":00").substring(0, 16) : s.substring(0, 10);
  }

  AnalysisContext context(Workspace ws, PostStore store) throws IOException {
    return new AnalysisContext(store, ws, ws.codebook(), () -> ws.pseudonymizer(parent.env));
  }
}
