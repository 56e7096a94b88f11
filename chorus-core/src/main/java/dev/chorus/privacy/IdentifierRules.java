package dev.chorus.privacy;

import dev.chorus.post.Platform;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How each platform's post ids and links embed accounts, declared once for every source (sources map records as the
 * platform gives them; {@link PostIdentifiers} rewrites what these rules find). Two kinds of rule:
 *
 * <ul>
 *   <li>tokens: an account inside a post id ({@code at://did:plc:…/app.bsky.feed.post/…}, Telegram's
 *       {@code chat/message}); DIDs are recognised anywhere, since they name an account wherever they occur;
 *   <li>links: a host and a path naming an account (profiles, permalinks), and, where the platform has one, the
 *       account-free form of a post link ({@code https://x.com/i/web/status/ID}).
 * </ul>
 *
 * Each account found is handed to {@link Accounts}, which gives its pseudonym (or the name itself for a public
 * figure). The rules never match a pseudonym, so applying them twice changes nothing.
 */
public final class IdentifierRules {
  /** Whether an embedded account is an account id ({@code u_} pseudonym) or a handle ({@code h_}). */
  public enum Kind { ID, HANDLE }

  /** The pseudonym of an account found inside an id or link; the account itself when it is a public figure. */
  public interface Accounts {
    String pseudonym(Platform platform, Kind kind, String account);

    boolean isPublic(Platform platform, String account);
  }

  /**
   * An account inside a post id or any text: group {@code acct}; {@code required}: a literal every match contains
   * (the pattern is run only on text that holds it), or null.
   */
  record TokenRule(Platform platform, Kind kind, Pattern pattern, String required) {
    /** False when the pattern cannot match {@code s}: a check that spares the regex most ids and texts. */
    boolean mayMatch(String s) {
      return required == null || s.contains(required);
    }
  }

  /**
   * A link naming an account: host, path (matched at its start: the rest may be anything) with the account in group
   * {@code acct} and a post in group {@code post}; {@code accountFree} is the post link without the account up to
   * the post, which is appended (X: {@code https://x.com/i/web/status/}), or null when the platform has none;
   * {@code qualify}: the handle is {@code acct@host} (fediverse accounts); {@code reserved}: paths that are pages of
   * the site, not accounts; {@code hostEndings}: how every host {@code host} matches ends, case ignored (empty: any
   * host), and {@code pathStarts}: how every path {@code path} matches starts — cheap checks that spare the regexes
   * most links.
   */
  record LinkRule(Platform platform, Kind kind, Pattern host, Pattern path, String accountFree, boolean qualify,
      Set<String> reserved, List<String> hostEndings, List<String> pathStarts) {
    /** Whether the path regex names the post ({@code post}): Reddit's user links name none. */
    boolean namesPost() {
      return path.pattern().contains("(?<post>");
    }

    /**
     * Whether the host regex matches {@code h}, an ASCII host ({@link LinkParts}): run only when {@code h} ends as it
     * must, and not when it is one of the endings, which the regex takes (tested): a platform's own links mostly are.
     */
    boolean matchesHost(String h) {
      if (hostEndings.isEmpty()) {
        return host.matcher(h).matches();
      }
      for (String ending : hostEndings) {
        if (h.regionMatches(true, h.length() - ending.length(), ending, 0, ending.length())) {
          return h.length() == ending.length() || host.matcher(h).matches();
        }
      }
      return false;
    }

    boolean mayMatchPath(String p) {
      for (String start : pathStarts) {
        if (p.startsWith(start)) {
          return true;
        }
      }
      return false;
    }
  }

  /** DIDs (AT Protocol account ids) wherever they occur. */
  static final TokenRule DID = new TokenRule(Platform.BLUESKY, Kind.ID,
      Pattern.compile("(?<acct>did:(?:plc|web):[A-Za-z0-9._%-]+(?::[A-Za-z0-9._%-]+)*)"), "did:");

  /** Accounts inside native post ids, per platform (DIDs are handled for every platform); an EnumMap: every id asks. */
  static final Map<Platform, List<TokenRule>> ID_TOKENS = Collections.unmodifiableMap(new EnumMap<>(Map.of(
      // at://handle/collection/rkey: an at-URI may name the account by its handle (a domain name) instead of its DID
      Platform.BLUESKY, List.of(new TokenRule(Platform.BLUESKY, Kind.HANDLE,
          Pattern.compile("(?<=at://)(?<acct>(?!did:)[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)"), "at://")),
      // chat/message: the chat is a channel, group or person
      Platform.TELEGRAM, List.of(new TokenRule(Platform.TELEGRAM, Kind.ID, Pattern.compile("^(?<acct>-?\\d+)(?=/)"),
          "/")))));

  private static final String NAME = "[A-Za-z0-9_]";

  /** Link shapes, the first whose host and path match wins; the last (fediverse) accepts any host. */
  static final List<LinkRule> LINKS = List.of(
      new LinkRule(Platform.X, Kind.HANDLE, host("(?:www\\.|mobile\\.|m\\.)?(?:x|twitter)\\.com"),
          Pattern.compile("/(?<acct>" + NAME + "{1,15})(?!\\w)(?:/status(?:es)?/(?<post>\\d+))?"),
          "https://x.com/i/web/status/", false,
          Set.of("i", "home", "search", "hashtag", "explore", "intent", "share", "settings", "messages",
              "notifications", "login", "signup", "tos", "privacy", "compose", "about", "download"),
          List.of("x.com", "twitter.com"), List.of("/")),
      new LinkRule(Platform.BLUESKY, Kind.HANDLE, host("(?:www\\.)?bsky\\.app"),
          Pattern.compile("/profile/(?<acct>[^/?#\\s…]+)(?:/post/(?<post>[A-Za-z0-9]+))?"), null, false, Set.of(),
          List.of("bsky.app"), List.of("/profile/")),
      new LinkRule(Platform.TIKTOK, Kind.HANDLE, host("(?:www\\.|m\\.)?tiktok\\.com"),
          Pattern.compile("/@(?<acct>[A-Za-z0-9_.]+)(?:/video/(?<post>\\d+))?"), null, false, Set.of(),
          List.of("tiktok.com"), List.of("/@")),
      new LinkRule(Platform.TELEGRAM, Kind.HANDLE, host("(?:t|telegram)\\.me"),
          Pattern.compile("/(?:s/)?(?<acct>[A-Za-z]" + NAME + "{3,31})(?!\\w)(?:/(?<post>\\d+))?"), null, false,
          Set.of("joinchat", "addstickers", "share", "iv", "proxy", "socks", "addlist", "boost"),
          List.of("t.me", "telegram.me"), List.of("/")),
      new LinkRule(Platform.REDDIT, Kind.HANDLE, host("(?:[a-z]+\\.)?reddit\\.com"),
          Pattern.compile("/(?:u|user)/(?<acct>[A-Za-z0-9_-]{3,20})(?![\\w-])"), null, false, Set.of(),
          List.of("reddit.com"), List.of("/u/", "/user/")),
      new LinkRule(Platform.MASTODON, Kind.HANDLE, host("[A-Za-z0-9.-]+"),
          Pattern.compile("/(?:@|users/)(?<acct>" + NAME + "+(?:[.-]" + NAME + "+)*)"
              + "(?![\\w.-])(?:@(?<domain>[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+))?(?:/(?:statuses/)?(?<post>\\d+))?"),
          null, true, Set.of(), List.of(), List.of("/@", "/users/")));

  /** What the pseudonymiser makes: never taken for an account. */
  static final Pattern PSEUDONYM = Pattern.compile("[uh]_[0-9a-f]{16}");

  private IdentifierRules() {}

  /** As {@code PSEUDONYM.matcher(s).matches()}, without a matcher: every account found in a link is checked. */
  static boolean isPseudonym(String s) {
    if (s.length() != 18 || s.charAt(0) != 'u' && s.charAt(0) != 'h' || s.charAt(1) != '_') {
      return false;
    }
    for (int i = 2; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }

  private static Pattern host(String regex) {
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
  }
}
