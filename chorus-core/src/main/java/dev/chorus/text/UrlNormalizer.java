package dev.chorus.text;

import java.net.IDN;
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
 * An internationalised host is written in its ASCII form ({@code bücher.de} and {@code xn--bcher-kva.de} are one
 * site, and the ASCII form cannot pass for another script's look-alike). A hash-bang fragment ({@code #!/user}) is
 * kept, since such sites route by it. Strings that are not absolute http(s) URLs are returned trimmed, unchanged
 * otherwise. Normalising twice gives what normalising once gives.
 */
public final class UrlNormalizer {
  private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "igshid", "igsh",
      "mc_cid", "mc_eid", "ref_src", "ref_url", "_ga", "yclid", "si", "feature", "smid", "cmpid", "ocid", "share");
  private static final Set<String> X_HOSTS = Set.of("twitter.com", "x.com", "mobile.twitter.com", "mobile.x.com");

  /**
   * The last URLs normalised, and the last domains found: a post's links are parsed when it is read, again for its
   * shared objects and for its domains, and a collection shares the same links many times; java.net.URI's parse is
   * most of the cost of each.
   */
  private static final Memo NORMALIZED = new Memo();
  private static final Memo DOMAINS = new Memo();

  private UrlNormalizer() {}

  public static String normalize(String raw) {
    if (raw == null) {
      return null;
    }
    String known = NORMALIZED.get(raw);
    if (known == null) {
      known = normalizeUnremembered(raw);
      NORMALIZED.put(raw, known);
    }
    return known;
  }

  /** {@link #normalize} of a non-null string, parsed each time. */
  static String normalizeUnremembered(String raw) {
    String s = raw.trim();
    URI uri;
    try {
      uri = asciiHost(new URI(s));
    } catch (URISyntaxException e) {
      return s;
    }
    String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
    if (uri.getRawAuthority() == null || !("http".equals(scheme) || "https".equals(scheme))) {
      return s;
    }
    String host = uri.getHost() == null ? uri.getRawAuthority() : uri.getHost();
    host = withoutWww(host.toLowerCase(Locale.ROOT));
    if (X_HOSTS.contains(host)) {
      host = "x.com";
    }
    int port = uri.getPort();
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    while (path.endsWith("/")) {
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
    if (uri.getRawFragment() != null && uri.getRawFragment().startsWith("!")) {
      out.append('#').append(uri.getRawFragment());
    }
    return out.toString();
  }

  /** The host of a normalised URL without {@code www.}, or null. */
  public static String domain(String url) {
    String known = DOMAINS.get(url);
    if (known == null) {
      String domain = domainUnremembered(url);
      known = domain == null ? Memo.NONE : domain;
      DOMAINS.put(url, known);
    }
    return known == Memo.NONE ? null : known;
  }

  /** {@link #domain}, parsed each time. */
  static String domainUnremembered(String url) {
    try {
      String host = asciiHost(new URI(url.trim())).getHost();
      return host == null ? null : withoutWww(host.toLowerCase(Locale.ROOT));
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** Drops leading {@code www.} labels, but never down to a bare top-level domain ({@code www.com} stays). */
  private static String withoutWww(String host) {
    String h = host;
    while (h.startsWith("www.") && h.indexOf('.', 4) > 0) {
      h = h.substring(4);
    }
    return h;
  }

  /**
   * The URI with an internationalised host in its ASCII (punycode) form. java.net.URI does not parse a non-ASCII
   * host (no host, no port, the user part kept in the authority), so such a URI is rebuilt; any other URI, or one
   * whose host IDN rejects, is returned as it is.
   */
  private static URI asciiHost(URI uri) {
    String authority = uri.getRawAuthority();
    if (uri.getHost() != null || authority == null || authority.chars().allMatch(c -> c < 0x80)) {
      return uri;
    }
    int at = authority.lastIndexOf('@');
    String hostPort = authority.substring(at + 1);
    int colon = hostPort.lastIndexOf(':');
    String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
    try {
      String rebuilt = uri.getScheme() + "://" + authority.substring(0, at + 1)
          + IDN.toASCII(host, IDN.ALLOW_UNASSIGNED) + (colon < 0 ? "" : hostPort.substring(colon))
          + (uri.getRawPath() == null ? "" : uri.getRawPath())
          + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
          + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
      URI ascii = new URI(rebuilt);
      return ascii.getHost() == null ? uri : ascii;
    } catch (IllegalArgumentException | URISyntaxException e) {
      return uri;
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

  /**
   * What a pure function of a string gave for the last strings seen, by hash (one entry a slot, the newer replacing
   * the older). Entries are immutable, so threads share the slots without a lock and read a whole entry or another.
   */
  static final class Memo {
    /** Stands for a null answer (compared by identity). */
    static final String NONE = new String("");
    private final Entry[] slots = new Entry[1024];

    private record Entry(String key, String value) {}

    String get(String key) {
      Entry e = slots[key.hashCode() & (slots.length - 1)];
      return e != null && e.key.equals(key) ? e.value : null;
    }

    void put(String key, String value) {
      slots[key.hashCode() & (slots.length - 1)] = new Entry(key, value);
    }
  }
}
