package dev.chorus.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The scans that replaced regexes on the pseudonymiser's path read every link and text as the regexes did. */
class LinkPartsTest {
  /** The regex {@link LinkParts#of} replaced: the oracle. */
  private static final Pattern LINK = Pattern.compile(
      "^(?<scheme>https?://)?(?<host>[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)(?::\\d+)?(?<path>/[^?#]*)?(?<rest>.*)$",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  @Test
  void readsHostPortAndPath() {
    assertThat(LinkParts.of("HTTPS://Mobile.X.com:8080/user/status/1?s=20#top"))
        .isEqualTo(new LinkParts("Mobile.X.com", 25, "/user/status/1"));
    assertThat(LinkParts.of("t.me/channel")).isEqualTo(new LinkParts("t.me", 4, "/channel"));
    assertThat(LinkParts.of("example.org:x/a")).isEqualTo(new LinkParts("example.org", 11, null));
    assertThat(LinkParts.of("https://localhost/a")).isNull();
    assertThat(LinkParts.of("httpſ://a.b/c")).isNull(); // the regex ignores case for ASCII only
  }

  @Property(tries = 3000)
  void readsLinksAsTheRegexDid(@ForAll("links") String link) {
    Matcher m = LINK.matcher(link);
    LinkParts parts = LinkParts.of(link);
    if (!m.matches()) {
      assertThat(parts).as(link).isNull();
      return;
    }
    assertThat(parts).as(link).isNotNull();
    assertThat(parts.host()).as(link).isEqualTo(m.group("host"));
    assertThat(parts.path()).as(link).isEqualTo(m.group("path"));
    if (m.group("path") != null) {
      assertThat(parts.pathStart()).as(link).isEqualTo(m.start("path"));
    }
  }

  /** The regex {@link LinksInText} replaced: the oracle. */
  private static final Pattern LINK_IN_TEXT = Pattern.compile(
      "(?<![\\p{L}\\p{N}@._/-])(?:https?://)?[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+/[^\\s<>\"'«»“”‘’)\\]]*",
      Pattern.CASE_INSENSITIVE);

  @Property(tries = 5000)
  void findsTheLinksInTextTheRegexFound(@ForAll("texts") String text) {
    List<String> expected = new java.util.ArrayList<>();
    Matcher all = LINK_IN_TEXT.matcher(text);
    while (all.find()) {
      expected.add(all.start() + ":" + all.group());
    }
    List<String> found = new java.util.ArrayList<>();
    LinksInText links = new LinksInText(text);
    while (links.next()) {
      found.add(links.start() + ":" + text.substring(links.start(), links.end()));
    }
    assertThat(found).as(text).isEqualTo(expected);
    assertThat(links.next()).isFalse();
  }

  @Test
  void findsLinksAsTheRegexDidAroundOddChars() {
    for (String text : List.of("\uD835\uDC00a.b/c", "١a.b/c", "Ⅻa.b/c", "ſa.b/c", "HTTPſ://a.b/c", " a.b/c\u0085d",
        "a.b/c\u00A0d e.f/g", "(see HTTPS://X.com/someone) and «t.me/channel»", "x.com/a/b\tbsky.app/profile/c")) {
      findsTheLinksInTextTheRegexFound(text);
    }
  }

  /** From any position, no link at or after it starts before where the search for links starts. */
  @Property(tries = 3000)
  void searchStartHidesNoLink(@ForAll("texts") String text, @ForAll("positions") int position) {
    int from = Math.min(position, text.length());
    Matcher m = LINK_IN_TEXT.matcher(text);
    if (m.find(from)) {
      assertThat(LinksInText.searchStart(text, from)).as(text + " from " + from).isBetween(from, m.start());
    }
  }

  @Provide
  Arbitrary<Integer> positions() {
    return Arbitraries.integers().between(0, 60);
  }

  @Property(tries = 2000)
  void pathPrechecksHideNoMatch(@ForAll("links") String link) {
    LinkParts parts = LinkParts.of(link);
    if (parts == null || parts.path() == null) {
      return;
    }
    for (IdentifierRules.LinkRule rule : IdentifierRules.LINKS) {
      if (rule.path().matcher(parts.path()).lookingAt()) {
        assertThat(rule.mayMatchPath(parts.path())).as(rule.platform() + " " + link).isTrue();
      }
    }
  }

  /** The account a link names, as the rules' regexes alone found it (no shortcut, groups read by name): the oracle. */
  private static LinkMatch matchByRegexes(String link) {
    LinkParts m = LinkParts.of(link);
    if (m == null || m.path() == null) {
      return null;
    }
    for (IdentifierRules.LinkRule rule : IdentifierRules.LINKS) {
      if (!rule.host().matcher(m.host()).matches()) {
        continue;
      }
      Matcher p = rule.path().matcher(m.path());
      if (!p.lookingAt() || rule.reserved().contains(p.group("acct").toLowerCase(Locale.ROOT))
          || IdentifierRules.PSEUDONYM.matcher(p.group("acct")).matches()) {
        return null;
      }
      int base = m.pathStart();
      boolean qualified = rule.qualify() && p.group("domain") != null;
      String account = !rule.qualify() ? p.group("acct")
          : p.group("acct") + "@" + (qualified ? p.group("domain") : m.host());
      IdentifierRules.Kind kind = account.startsWith("did:") ? IdentifierRules.Kind.ID : rule.kind();
      return new LinkMatch(rule, kind, base + p.start("acct"), base + (qualified ? p.end("domain") : p.end("acct")),
          account, rule.namesPost() ? p.group("post") : null);
    }
    return null;
  }

  @Property(tries = 3000)
  void findsTheAccountsTheRegexesFound(@ForAll("links") String link) {
    assertThat(outcome(() -> LinkMatch.in(link))).as(link).isEqualTo(outcome(() -> matchByRegexes(link)));
  }

  /** What a call returns, or the exception it throws (none should: both are compared either way). */
  static Object outcome(java.util.function.Supplier<?> call) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  /** The host regex is not run on a host that is one of its rule's endings: each is a host the regex takes. */
  @Test
  void everyHostEndingIsAHostOfItsRule() {
    for (IdentifierRules.LinkRule rule : IdentifierRules.LINKS) {
      for (String ending : rule.hostEndings()) {
        assertThat(rule.host().matcher(ending).matches()).as(ending).isTrue();
        assertThat(rule.host().matcher(ending.toUpperCase(Locale.ROOT)).matches()).as(ending).isTrue();
      }
    }
  }

  @Property(tries = 2000)
  void hostShortcutAnswersAsTheRegex(@ForAll("links") String link) {
    LinkParts parts = LinkParts.of(link);
    if (parts != null) {
      for (IdentifierRules.LinkRule rule : IdentifierRules.LINKS) {
        assertThat(rule.matchesHost(parts.host())).as(rule.platform() + " " + link)
            .isEqualTo(rule.host().matcher(parts.host()).matches());
      }
    }
  }

  @Property(tries = 2000)
  void pseudonymCheckAnswersAsTheRegex(@ForAll("nearPseudonyms") String s) {
    assertThat(IdentifierRules.isPseudonym(s)).as(s).isEqualTo(IdentifierRules.PSEUDONYM.matcher(s).matches());
  }

  @Provide
  Arbitrary<String> nearPseudonyms() {
    Arbitrary<String> start = Arbitraries.of("u_", "h_", "U_", "x_", "u-", "u", "");
    Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789abcdefABg_١").ofMinLength(14)
        .ofMaxLength(18);
    return Arbitraries.oneOf(Combinators.combine(start, digits).as(String::concat),
        Arbitraries.of("u_0123456789abcdef", "h_ffffffffffffffff"));
  }

  @Property(tries = 1000)
  void tokenPrechecksHideNoMatch(@ForAll("links") String s) {
    List<IdentifierRules.TokenRule> rules = new java.util.ArrayList<>(List.of(IdentifierRules.DID));
    IdentifierRules.ID_TOKENS.values().forEach(rules::addAll);
    for (IdentifierRules.TokenRule rule : rules) {
      if (rule.pattern().matcher(s).find()) {
        assertThat(rule.mayMatch(s)).as(s).isTrue();
      }
    }
  }

  /** Links and near-links: schemes in any case, hosts of the platforms, ports, paths, queries and odd chars. */
  @Provide
  Arbitrary<String> links() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.of("https://", "http://", "HTTP://", "hTTps://", "httpſ://", "https:/", "ftp://", "//", "at://"),
        Arbitraries.of("x.com", "Twitter.COM", "www.x.com", "bsky.app", "m.tiktok.com", "t.me", "telegram.me",
            "old.reddit.com", "mastodon.social", "localhost", "a", "a.b", "-.-", "did:plc:", "did:web:", "X.com",
            "evil-x.com", "sub.t.me", "www.bsky.app", "TikTok.com", "reddit.com"),
        Arbitraries.of("/", "/@", "/users/", "/u/", "/user/", "/profile/", "/status/", "/s/", "/post/", "/video/",
            "/i/web/status/", "/Home", "/h_0123456789abcdef", "/joinchat", "/statuses/", "/12345", "@", ":", ":80",
            ":x", "?", "#", ".", "..", "-", "_", " ", "\n", "…", "K", "ſ", "İ", "١٢", "é", "/-100123/",
            "/@dana@other.example", "/users/dana@fedi.example/5", "/@reza", "@fedi.example"),
        Arbitraries.strings().withChars("aZ09_.-/:@?#").ofMinLength(1).ofMaxLength(6));
    return piece.list().ofMinSize(1).ofMaxSize(8).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> word = Arbitraries.oneOf(links(), Arbitraries.of(" ", "\n", "«", "(", ")", "@", "/", ".",
        "سلام", "שלום", "word", "a.b", "x:", "é.com/", "_", "١.com/", "\uD835\uDC00", "\uD835", "Ⅻ", "\u0085", "’",
        "]", "\u000B", "<", "\"", "HTTP://", "²"));
    return word.list().ofMinSize(1).ofMaxSize(6).map(l -> String.join("", l));
  }
}
