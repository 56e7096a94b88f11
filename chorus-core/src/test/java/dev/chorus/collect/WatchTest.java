package dev.chorus.collect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.collect.watch.Watcher;
import dev.chorus.collect.watch.WorkspaceWatch;
import dev.chorus.store.PostStore;
import dev.chorus.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chorus watch}'s loop over a real workspace (store, cursors, run files) against platforms served on loopback:
 * each source on its interval, only what is new on later rounds, a platform's {@code Retry-After} honoured by the
 * schedule, and a stop in the middle of a run that keeps what was fetched and lets the next run go on without a gap.
 * (It lives beside the collectors' loopback stand-ins, which it shares.)
 */
class WatchTest {
  static final Map<String, String> ENV = Map.of("CHORUS_KEY", "watch-test-key-0123456789");
  @TempDir Path dir;

  record Ran(String kind, CollectRun run, Instant next) {}

  @Test
  void eachSourceRunsOnItsIntervalAndLaterRoundsFetchOnlyWhatIsNew() throws Exception {
    try (Loopback server = new Loopback()) {
      server.route("/feed.xml", new RssCollectorTest.FeedServer());
      server.route("/api/v1/timelines/tag/iran", new MastodonStandIn(server.base()).add(1001, 1050));
      Workspace ws = workspace("""
          sources:
            - kind: rss
              every: 1s
              url: %1$s/feed.xml
            - kind: mastodon
              every: 1s
              instance: %1$s
              tag: iran
          """.formatted(server.base()));
      List<Ran> runs = new ArrayList<>();
      long t0 = System.nanoTime();
      try (WorkspaceWatch watch = WorkspaceWatch.open(ws, ENV, Clock.systemUTC())) {
        int made = watch.watcher((s, run, next) -> runs.add(new Ran(s.kind(), run, next))).run(2);
        assertThat(made).isEqualTo(4);
      }
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).as("a second round waits for the interval")
          .isGreaterThan(Duration.ofMillis(850));
      assertThat(runs).extracting(Ran::kind).containsExactlyInAnyOrder("rss", "mastodon", "rss", "mastodon");
      assertThat(runs.stream().filter(r -> r.kind().equals("rss")).map(r -> r.run().added()))
          .containsExactly(3L, 0L);
      assertThat(runs.stream().filter(r -> r.kind().equals("mastodon")).map(r -> r.run().added()))
          .containsExactly(50L, 0L);
      assertThat(runs).allSatisfy(r -> assertThat(r.run().error()).isNull());
      assertThat(posts(ws)).isEqualTo(53);
      try (var files = Files.list(ws.runsDir())) {
        assertThat(files.filter(f -> f.getFileName().toString().startsWith("collect-"))).hasSize(4);
      }
    }
  }

  @Test
  void aPlatformAskingToWaitAnHourIsNotAskedAgainBefore() throws Exception {
    try (Loopback server = new Loopback()) {
      server.route("/feed.xml", r -> Loopback.Reply.status(429, Map.of("Retry-After", "3600")));
      Workspace ws = workspace("""
          sources:
            - kind: rss
              every: 1s
              url: %s/feed.xml
          """.formatted(server.base()));
      AtomicReference<Ran> ran = new AtomicReference<>();
      try (WorkspaceWatch watch = WorkspaceWatch.open(ws, ENV, Clock.systemUTC())) {
        watch.watcher((s, run, next) -> ran.set(new Ran(s.kind(), run, next))).run(1);
      }
      CollectRun run = ran.get().run();
      assertThat(run.error()).contains("rate limited").contains("3600 s");
      assertThat(run.retryAfterSeconds()).isEqualTo(3600L);
      assertThat(ran.get().next()).isAfter(Instant.now().plus(Duration.ofMinutes(59)));
      assertThat(server.requests()).hasSize(1);
    }
  }

  @Test
  void aStopInTheMiddleOfARunKeepsWhatWasFetchedAndTheNextRunGoesOnWithoutAGap() throws Exception {
    try (Loopback server = new Loopback()) {
      MastodonStandIn tag = new MastodonStandIn(server.base()).add(1001, 1010);
      AtomicReference<Watcher> current = new AtomicReference<>();
      server.route("/api/v1/timelines/tag/iran", r -> {
        if (r.query().containsKey("min_id") && current.get() != null) {
          current.get().stop(); // as Ctrl-C would, while the first catch-up page is on its way
        }
        return tag.answer(r);
      });
      Workspace ws = workspace("""
          sources:
            - kind: mastodon
              every: 1s
              instance: %s
              tag: iran
          """.formatted(server.base()));
      try (WorkspaceWatch watch = WorkspaceWatch.open(ws, ENV, Clock.systemUTC())) {
        watch.watcher((s, run, next) -> { }).run(1); // the first run: 10 posts, cursor at the newest
      }
      tag.add(1011, 1130); // 120 new: three catch-up pages of 40
      List<CollectRun> runs = new ArrayList<>();
      try (WorkspaceWatch watch = WorkspaceWatch.open(ws, ENV, Clock.systemUTC())) {
        Watcher w = watch.watcher((s, run, next) -> runs.add(run));
        current.set(w);
        assertThat(w.run(0)).as("the stop ends the watch after the run in hand").isEqualTo(1);
      }
      assertThat(runs.get(0).added()).isEqualTo(40);
      assertThat(runs.get(0).notes()).anyMatch(n -> n.contains("stopped on request after 1 pages"));
      assertThat(posts(ws)).isEqualTo(50);

      current.set(null);
      List<CollectRun> after = new ArrayList<>();
      try (WorkspaceWatch watch = WorkspaceWatch.open(ws, ENV, Clock.systemUTC())) {
        watch.watcher((s, run, next) -> after.add(run)).run(1);
      }
      assertThat(after.get(0).added()).isEqualTo(80);
      assertThat(after.get(0).duplicates()).isZero();
      assertThat(posts(ws)).isEqualTo(130);
    }
  }

  private Workspace workspace(String sources) throws Exception {
    Workspace ws = new Workspace(dir.resolve("ws"));
    ws.create();
    Files.writeString(ws.root().resolve("sources.yaml"), sources);
    return ws;
  }

  private static long posts(Workspace ws) throws Exception {
    try (PostStore store = ws.openStore(false)) {
      return store.count();
    }
  }
}
