package dev.chorus.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.web.api.Web;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlNormalizerTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      https://example.com/a?utm_source=x&utm_medium=social&id=7      | https://example.com/a?id=7
      https://example.com/a?fbclid=IwAR0&gclid=1&igshid=2&si=3        | https://example.com/a
      https://example.com/a?UTM_Campaign=x&Page=2                     | https://example.com/a?Page=2
      https://x.com/user/status/1?s=20&t=AbC                          | https://x.com/user/status/1
      https://mobile.twitter.com/user/status/1?s=20                   | https://x.com/user/status/1
      https://www.twitter.com/user                                    | https://x.com/user
      https://example.com/search?s=talks                              | https://example.com/search?s=talks
      http://example.com/a/                                           | https://example.com/a
      HTTP://WWW.Example.COM/Path                                     | https://example.com/Path
      https://example.com:443/a                                       | https://example.com/a
      http://example.com:80/a                                         | https://example.com/a
      https://example.com:8443/a                                      | https://example.com:8443/a
      https://example.com/a#section-2                                 | https://example.com/a
      https://example.com/?                                           | https://example.com
      https://example.com/a?&&id=1&                                   | https://example.com/a?id=1
      https://example.com/a//                                         | https://example.com/a
      https://user:secret@example.com/a                               | https://example.com/a
      https://www.com/a                                               | https://www.com/a
      https://[2001:db8::1]:8080/a                                    | https://[2001:db8::1]:8080/a
      https://twitter.com/#!/user/status/1                            | https://x.com#!/user/status/1
      https://example.com/خبر/۱۲۳?utm_source=t                        | https://example.com/خبر/۱۲۳
      https://example.com/%D8%AE%D8%A8%D8%B1                          | https://example.com/%D8%AE%D8%A8%D8%B1
      '  https://example.com/a  '                                     | https://example.com/a
      mailto:someone@example.com                                      | mailto:someone@example.com
      ftp://example.com/file/                                         | ftp://example.com/file/
      not a url                                                       | not a url
      /relative/path                                                  | /relative/path
      """)
  void dropsDecorationsAndKeepsWhatIdentifiesThePage(String raw, String expected) {
    assertThat(UrlNormalizer.normalize(raw)).isEqualTo(expected);
  }

  @Test
  void anInternationalisedHostIsOneSiteInEitherSpelling() {
    // the same German, Persian and Hebrew sites written in Unicode and in punycode; ports and user parts as usual
    assertThat(UrlNormalizer.normalize("https://Bücher.de:443/a?utm_source=x"))
        .isEqualTo(UrlNormalizer.normalize("https://xn--bcher-kva.de/a")).isEqualTo("https://xn--bcher-kva.de/a");
    assertThat(UrlNormalizer.normalize("http://user@bücher.de:8080/a/")).isEqualTo("https://xn--bcher-kva.de:8080/a");
    String persian = UrlNormalizer.normalize("https://www.ایران.ir/خبر");
    assertThat(persian).startsWith("https://xn--").endsWith(".ir/خبر");
    assertThat(UrlNormalizer.normalize(persian)).isEqualTo(persian);
    assertThat(UrlNormalizer.normalize("https://דוגמה.co.il/")).isEqualTo("https://xn--6dbbec0c.co.il");
  }

  @Test
  void domainIsTheHostWithoutWwwForUnicodeHostsToo() {
    assertThat(UrlNormalizer.domain("https://www.Example.com/a")).isEqualTo("example.com");
    assertThat(UrlNormalizer.domain("https://bücher.de/a")).isEqualTo("xn--bcher-kva.de");
    assertThat(UrlNormalizer.domain(UrlNormalizer.normalize("https://bücher.de/a"))).isEqualTo("xn--bcher-kva.de");
    assertThat(UrlNormalizer.domain("https://twitter.com/u")).isEqualTo("twitter.com");
    assertThat(UrlNormalizer.domain("not a url")).isNull();
    assertThat(UrlNormalizer.domain("mailto:someone@example.com")).isNull();
    assertThat(UrlNormalizer.normalize(null)).isNull();
  }

  @Property(tries = 500)
  void normalisingTwiceIsNormalisingOnce(@ForAll("urls") String url) {
    String once = UrlNormalizer.normalize(url);
    assertThat(UrlNormalizer.normalize(once)).isEqualTo(once);
    assertThat(once).doesNotContain("utm_", "fbclid").doesNotStartWith("http:");
    // www. goes, except where only a top-level domain would be left (www.com, or a generated www.macv)
    String host = java.net.URI.create(once).getHost();
    if (host != null && host.indexOf('.', 4) > 0) {
      assertThat(host).doesNotStartWith("www.");
    }
  }

  @Property(tries = 300)
  void anyStringIsIdempotentToo(@ForAll String text) {
    String once = UrlNormalizer.normalize(text);
    assertThat(UrlNormalizer.normalize(once)).isEqualTo(once);
  }

  /** Remembered or not (repeats, strings of the same hash, nulls for domains): what parsing each time gives. */
  @Property(tries = 200)
  void aRememberedAnswerIsTheParsedOne(@ForAll("repeatedUrls") java.util.List<String> urls) {
    for (String url : urls) {
      assertThat(UrlNormalizer.normalize(url)).as(url).isEqualTo(UrlNormalizer.normalizeUnremembered(url));
      assertThat(UrlNormalizer.domain(url)).as(url).isEqualTo(UrlNormalizer.domainUnremembered(url));
    }
  }

  @Test
  void stringsOfTheSameHashAreToldApart() {
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    for (String url : new String[] {"https://x.org/Aa", "https://x.org/BB", "https://x.org/Aa", "not a url Aa"}) {
      assertThat(UrlNormalizer.normalize(url)).isEqualTo(UrlNormalizer.normalizeUnremembered(url));
    }
    UrlNormalizer.Memo memo = new UrlNormalizer.Memo();
    memo.put("Aa", "first");
    memo.put("BB", "second");
    assertThat(memo.get("Aa")).isNull();
    assertThat(memo.get("BB")).isEqualTo("second");
  }

  @Provide
  Arbitrary<java.util.List<String>> repeatedUrls() {
    return Arbitraries.oneOf(urls(), Arbitraries.strings().ofMaxLength(12), Arbitraries.of("mailto:a@b.c", ""))
        .list().ofMaxSize(6).flatMap(distinct -> distinct.isEmpty() ? Arbitraries.just(distinct)
            : Arbitraries.of(distinct).list().ofMaxSize(20));
  }

  /** http(s) URLs as shared on platforms: any case, www., ports, user parts, IDN hosts, empty segments, trackers. */
  @Provide
  Arbitrary<String> urls() {
    Arbitrary<String> scheme = Arbitraries.of("http://", "https://", "HTTPS://", "Http://");
    Arbitrary<String> user = Arbitraries.of("", "", "user@", "u:p@");
    Arbitrary<String> host = Arbitraries.oneOf(Web.webDomains(),
        Arbitraries.of("bücher.de", "ایران.ir", "דוגמה.co.il", "مثال.إختبار", "www.www.example.org", "x.com",
            "mobile.twitter.com", "EXAMPLE.com"));
    Arbitrary<String> www = Arbitraries.of("", "www.", "WWW.");
    Arbitrary<String> port = Arbitraries.of("", "", ":80", ":443", ":8080");
    Arbitrary<String> segment = Arbitraries.oneOf(Arbitraries.strings().alpha().numeric().ofMaxLength(8),
        Arbitraries.of("", "خبر", "%D8%AE", "a.b", "~x"));
    Arbitrary<String> path = segment.list().ofMaxSize(4).map(s -> s.isEmpty() ? "" : "/" + String.join("/", s));
    Arbitrary<String> slash = Arbitraries.of("", "/", "//");
    Arbitrary<String> pair = Arbitraries.oneOf(Arbitraries.of("utm_source=x", "fbclid=1", "s=20", "t=a", "si=q", ""),
        Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(5),
            Arbitraries.strings().alpha().numeric().ofMaxLength(5)).as((k, v) -> k + "=" + v));
    Arbitrary<String> query = pair.list().ofMaxSize(4).map(p -> p.isEmpty() ? "" : "?" + String.join("&", p));
    Arbitrary<String> fragment = Arbitraries.of("", "#top", "#!/user/status/1", "#");
    return Combinators.combine(List.of(scheme, user, www, host, port, path, slash, query, fragment))
        .as(parts -> String.join("", parts));
  }
}
