package dev.chorus.server;

import java.util.Locale;
import java.util.Set;

/**
 * Refuses a state-changing request (POST, PUT, PATCH, DELETE: labels, saved views, alerts) that a browser made for
 * another site: {@code Sec-Fetch-Site} other than {@code same-origin} or {@code none} (typed by the user), or an
 * {@code Origin} that is not this server's own ({@code http://} and the request's Host, which {@link HostCheck} has
 * already vouched for). Token or not: a cookie that a browser attaches on its own is no proof of intent. Requests
 * without these headers (curl, scripts) are not from a browser page and pass.
 */
final class CrossSiteCheck {
  static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

  private CrossSiteCheck() {}

  /** Throws a 403 when a write comes from another site. */
  static void check(String method, String host, String origin, String fetchSite) {
    if (!WRITES.contains(method.toUpperCase(Locale.ROOT))) {
      return;
    }
    String site = fetchSite == null ? null : fetchSite.trim().toLowerCase(Locale.ROOT);
    boolean crossSite = site != null && !site.equals("same-origin") && !site.equals("none");
    boolean foreignOrigin = origin != null
        && !origin.trim().equalsIgnoreCase("http://" + (host == null ? "" : host.trim()));
    if (crossSite || foreignOrigin) {
      throw new ApiException(403, "refused a " + method + " from another site (" + (crossSite ? "Sec-Fetch-Site: "
          + site : "Origin is not this server") + "): only this server's own page may change the workspace",
          foreignOrigin ? "Origin" : "Sec-Fetch-Site");
    }
  }
}
