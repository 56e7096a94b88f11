package dev.chorus.source.mastodon;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.source.JsonFields;
import dev.chorus.source.RecordRejectedException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Server-independent identities for Mastodon statuses and accounts (see the package documentation for why the
 * answering server's {@code id}s are not used).
 */
final class MastodonIds {
  /** Mastodon's ActivityPub ids: {@code https://host/users/name/statuses/ID}, boosts with a trailing /activity. */
  private static final Pattern MASTODON_URI =
      Pattern.compile("https?://([^/]+)/users/[^/]+/statuses/([^/?#]+)(?:/activity)?/?");

  private MastodonIds() {}

  /** {@code host/ID} for a Mastodon origin, else the {@code uri} without its scheme. */
  static String statusId(JsonNode status) {
    String uri = JsonFields.requireText(status, "uri").trim();
    Matcher m = MASTODON_URI.matcher(uri);
    if (m.matches()) {
      return m.group(1).toLowerCase(Locale.ROOT) + "/" + m.group(2);
    }
    try {
      URI parsed = new URI(uri);
      if (parsed.getHost() == null) {
        throw RecordRejectedException.field("uri", "not an http(s) URI: '" + uri + "'");
      }
      String query = parsed.getRawQuery() == null ? "" : "?" + parsed.getRawQuery();
      return parsed.getHost().toLowerCase(Locale.ROOT) + parsed.getRawPath() + query;
    } catch (URISyntaxException e) {
      throw RecordRejectedException.field("uri", "not a URI: '" + uri + "'");
    }
  }

  /** The host of the status's {@code uri}, i.e. its origin server, or null. */
  static String originHost(JsonNode status) {
    return host(JsonFields.text(status, "uri"));
  }

  /**
   * {@code user@instance} for an Account or a StatusMention: remote {@code acct}s already carry their domain, local
   * ones get the host of their profile {@code url} (or {@code fallbackHost}).
   */
  static String account(JsonNode account, String fallbackHost) {
    String acct = JsonFields.requireText(account, "acct").trim();
    if (acct.startsWith("@")) {
      acct = acct.substring(1);
    }
    int at = acct.indexOf('@');
    if (at >= 0) {
      return acct.substring(0, at) + acct.substring(at).toLowerCase(Locale.ROOT);
    }
    String host = host(JsonFields.text(account, "url"));
    host = host != null ? host : fallbackHost;
    return host == null ? acct : acct + "@" + host;
  }

  /** Local accounts have an {@code acct} without domain: the answering server is their home. */
  static boolean isLocal(JsonNode account) {
    String acct = account == null ? null : JsonFields.text(account, "acct");
    return acct != null && !acct.isBlank() && acct.indexOf('@', 1) < 0;
  }

  static String host(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      String host = new URI(url.trim()).getHost();
      return host == null ? null : host.toLowerCase(Locale.ROOT);
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
