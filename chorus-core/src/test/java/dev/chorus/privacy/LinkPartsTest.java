package dev.chorus.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
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

  /** A search from where links may start finds the links a search from the start finds. */
  @Property(tries = 3000)
  void noLinkInTextIsSkipped(@ForAll("texts") String text) {
    List<String> expected = new java.util.ArrayList<>();
    Matcher all = IdentifierRules.LINK_IN_TEXT.matcher(text);
    while (all.find()) {
      expected.add(all.start() + ":" + all.group());
    }
    int from = LinkParts.linkInTextSearchStart(text);
    List<String> found = new java.util.ArrayList<>();
    if (from >= 0) {
      Matcher m = IdentifierRules.LINK_IN_TEXT.matcher(text);
      for (boolean f = m.find(from); f; f = m.find()) {
        found.add(m.start() + ":" + m.group());
      }
    }
    assertThat(found).as(text).isEqualTo(expected);
  }

  @Property(tries = 2000)
  void linkRulesPrechecksHideNoMatch(@ForAll("links") String link) {
    LinkParts parts = LinkParts.of(link);
    if (parts == null || parts.path() == null) {
      return;
    }
    for (IdentifierRules.LinkRule rule : IdentifierRules.LINKS) {
      if (rule.host().matcher(parts.host()).matches()) {
        assertThat(rule.mayMatchHost(parts.host())).as(rule.platform() + " " + link).isTrue();
      }
      if (rule.path().matcher(parts.path()).lookingAt()) {
        assertThat(rule.mayMatchPath(parts.path())).as(rule.platform() + " " + link).isTrue();
      }
    }
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
            "old.reddit.com", "mastodon.social", "localhost", "a", "a.b", "-.-", "did:plc:", "did:web:"),
        Arbitraries.of("/", "/@", "/users/", "/u/", "/user/", "/profile/", "/status/", "/s/", "/post/", "/video/",
            "/i/web/status/", "@", ":", ":80", ":x", "?", "#", ".", "..", "-", "_", " ", "\n", "…", "K", "ſ", "İ",
            "١٢", "é", "/-100123/"),
        Arbitraries.strings().withChars("aZ09_.-/:@?#").ofMinLength(1).ofMaxLength(6));
    return piece.list().ofMinSize(1).ofMaxSize(8).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> word = Arbitraries.oneOf(links(), Arbitraries.of(" ", "\n", "«", "(", ")", "@", "/", ".",
        "سلام", "שלום", "word", "a.b", "x:", "é.com/", "_", "١.com/"));
    return word.list().ofMinSize(1).ofMaxSize(6).map(l -> String.join("", l));
  }
}
