package dev.chorus.server;

/**
 * An error the API reports to its caller: HTTP status, a message a person can act on, and the query or path
 * parameter at fault (null when none).
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String parameter;

  public ApiException(int status, String message, String parameter) {
    super(message);
    this.status = status;
    this.parameter = parameter;
  }

  public static ApiException badParameter(String parameter, String message) {
    return new ApiException(400, message, parameter);
  }

  public static ApiException notFound(String message, String parameter) {
    return new ApiException(404, message, parameter);
  }

  public int status() {
    return status;
  }

  public String parameter() {
    return parameter;
  }
}
