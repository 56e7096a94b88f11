package dev.chorus.server;

import static dev.chorus.server.ChorusApi.withQueryText;

import dev.chorus.analysis.Analyses;
import dev.chorus.analysis.Analysis;
import dev.chorus.analysis.AnalysisContext;
import dev.chorus.analysis.FilterWarnings;
import dev.chorus.analysis.InvalidParameterException;
import dev.chorus.analysis.ParameterValues;
import dev.chorus.codebook.Codebook;
import dev.chorus.privacy.Pseudonymizer;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostStore;
import dev.chorus.workspace.Workspace;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The routes of the registered {@link Analyses}: {@code GET /api/ID} for each, taking the filters and the analysis'
 * own parameters. A bad value is a 400 naming its parameter; the body is the analysis' result as it is, which is
 * also what {@code chorus ID --json} prints, with a {@code warnings} array when a filter value matches no post.
 */
final class AnalysisApi {
  private final AnalysisContext context;

  AnalysisApi(Workspace workspace, PostStore store, Codebook codebook, Pseudonymizer pseudonymizer) {
    this.context = new AnalysisContext(store, workspace, codebook, () -> pseudonymizer);
  }

  /** One route per registered analysis, its parameters after the filters. */
  List<ApiRoute> routes() {
    List<ApiRoute> routes = new ArrayList<>();
    for (Analysis<?, ?> a : Analyses.ALL) {
      List<ApiParameter> parameters = new ArrayList<>(ApiRoutes.FILTERS);
      a.parameters().forEach(p -> parameters.add(ApiParameter.of(p)));
      routes.add(new ApiRoute("GET", "/api/" + a.id(), a.summary(), parameters, r -> run(a, r)));
    }
    return routes;
  }

  /** The result with the warnings of filter values no post has ({@link FilterWarnings#body}). */
  private <P, R> Object run(Analysis<P, R> analysis, ApiRequest r) throws IOException {
    PostQuery q = r.filters();
    R result;
    try {
      P parameters = analysis.parameters(ParameterValues.read(analysis.parameters(), r::string));
      result = withQueryText(q, () -> analysis.run(context, q, parameters));
    } catch (InvalidParameterException e) { // also from run: a value only the data can judge (compare's around)
      String name = e.parameter().name();
      throw ApiException.badParameter(name, name + " " + e.getMessage());
    }
    return FilterWarnings.body(result, FilterWarnings.of(context.store(), context.codebook(), q));
  }
}
