package dev.chorus.server;

import java.util.List;
import java.util.Locale;

/**
 * How to serve.
 *
 * @param bind address to listen on (127.0.0.1 by default)
 * @param port port, 0 for any free one
 * @param access who may ask
 * @param allowLabelling true when labelling endpoints may change labels
 * @param allowedHosts host names a browser may use besides the loopback names and the bound address (see
 *     {@link HostCheck}), e.g. the machine's name on the network when bound to 0.0.0.0
 * @param limits how much work the server takes on at once
 */
public record ServerOptions(String bind, int port, AccessPolicy access, boolean allowLabelling,
    List<String> allowedHosts, ServerLimits limits) {
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
    allowedHosts = allowedHosts == null ? List.of()
        : allowedHosts.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).toList();
    limits = limits == null ? ServerLimits.defaults() : limits;
  }

  /** The default hosts and limits. */
  public ServerOptions(String bind, int port, AccessPolicy access, boolean allowLabelling) {
    this(bind, port, access, allowLabelling, List.of(), ServerLimits.defaults());
  }

  public ServerOptions withLimits(ServerLimits newLimits) {
    return new ServerOptions(bind, port, access, allowLabelling, allowedHosts, newLimits);
  }
}
