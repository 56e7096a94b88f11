package dev.chorus.server;

import dev.chorus.store.PostQuery;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The parameters of one request, checked against what its route accepts: an unknown parameter is a 400 naming it,
 * so a misspelt filter ({@code langg=fa}) is never silently ignored.
 */
public final class ApiRequest {
  /** Accepted by every route: the access token (see {@link AccessPolicy}). */
  static final String TOKEN = "token";

  private final Map<String, List<String>> query;
  private final Function<String, String> pathParams;

  ApiRequest(ApiRoute route, Map<String, List<String>> query, Function<String, String> pathParams) {
    Set<String> accepted = new java.util.HashSet<>(Set.of(TOKEN));
    route.parameters().forEach(p -> accepted.add(p.name()));
    for (String name : query.keySet()) {
      if (!accepted.contains(name)) {
        throw ApiException.badParameter(name, "unknown parameter '" + name + "' for " + route.path()
            + "; accepted: " + String.join(", ", route.parameters().stream().map(ApiParameter::name).toList()));
      }
    }
    this.query = query;
    this.pathParams = pathParams;
  }

  /** The filters of the request as a store query. */
  public PostQuery filters() {
    return FilterParameters.toQuery(query);
  }

  /** Every query parameter as given (the token left out), e.g. to name an export file after the filters. */
  public Map<String, List<String>> parameters() {
    Map<String, List<String>> copy = new java.util.LinkedHashMap<>(query);
    copy.remove(TOKEN);
    return copy;
  }

  public String path(String name) {
    return pathParams.apply(name);
  }

  /** An optional string parameter, null when absent. */
  public String string(String name) {
    return FilterParameters.single(query, name);
  }

  /** An integer parameter in [min, max], {@code fallback} when absent. */
  public int integer(String name, int fallback, int min, int max) {
    String v = string(name);
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        throw ApiException.badParameter(name, name + " must be between " + min + " and " + max + ", not " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw ApiException.badParameter(name, name + " must be a whole number, not '" + v + "'");
    }
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
