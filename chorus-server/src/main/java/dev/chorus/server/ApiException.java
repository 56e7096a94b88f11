package dev.chorus.server;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error the API reports to its caller: HTTP status, a message a person can act on, the query or path parameter
 * (or header) at fault (null when none), further fields of the body ({@code limit} and {@code allowed} for a query
 * past a cap, {@code reason} for a 503) and, for a 503, the seconds to wait before asking again.
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String parameter;
  private final transient Map<String, Object> details;
  private final int retryAfterSeconds;

  public ApiException(int status, String message, String parameter) {
    this(status, message, parameter, Map.of(), 0);
  }

  ApiException(int status, String message, String parameter, Map<String, Object> details, int retryAfterSeconds) {
    super(message);
    this.status = status;
    this.parameter = parameter;
    this.details = new LinkedHashMap<>(details);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public static ApiException badParameter(String parameter, String message) {
    return new ApiException(400, message, parameter);
  }

  /**
   * The workspace's views.yaml cannot be read: the server's own file is at fault, not the request, so a 500 that says
   * which file, line and entry (the views' own message) rather than "internal error".
   */
  static ApiException brokenViews(IllegalArgumentException e) {
    return new ApiException(500, "the saved views cannot be read: " + e.getMessage(), "view");
  }

  public static ApiException notFound(String message, String parameter) {
    return new ApiException(404, message, parameter);
  }

  /** A 503 with {@code Retry-After}; {@code reason} tells the page whether retrying can help ("busy"). */
  static ApiException unavailable(String message, String reason, int retryAfterSeconds) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("reason", reason);
    details.put("retry_after", retryAfterSeconds);
    return new ApiException(503, message, null, details, retryAfterSeconds);
  }

  public int status() {
    return status;
  }

  public String parameter() {
    return parameter;
  }

  Map<String, Object> details() {
    return details;
  }

  /** Seconds for {@code Retry-After}, 0 for none. */
  int retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
