package dev.chorus.server;

import java.io.IOException;
import java.util.List;

/**
 * One row of the route table: method, path (Javalin syntax, {@code {id}} for a path parameter), a summary, the
 * parameters it accepts (others are refused with 400, so a misspelt filter never silently widens a result) and the
 * handler that renders one service call.
 */
public record ApiRoute(String method, String path, String summary, List<ApiParameter> parameters, Handler handler) {
  public ApiRoute {
    parameters = List.copyOf(parameters);
  }

  /** What a success answers with, told by the path's ending: a CSV download, an HTML page, else JSON. */
  public String contentType() {
    return path.endsWith(".csv") ? "text/csv" : path.endsWith(".html") ? "text/html" : "application/json";
  }

  /**
   * Renders one request; returns what is sent back: a JSON-serialisable value, a {@link CsvDownload} or an
   * {@link HtmlPage}.
   */
  @FunctionalInterface
  public interface Handler {
    Object handle(ApiRequest request) throws IOException;
  }
}
