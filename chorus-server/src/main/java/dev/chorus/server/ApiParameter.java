package dev.chorus.server;

import dev.chorus.analysis.Parameter;

/**
 * One parameter of a route, as documented in the OpenAPI document.
 *
 * @param name parameter name
 * @param in {@code query} or {@code path}
 * @param type OpenAPI type: string, integer
 * @param description what it does
 * @param multiple true when it takes several values (repeated, or separated by commas)
 * @param declared the analysis parameter it is (for its default, range and choices), null for other parameters
 */
public record ApiParameter(String name, String in, String type, String description, boolean multiple,
    Parameter declared) {
  public static ApiParameter query(String name, String type, String description) {
    return new ApiParameter(name, "query", type, description, false, null);
  }

  public static ApiParameter list(String name, String description) {
    return new ApiParameter(name, "query", "string", description, true, null);
  }

  public static ApiParameter path(String name, String description) {
    return new ApiParameter(name, "path", "string", description, false, null);
  }

  /** An analysis parameter, under its own name. */
  public static ApiParameter of(Parameter p) {
    return new ApiParameter(p.name(), "query", p.type().openApi(), p.help(), false, p);
  }
}
