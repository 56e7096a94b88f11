package dev.chorus.text;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Normalises URLs so that the same article shared with different tracking decorations counts as one object: lower-case
 * scheme and host, no default port, no fragment, no tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid},
 * {@code s}/{@code t} on X, ...), {@code www.} dropped, {@code http} treated as {@code https}, no trailing slash.
 * Strings that are not absolute http(s) URLs are returned trimmed, unchanged otherwise.
 */
public final class UrlNormalizer {
  private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "igshid", "igsh",
      "mc_cid", "mc_eid", "ref_src", "ref_url", "_ga", "yclid", "si", "feature", "smid", "cmpid", "ocid", "share");
  private static final Set<String> X_HOSTS = Set.of("twitter.com", "x.com", "mobile.twitter.com", "mobile.x.com");

  private UrlNormalizer() {}

  public static String normalize(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.trim();
    URI uri;
    try {
      uri = new URI(s);
    } catch (URISyntaxException e) {
      return s;
    }
    String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
    if (uri.getRawAuthority() == null || !("http".equals(scheme) || "https".equals(scheme))) {
      return s;
    }
    String host = uri.getHost() == null ? uri.getRawAuthority() : uri.getHost();
    host = host.toLowerCase(Locale.ROOT);
    if (host.startsWith("www.")) {
      host = host.substring(4);
    }
    if (X_HOSTS.contains(host)) {
      host = "x.com";
    }
    int port = uri.getPort();
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    if (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    String query = cleanQuery(uri.getRawQuery(), host);
    StringBuilder out = new StringBuilder("https://").append(host);
    if (port > 0 && port != 80 && port != 443) {
      out.append(':').append(port);
    }
    out.append(path);
    if (!query.isEmpty()) {
      out.append('?').append(query);
    }
    return out.toString();
  }

  /** The host of a normalised URL without {@code www.}, or null. */
  public static String domain(String url) {
    try {
      String host = new URI(url.trim()).getHost();
      if (host == null) {
        return null;
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static String cleanQuery(String rawQuery, String host) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    List<String> kept = new ArrayList<>();
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      String key = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
      boolean tracking = key.startsWith("utm_") || TRACKING.contains(key)
          || ("x.com".equals(host) && (key.equals("s") || key.equals("t")));
      if (!tracking) {
        kept.add(pair);
      }
    }
    return String.join("&", kept);
  }
}
