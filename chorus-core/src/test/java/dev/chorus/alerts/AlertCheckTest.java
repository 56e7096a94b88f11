package dev.chorus.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.chorus.post.Author;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import dev.chorus.store.PostStore;
import dev.chorus.store.lucene.LucenePostStore;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Alert rules over a real store: a burst fires once, a value without a baseline never, the log keeps them. */
class AlertCheckTest {
  static final Instant DAY0 = Instant.parse("2025-04-01T00:00:00Z");
  static final Clock NOW = Clock.fixed(Instant.parse("2025-05-01T00:00:00Z"), ZoneOffset.UTC);
  @TempDir Path dir;
  int id;

  /** {@code n} posts on {@code day} carrying {@code tag}. */
  void posts(PostStore store, int day, int n, String tag) throws Exception {
    for (int i = 0; i < n; i++) {
      store.upsert(Post.builder(Platform.X, "p" + id++).author(Author.of("a" + (id % 5), null, null))
          .createdAt(DAY0.plusSeconds(day * 86_400L + i * 60L)).lang("en").text("#" + tag + " post")
          .hashtags(List.of(tag)).build());
    }
  }

  @Test
  void aBurstFiresOnceWithItsDrilldownAndAValueWithoutABaselineNever() throws Exception {
    AlertRules rules = new AlertRules(List.of(AlertRules.DEFAULTS.rules().get(1)), null); // hashtag-surge
    AlertLog log = AlertLog.of(dir);
    try (PostStore store = LucenePostStore.openWritable(dir.resolve("index"))) {
      for (int day = 0; day < 10; day++) {
        posts(store, day, 2, "Steady");
      }
      posts(store, 10, 30, "Steady"); // the burst, on the last day
      posts(store, 10, 25, "Newcomer"); // as many, but never seen before: no baseline, no alert
      store.commit();

      List<Alert> first = new AlertCheck(store, rules, log, NOW).check();
      assertThat(first).hasSize(1);
      Alert a = first.get(0);
      assertThat(a.rule()).isEqualTo("hashtag-surge");
      assertThat(a.value()).isEqualTo("steady");
      assertThat(a.count()).isEqualTo(30);
      assertThat(a.baseline()).isEqualTo(2.0);
      assertThat(a.from()).isEqualTo(DAY0.plus(Duration.ofDays(10)));
      assertThat(a.drilldown()).containsEntry("hashtag", "steady").containsKeys("since", "until");
      assertThat(a.firedAt()).isEqualTo(NOW.instant());

      assertThat(new AlertCheck(store, rules, log, NOW).check()).as("the same condition does not fire twice")
          .isEmpty();
      assertThat(log.read()).containsExactly(a);

      posts(store, 11, 2, "Steady");
      posts(store, 12, 2, "Steady");
      store.commit();
      assertThat(new AlertCheck(store, rules, log, NOW).check()).as("an old surge outside the recent buckets")
          .isEmpty();
    }
  }

  @Test
  void aSavedViewReachingItsThresholdInTheLatestBucketFiresOnce() throws Exception {
    new dev.chorus.views.SavedViews(dir.resolve("views.yaml"), List.of(new dev.chorus.views.SavedView("steady",
        null, Map.of("hashtag", List.of("steady"))))).save();
    Files.writeString(dir.resolve("alerts.yaml"), """
        rules:
          - id: steady-busy
            view: steady
            threshold: 10
        """);
    AlertRules rules = AlertRules.load(dir);
    assertThat(rules.rules().get(0).describe()).isEqualTo("view steady at least 10 posts per day");
    AlertLog log = AlertLog.of(dir);
    try (PostStore store = LucenePostStore.openWritable(dir.resolve("index"))) {
      posts(store, 0, 12, "Steady"); // over the threshold, but long ago: not the latest bucket
      posts(store, 5, 9, "Steady");
      posts(store, 5, 20, "Other"); // not in the view
      store.commit();
      assertThat(new AlertCheck(store, rules, log, NOW).check()).as("9 posts are below 10").isEmpty();

      posts(store, 5, 1, "Steady");
      store.commit();
      List<Alert> fired = new AlertCheck(store, rules, log, NOW).check();
      assertThat(fired).hasSize(1);
      Alert a = fired.get(0);
      assertThat(a.dimension()).isEqualTo("view");
      assertThat(a.value()).isEqualTo("steady");
      assertThat(a.count()).isEqualTo(10);
      assertThat(a.from()).isEqualTo(DAY0.plus(Duration.ofDays(5)));
      assertThat(a.drilldown()).containsEntry("hashtag", "steady").containsKeys("since", "until");

      posts(store, 5, 5, "Steady");
      store.commit();
      assertThat(new AlertCheck(store, rules, log, NOW).check()).as("the same view in the same day, once").isEmpty();
    }
    Files.writeString(dir.resolve("alerts.yaml"), "rules:\n  - id: a\n    view: stedy\n    threshold: 3\n");
    assertThatThrownBy(() -> AlertRules.load(dir)).hasMessageContaining("rule 1 (line 2): view: expected the name of "
        + "a saved view (known: steady); found 'stedy'");
    Files.writeString(dir.resolve("alerts.yaml"), "rules:\n  - id: a\n    view: steady\n");
    assertThatThrownBy(() -> AlertRules.load(dir)).hasMessageContaining("rule 1 (line 2): threshold: expected");
  }

  @Test
  void aSavedViewsDaysAreReadInTheWorkspacesTimeZoneAsEveryQuerysAre() throws Exception {
    new dev.chorus.views.SavedViews(dir.resolve("views.yaml"), List.of(new dev.chorus.views.SavedView("from-sixth",
        null, Map.of("hashtag", List.of("steady"), "since", List.of("2025-04-06"))))).save();
    Files.writeString(dir.resolve("alerts.yaml"), """
        rules:
          - id: busy
            view: from-sixth
            threshold: 3
        """);
    AlertRules rules = AlertRules.load(dir);
    java.time.ZoneId tehran = java.time.ZoneId.of("Asia/Tehran");
    try (PostStore store = LucenePostStore.openWritable(dir.resolve("index"))) {
      for (int i = 0; i < 4; i++) { // 21:00 UTC on 5 April is 00:30 on 6 April in Tehran (+03:30)
        store.upsert(Post.builder(Platform.X, "t" + i).author(Author.of("a" + i, null, null))
            .createdAt(Instant.parse("2025-04-05T21:00:00Z").plusSeconds(60L * i)).lang("en").text("#Steady")
            .hashtags(List.of("Steady")).build());
      }
      store.commit();
      assertThat(new AlertCheck(store, rules, AlertLog.of(dir), NOW).check())
          .as("in UTC the posts are of 5 April, before the view's since").isEmpty();

      List<Alert> fired = new AlertCheck(store, rules, AlertLog.of(dir), NOW, tehran).check();
      assertThat(fired).as("in Tehran they are of 6 April: the view's since is Tehran's midnight").hasSize(1);
      Alert a = fired.get(0);
      assertThat(a.count()).isEqualTo(4);
      assertThat(a.from()).isEqualTo(Instant.parse("2025-04-05T20:30:00Z"));
      assertThat(a.until()).isEqualTo(Instant.parse("2025-04-06T20:30:00Z"));
      assertThat(String.valueOf(a.drilldown().get("since"))).isEqualTo("2025-04-05T20:30:00Z");
    }
  }

  @Test
  void aLineCutByACrashIsSkippedAndTheRestKept() throws Exception {
    AlertLog log = AlertLog.of(dir);
    Alert a = new Alert("r|v|t", "r", "hashtag volume per day", "hashtag", "v", DAY0, DAY0.plusSeconds(86_400), 9,
        1.0, 8.0, Map.of("hashtag", "v"), DAY0, null);
    log.append(List.of(a));
    Files.writeString(log.file(), "{\"id\": \"cut", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    assertThat(log.read()).containsExactly(a);
  }

  @Test
  void rulesFromTheWorkspaceFileAreCheckedNamingRuleLineKeyAndWhatWasFound() throws Exception {
    assertThat(AlertRules.load(dir)).isEqualTo(AlertRules.DEFAULTS);
    Files.writeString(dir.resolve("alerts.yaml"), """
        webhook: http://127.0.0.1:9/hook
        rules:
          - id: frame-hourly
            volume: frame
            interval: hour
            window: 24
            threshold: 4
            min_count: 10
        """);
    AlertRules read = AlertRules.load(dir);
    assertThat(read.webhook()).isEqualTo(URI.create("http://127.0.0.1:9/hook"));
    AlertRule r = read.rules().get(0);
    assertThat(r.dimension()).isEqualTo("frame");
    assertThat(r.detector().window()).isEqualTo(24);
    assertThat(r.detector().minCount()).isEqualTo(10);
    assertThat(r.recent()).isEqualTo(AlertRules.DEFAULT_RECENT);

    refused("""
        rules:
          - id: a
            volume: hashtags
        """, "rule 1 (line 2): volume: expected all or one of");
    refused("""
        rules:
          - id: a
          - id: b
            window: 1
        """, "rule 2 (line 3): window: expected a whole number of at least 2; found '1'");
    refused("""
        rules:
          - id: a
          - id: a
        """, "rule 2 (line 3): id 'a' is used by an earlier rule");
    refused("""
        rules:
          - id: a
            treshold: 3
        """, "rule 1 (line 2): unknown key treshold; the keys are id, volume, interval, window, threshold");
    refused("webhook: ftp://x\n", "line 1: webhook: expected an http(s) address; found 'ftp://x'");
  }

  private void refused(String yaml, String expected) throws Exception {
    Files.writeString(dir.resolve("alerts.yaml"), yaml);
    assertThatThrownBy(() -> AlertRules.load(dir)).hasMessageContaining(dir.resolve("alerts.yaml").toString())
        .hasMessageContaining(expected);
  }

  @Test
  void theWebhookIsRetriedOnAServerErrorAndARefusalIsNot() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    AtomicInteger calls = new AtomicInteger();
    List<String> bodies = new CopyOnWriteArrayList<>();
    server.createContext("/hook", ex -> {
      bodies.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      ex.sendResponseHeaders(calls.incrementAndGet() == 1 ? 503 : 204, -1);
      ex.close();
    });
    server.createContext("/gone", ex -> {
      ex.sendResponseHeaders(410, -1);
      ex.close();
    });
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      Alert a = new Alert("r|v|t", "r", "hashtag volume per day", "hashtag", "v", DAY0, DAY0.plusSeconds(86_400), 9,
          1.0, 8.0, Map.of("hashtag", "v"), DAY0, null);
      assertThat(new Webhook(URI.create(base + "/hook"), Duration.ofMillis(10)).deliver(a)).isNull();
      assertThat(calls).hasValue(2);
      assertThat(bodies.get(1)).contains("\"rule\":\"r\"").contains("\"drilldown\":{\"hashtag\":\"v\"}");
      assertThat(new Webhook(URI.create(base + "/gone"), Duration.ofMillis(10)).deliver(a))
          .isEqualTo("the webhook answered HTTP 410 (refused; not retried)");
    } finally {
      server.stop(0);
    }
  }
}
