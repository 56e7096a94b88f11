package dev.chorus.collect;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code Link} header (RFC 8288) as Mastodon pages with it: {@code <https://host/api/v1/...?max_id=1>;
 * rel="next", <https://host/...?min_id=9>; rel="prev"}. Only links to the host that answered are followed, so a
 * rogue header cannot send the collector (and its headers) elsewhere.
 */
final class LinkHeader {
  private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*((?:;\\s*[^;,]+)*)");
  private static final Pattern REL = Pattern.compile(";\\s*rel\\s*=\\s*\"?([^\";,]+)\"?");

  private LinkHeader() {}

  /** Relation (lower case) to address, for every link in every {@code Link} header. */
  static Map<String, String> parse(HttpHeaders headers) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String value : headers.allValues("link")) {
      Matcher m = LINK.matcher(value);
      while (m.find()) {
        Matcher rel = REL.matcher(m.group(2));
        if (rel.find()) {
          for (String r : rel.group(1).trim().split("\\s+")) {
            out.putIfAbsent(r.toLowerCase(java.util.Locale.ROOT), m.group(1).trim());
          }
        }
      }
    }
    return out;
  }

  /** The link of relation {@code rel}, if it points to the same scheme, host and port as {@code base}. */
  static Optional<URI> sameHost(HttpHeaders headers, String rel, URI base) {
    String target = parse(headers).get(rel);
    if (target == null) {
      return Optional.empty();
    }
    try {
      URI uri = base.resolve(target);
      boolean same = uri.getHost() != null && uri.getHost().equalsIgnoreCase(base.getHost())
          && uri.getPort() == base.getPort() && uri.getScheme().equals(base.getScheme());
      return same ? Optional.of(uri) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
