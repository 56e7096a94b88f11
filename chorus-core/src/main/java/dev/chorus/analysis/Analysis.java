package dev.chorus.analysis;

import dev.chorus.store.PostQuery;
import java.io.IOException;
import java.util.List;

/**
 * A corpus analysis: what the CLI verb {@code chorus ID} and the route {@code GET /api/ID} both run. Its parameters
 * are declared once ({@link #parameters()}); the CLI's options and the API's parameters, with their defaults, ranges
 * and help, are derived from them, and the JSON of its result ({@link dev.chorus.json.JsonConfig}) is both the API's
 * body and {@code chorus ID --json}. Registered in {@link Analyses}.
 *
 * @param <P> the typed parameters
 * @param <R> the result, serialised as it is
 */
public interface Analysis<P, R> {
  /** The verb and route name: {@code stats}, {@code trends}, ... */
  String id();

  /** One line for the CLI help and the OpenAPI document. */
  String summary();

  /**
   * How the figures are computed and what to keep in mind reading them, a few sentences: the footer of
   * {@code chorus ID --help} and the "?" text of the dashboard's panels ({@code GET /api/help}), so both say the same.
   */
  default String help() {
    return "";
  }

  /** The parameters beyond the filters, in the order the help lists them. */
  List<Parameter> parameters();

  /**
   * The typed parameters from checked values; may refuse a combination of values (naming a parameter).
   *
   * @throws InvalidParameterException when the values do not go together
   */
  P parameters(ParameterValues values);

  /**
   * Runs the analysis over the posts of {@code query}.
   *
   * @throws IllegalArgumentException when the query text is not valid Lucene syntax
   */
  R run(AnalysisContext context, PostQuery query, P parameters) throws IOException;

  /** Reads the parameters from raw values and runs: what the API and the CLI do. */
  default R run(AnalysisContext context, PostQuery query, java.util.function.Function<String, String> raw)
      throws IOException {
    return run(context, query, parameters(ParameterValues.read(parameters(), raw)));
  }
}
