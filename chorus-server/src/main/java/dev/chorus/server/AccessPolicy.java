package dev.chorus.server;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Who may ask. Bound to a loopback address, only people on this machine can connect: no token unless one is
 * configured. Bound to any other address, the server refuses to start without a token, and every request must carry
 * it: {@code Authorization: Bearer TOKEN}, or {@code ?token=TOKEN} when opening the page (the server then sets an
 * HttpOnly, SameSite=Strict cookie so the page's own requests carry it without putting it in links).
 *
 * @param token the access token, or null when none is needed
 */
public record AccessPolicy(String token) {
  public static final String ENV = "CHORUS_TOKEN";
  static final String COOKIE = "chorus_token";
  static final int MIN_TOKEN_LENGTH = 16;

  public AccessPolicy {
    if (token != null && token.length() < MIN_TOKEN_LENGTH) {
      throw new IllegalArgumentException("the access token must have at least " + MIN_TOKEN_LENGTH
          + " characters (" + ENV + ")");
    }
  }

  /** The policy for a bind address: refuses a non-loopback address without a token. */
  public static AccessPolicy forBinding(String bind, String token) {
    if (token == null && !isLoopback(bind)) {
      throw new IllegalArgumentException("--bind " + bind + " is not a loopback address: the server needs an access "
          + "token; set " + ENV + " (at least " + MIN_TOKEN_LENGTH + " characters)");
    }
    return new AccessPolicy(token);
  }

  /** A random token of 128 bits, hex. */
  public static String generateToken(SecureRandom random) {
    byte[] b = new byte[16];
    random.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  public static boolean isLoopback(String bind) {
    try {
      return InetAddress.getByName(bind).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("--bind " + bind + ": unknown host", e);
    }
  }

  public boolean required() {
    return token != null;
  }

  /** Throws a 401 unless the request carries the token (when one is required). */
  void check(Context ctx) {
    if (token == null) {
      return;
    }
    String header = ctx.header("Authorization");
    if (header != null && header.startsWith("Bearer ") && matches(header.substring("Bearer ".length()).trim())) {
      return;
    }
    String param = ctx.queryParam(ApiRequest.TOKEN);
    if (param != null && matches(param)) {
      ctx.cookie(new Cookie(COOKIE, token, "/", -1, false, true, null, SameSite.STRICT));
      return;
    }
    String cookie = ctx.cookie(COOKIE);
    if (cookie != null && matches(cookie)) {
      return;
    }
    ctx.header("WWW-Authenticate", "Bearer");
    throw new ApiException(401, "an access token is required: 'Authorization: Bearer TOKEN' or ?token=TOKEN", null);
  }

  /** Constant-time comparison, so response times do not tell how much of a guess was right. */
  private boolean matches(String candidate) {
    return MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
  }
}
