package dev.chorus.server;

/**
 * One parameter of a route, as documented in the OpenAPI document.
 *
 * @param name parameter name
 * @param in {@code query} or {@code path}
 * @param type OpenAPI type: string, integer
 * @param description what it does
 * @param multiple true when it takes several values (repeated, or separated by commas)
 */
public record ApiParameter(String name, String in, String type, String description, boolean multiple) {
  public static ApiParameter query(String name, String type, String description) {
    return new ApiParameter(name, "query", type, description, false);
  }

  public static ApiParameter list(String name, String description) {
    return new ApiParameter(name, "query", "string", description, true);
  }

  public static ApiParameter path(String name, String description) {
    return new ApiParameter(name, "path", "string", description, false);
  }
}
