package dev.chorus.server;

import dev.chorus.analysis.Analyses;
import dev.chorus.analysis.InvalidParameterException;
import dev.chorus.store.InvalidFilterException;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostQueryParser;
import dev.chorus.views.ViewFilter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The parameters of one request, checked against what its route accepts: an unknown parameter is a 400 naming it,
 * so a misspelt filter ({@code langg=fa}) is never silently ignored. Every bad value is a 400 naming its parameter.
 * A saved view ({@code view=NAME}) is expanded into its filters here, once, by {@link ViewFilter}: the handlers see
 * filters only, the given ones replacing the view's of the same name. The filters are read in the time zone of
 * {@code tz} ({@link Analyses#TIME_ZONE}), else the workspace's: a day of {@code since} starts at its midnight.
 */
public final class ApiRequest {
  /** Accepted by every route: the access token (see {@link AccessPolicy}). */
  static final String TOKEN = "token";

  private final Map<String, List<String>> query;
  private final Function<String, String> pathParams;
  private final Supplier<String> body;
  private final ZoneId workspaceZone;

  ApiRequest(ApiRoute route, Map<String, List<String>> query, Function<String, String> pathParams,
      Supplier<String> body, Path workspace, ZoneId workspaceZone) throws IOException {
    this.workspaceZone = workspaceZone;
    Set<String> accepted = new HashSet<>(Set.of(TOKEN));
    route.parameters().forEach(p -> accepted.add(p.name()));
    for (String name : query.keySet()) {
      if (!accepted.contains(name)) {
        throw ApiException.badParameter(name, "unknown parameter '" + name + "' for " + route.path()
            + "; accepted: " + String.join(", ", route.parameters().stream().map(ApiParameter::name).toList()));
      }
    }
    this.query = accepted.contains(ViewFilter.NAME) ? expand(query, workspace) : query;
    this.pathParams = pathParams;
    this.body = body;
  }

  private static Map<String, List<String>> expand(Map<String, List<String>> query, Path workspace)
      throws IOException {
    try {
      return ViewFilter.expand(query, workspace);
    } catch (InvalidFilterException e) {
      throw ApiException.badParameter(e.filter(), e.getMessage());
    } catch (IllegalArgumentException e) {
      throw ApiException.brokenViews(e);
    }
  }

  /** The filters of the request as a store query in its time zone, read by the parser the CLI uses. */
  public PostQuery filters() {
    ZoneId zone = timeZone();
    try {
      return PostQueryParser.parse(query, zone);
    } catch (InvalidFilterException e) {
      throw ApiException.badParameter(e.filter(), e.getMessage());
    }
  }

  /** The zone of {@code tz}, else the workspace's; 400 naming {@code tz} when it is no time zone. */
  public ZoneId timeZone() {
    String name = Analyses.TIME_ZONE.name();
    try {
      return Analyses.timeZone(string(name), workspaceZone);
    } catch (InvalidParameterException e) {
      throw ApiException.badParameter(name, name + " " + e.getMessage());
    }
  }

  /** Every query parameter as given (the token left out), e.g. to name an export file after the filters. */
  public Map<String, List<String>> parameters() {
    Map<String, List<String>> copy = new LinkedHashMap<>(query);
    copy.remove(TOKEN);
    return copy;
  }

  public String path(String name) {
    return pathParams.apply(name);
  }

  /** The request body as text (empty when none). */
  public String body() {
    String b = body.get();
    return b == null ? "" : b;
  }

  /** An optional string parameter, null when absent or blank; 400 when given twice. */
  public String string(String name) {
    List<String> values = query.getOrDefault(name, List.of());
    if (values.size() > 1) {
      throw ApiException.badParameter(name, name + " is given " + values.size() + " times; give it once");
    }
    return values.isEmpty() || values.get(0).isBlank() ? null : values.get(0).trim();
  }

  /** An integer parameter in [min, max], {@code fallback} when absent. */
  public int integer(String name, int fallback, int min, int max) {
    return (int) decimal(name, fallback, min, max, true);
  }

  /** A number in [min, max], {@code fallback} when absent. */
  public double decimal(String name, double fallback, double min, double max) {
    return decimal(name, fallback, min, max, false);
  }

  private double decimal(String name, double fallback, double min, double max, boolean whole) {
    String v = string(name);
    if (v == null) {
      return fallback;
    }
    double n;
    try {
      n = whole ? Long.parseLong(v) : Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw ApiException.badParameter(name, name + " must be a " + (whole ? "whole number" : "number") + ", not '"
          + v + "'");
    }
    if (!(n >= min && n <= max)) {
      throw ApiException.badParameter(name, name + " must be between " + format(min) + " and " + format(max)
          + ", not " + v);
    }
    return n;
  }

  private static String format(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }

  /** One of {@code allowed}, {@code fallback} when absent. */
  public String choice(String name, String fallback, List<String> allowed) {
    String v = string(name);
    if (v == null) {
      return fallback;
    }
    if (!allowed.contains(v)) {
      throw ApiException.badParameter(name, name + " must be one of " + String.join(", ", allowed) + ", not '" + v + "'");
    }
    return v;
  }
}
