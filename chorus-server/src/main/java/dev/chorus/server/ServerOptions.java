package dev.chorus.server;

/**
 * How to serve.
 *
 * @param bind address to listen on (127.0.0.1 by default)
 * @param port port, 0 for any free one
 * @param access who may ask
 * @param allowLabelling true when labelling endpoints may change labels
 */
public record ServerOptions(String bind, int port, AccessPolicy access, boolean allowLabelling) {
  public static final int DEFAULT_PORT = 7070;
  public static final String DEFAULT_BIND = "127.0.0.1";

  public ServerOptions {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port must be between 0 and 65535, not " + port);
    }
    if (access == null || (!access.required() && !AccessPolicy.isLoopback(bind))) {
      throw new IllegalArgumentException("--bind " + bind + " is not a loopback address: the server needs an access "
          + "token; set " + AccessPolicy.ENV);
    }
  }
}
