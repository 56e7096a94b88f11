package dev.chorus.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The Link and rate-limit headers as platforms send them, and whatever else arrives. */
class HeaderParsingTest {
  static HttpHeaders headers(Map<String, List<String>> map) {
    return HttpHeaders.of(map, (k, v) -> true);
  }

  static final URI BASE = URI.create("https://mastodon.example/api/v1/timelines/tag/iran");

  @Test
  void readsMastodonsLinkHeader() {
    HttpHeaders h = headers(Map.of("Link", List.of("<https://mastodon.example/api/v1/timelines/tag/iran?max_id=105>; "
        + "rel=\"next\", <https://mastodon.example/api/v1/timelines/tag/iran?min_id=110>; rel=\"prev\"")));
    assertThat(LinkHeader.sameHost(h, "next", BASE)).hasValue(URI.create(BASE + "?max_id=105"));
    assertThat(LinkHeader.sameHost(h, "prev", BASE)).hasValue(URI.create(BASE + "?min_id=110"));
  }

  @Test
  void neverFollowsALinkToAnotherHostOrPort() {
    HttpHeaders h = headers(Map.of("Link", List.of("<https://evil.example/steal?max_id=1>; rel=\"next\", "
        + "<https://mastodon.example:8443/x>; rel=\"prev\"")));
    assertThat(LinkHeader.sameHost(h, "next", BASE)).isEmpty();
    assertThat(LinkHeader.sameHost(h, "prev", BASE)).isEmpty();
  }

  @Property
  void anyLinkHeaderValueParsesWithoutThrowing(@ForAll @StringLength(max = 200) String value) {
    HttpHeaders h = headers(Map.of("Link", List.of(value)));
    LinkHeader.parse(h);
    LinkHeader.sameHost(h, "next", BASE);
  }

  @Property
  void aLinkBuiltFromAnyMaxIdIsFoundAgain(@ForAll @LongRange(min = 1) long id) {
    String next = BASE + "?limit=40&max_id=" + id;
    HttpHeaders h = headers(Map.of("link", List.of("<" + next + ">; rel=\"next\"")));
    assertThat(LinkHeader.sameHost(h, "next", BASE)).hasValue(URI.create(next));
  }

  @Property
  void retryAfterInSecondsIsWaitedExactly(@ForAll @LongRange(min = 0, max = 100_000) long seconds) {
    HttpHeaders h = headers(Map.of("Retry-After", List.of(String.valueOf(seconds))));
    assertThat(RateLimits.retryAfter(h, Instant.EPOCH)).hasValue(Duration.ofSeconds(seconds));
  }

  @Property
  void unreadableRateHeadersAreIgnoredNeverThrown(@ForAll @StringLength(max = 40) String value) {
    HttpHeaders h = headers(Map.of("Retry-After", List.of(value), "x-rate-limit-remaining", List.of("0"),
        "x-rate-limit-reset", List.of(value)));
    RateLimits.retryAfter(h, Instant.EPOCH);
    RateLimits.exhaustedUntil(h, Instant.EPOCH);
  }

  @Test
  void readsEachPlatformsBudgetHeaders() {
    Instant now = Instant.parse("2025-05-01T12:00:00Z");
    assertThat(RateLimits.exhaustedUntil(headers(Map.of("x-rate-limit-remaining", List.of("0"),
        "x-rate-limit-reset", List.of("1746100860"))), now)).hasValue(Instant.ofEpochSecond(1746100860));
    assertThat(RateLimits.exhaustedUntil(headers(Map.of("x-ratelimit-remaining", List.of("0.0"),
        "x-ratelimit-reset", List.of("120"))), now)).hasValue(now.plusSeconds(120));
    assertThat(RateLimits.exhaustedUntil(headers(Map.of("X-RateLimit-Remaining", List.of("0"),
        "X-RateLimit-Reset", List.of("2025-05-01T12:05:00.000Z"))), now)).hasValue(now.plusSeconds(300));
    assertThat(RateLimits.exhaustedUntil(headers(Map.of("x-rate-limit-remaining", List.of("12"),
        "x-rate-limit-reset", List.of("1746100860"))), now)).isEmpty();
  }
}
