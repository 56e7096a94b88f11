package dev.chorus.collect.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.privacy.PseudonymKey;
import dev.chorus.privacy.Pseudonymizer;
import dev.chorus.privacy.PublicFigures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackoffAndSourcesTest {
  @TempDir Path dir;
  final Pseudonymizer pseudonymizer = new Pseudonymizer(PseudonymKey.of(new byte[32]), PublicFigures.none());

  @Test
  void failuresBackOffExponentiallyWithinTheCapAndNeverBeforeRetryAfter() {
    Backoff b = new Backoff(new Random(3));
    Duration every = Duration.ofMinutes(5);
    for (int n = 1; n <= 8; n++) {
      Duration ceiling = Duration.ofMinutes(Math.min(60, 5L << (n - 1)));
      assertThat(b.afterFailure(every, n, null)).isBetween(ceiling.dividedBy(2), ceiling);
    }
    assertThat(b.afterFailure(every, 1, Duration.ofHours(2))).isEqualTo(Duration.ofHours(2));
    // an interval longer than the cap is itself the cap: a daily feed is not retried more than daily at worst
    assertThat(b.afterFailure(Duration.ofDays(1), 9, null)).isLessThanOrEqualTo(Duration.ofDays(1));
    Duration ok = b.afterSuccess(Duration.ofMinutes(10));
    assertThat(ok).isBetween(Duration.ofMinutes(9), Duration.ofMinutes(11));
  }

  @Test
  void readsEntriesWithTheirIntervalsPagesAndOptions() throws Exception {
    Path file = write("""
        host_budget: 30
        sources:
          - kind: rss
            every: 15m
            url: https://news.example/feed.xml
          - kind: mastodon
            every: 30s
            max_pages: 3
            instance: https://m.example
            tag: iran
        """);
    WatchSources.Plan plan = WatchSources.load(file, Map.of(), pseudonymizer);
    assertThat(plan.hostBudget()).isEqualTo(30);
    assertThat(plan.sources()).hasSize(2);
    WatchedSource m = plan.sources().get(1);
    assertThat(m.kind()).isEqualTo("mastodon");
    assertThat(m.every()).isEqualTo(Duration.ofSeconds(30));
    assertThat(m.maxPages()).isEqualTo(3);
    assertThat(m.options()).containsOnly(Map.entry("instance", "https://m.example"), Map.entry("tag", "iran"));
    assertThat(plan.sources().get(0).maxPages()).isEqualTo(WatchSources.DEFAULT_MAX_PAGES);
  }

  @Test
  void badEntriesAreRefusedNamingFileEntryLineKeyAndWhatWasFound() throws Exception {
    assertThatThrownBy(() -> WatchSources.load(dir.resolve("sources.yaml"), Map.of(), pseudonymizer))
        .hasMessageContaining("no " + dir.resolve("sources.yaml")).hasMessageContaining("kind: mastodon");
    assertRefused("""
        sources:
          - kind: rss
            every: 15m
            url: https://news.example/feed.xml
          - kind: mastodon
            every: often
            instance: https://m.example
            tag: iran
        """, "entry 2 (line 5): every: expected an interval such as 30s, 10m, 2h or 1d; found 'often'");
    assertRefused("""
        sources:
          - kind: reddit
            every: 1h
            tag: iran
        """, "entry 1 (line 2): collect reddit does not take tag; it takes subreddit");
    assertRefused("""
        sources:
          - kind: telegraph
            every: 1h
        """, "unknown collector 'telegraph'; known: mastodon, rss, bluesky, jetstream, reddit, x, telegram-export");
    assertRefused("""
        sources:
          - every: 1h
            url: https://news.example/feed.xml
        """, "entry 1 (line 2): kind is missing");
    assertRefused("""
        host_budget: lots
        sources: []
        """, "line 1: host_budget: expected a whole number of requests a minute (at least 1); found 'lots'");
    assertRefused("""
        source:
          - kind: rss
        """, "line 1: unknown key 'source': the keys are host_budget and sources");
    assertRefused("sources: []\n", "no sources listed");
    assertRefused("""
        sources:
          - kind: x
            every: 5m
            query: iran
        """, "CHORUS_X_BEARER_TOKEN");
  }

  private void assertRefused(String yaml, String expected) throws Exception {
    Path file = write(yaml);
    assertThatThrownBy(() -> WatchSources.load(file, Map.of(), pseudonymizer))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(file.toString())
        .hasMessageContaining(expected);
  }

  private Path write(String yaml) throws Exception {
    return Files.writeString(dir.resolve("sources.yaml"), yaml);
  }
}
