package dev.chorus.collect;

import static dev.chorus.collect.JetstreamStandIn.account;
import static dev.chorus.collect.JetstreamStandIn.delete;
import static dev.chorus.collect.JetstreamStandIn.identity;
import static dev.chorus.collect.JetstreamStandIn.like;
import static dev.chorus.collect.JetstreamStandIn.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.post.Post;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JetstreamCollectorTest {
  static final String ALICE = "did:plc:a1icea1icea1icea1icea1ic";
  static final String BOB = "did:plc:b0bb0bb0bb0bb0bb0bb0bb0b";
  static final long T0 = 1_744_452_000_000_000L; // 2025-04-12T10:00:00Z in microseconds
  static final long MINUTE = 60_000_000L;

  @TempDir Path dir;
  CollectRig rig;
  JetstreamStandIn server;

  @BeforeEach
  void start() {
    rig = new CollectRig(dir);
    server = new JetstreamStandIn();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private CollectRun run(String... more) throws Exception {
    Map<String, String> o = new java.util.HashMap<>(Map.of("instance", server.instance(), "for", "1s"));
    for (int i = 0; i < more.length; i += 2) {
      o.put(more[i], more[i + 1]);
    }
    return rig.run("jetstream", o);
  }

  @Test
  void storesPostsLikeTheBlueskySourcesAndCountsWhatIsNotAPost() throws Exception {
    server.events.addAll(List.of(post(ALICE, T0, "3lmqa2aaaaa2a", "#Muscat talks resume"),
        identity(ALICE, T0 + 1), account(ALICE, T0 + 2), delete(ALICE, T0 + 3, "3lmqa2zzzzz2z"),
        post(ALICE, T0 + MINUTE, "3lmqa2bbbbb2b", "#Muscat second round")));
    CollectRun r = run();
    assertThat(r.error()).isNull();
    assertThat(r.fetched()).isEqualTo(5);
    assertThat(r.added()).isEqualTo(2);
    assertThat(r.rejected()).isZero();
    assertThat(r.notes()).anyMatch(n -> n.equals("skipped events that are not posts: 1 account, 1 delete, 1 identity"));
    assertThat(r.cursor()).containsEntry("time_us", String.valueOf(T0 + MINUTE));
    Post p = rig.all().stream().filter(x -> x.text().startsWith("#Muscat talks")).findFirst().orElseThrow();
    // the store pseudonymises the DID in ids and addresses, as for the other Bluesky sources
    assertThat(p.nativeId()).startsWith("at://").endsWith("/app.bsky.feed.post/3lmqa2aaaaa2a").doesNotContain(ALICE);
    assertThat(p.url()).as("a permalink naming the account is not kept").isNull();
    assertThat(p.text()).isEqualTo("#Muscat talks resume");
    assertThat(p.lang()).isEqualTo("en");
    assertThat(p.hashtags()).containsExactly("Muscat");
    assertThat(p.createdAt()).hasToString("2025-04-12T10:00:00Z");
    assertThat(server.queries.get(0)).containsEntry("wantedCollections", List.of("app.bsky.feed.post"))
        .doesNotContainKey("cursor");
  }

  @Test
  void secondRunResumesFromTheCursorRewoundAFewSeconds() throws Exception {
    server.events.add(post(ALICE, T0, "3lmqa2aaaaa2a", "first"));
    assertThat(run().added()).isEqualTo(1);
    server.events.add(post(ALICE, T0 + MINUTE, "3lmqa2bbbbb2b", "second"));
    server.events.add(post(ALICE, T0 + 2 * MINUTE, "3lmqa2ccccc2c", "third"));
    CollectRun second = run();
    assertThat(server.queries.get(1).get("cursor"))
        .containsExactly(String.valueOf(T0 - JetstreamCollector.REWIND_MICROS));
    assertThat(second.fetched()).isEqualTo(3); // the rewind re-sends the first; the store skips it
    assertThat(second.added()).isEqualTo(2);
    assertThat(second.duplicates()).isEqualTo(1);
    CollectRun third = run();
    assertThat(server.queries.get(2).get("cursor"))
        .containsExactly(String.valueOf(T0 + 2 * MINUTE - JetstreamCollector.REWIND_MICROS));
    assertThat(third.added()).isZero();
    assertThat(rig.posts()).isEqualTo(3);
  }

  @Test
  void sendsWantedDidsAndCollectionsAndRecordsThemPseudonymised() throws Exception {
    server.events.addAll(List.of(post(ALICE, T0, "3lmqa2aaaaa2a", "alice"), post(BOB, T0 + 1, "3lmqa2bbbbb2b", "bob"),
        like(ALICE, T0 + 2)));
    CollectRun r = run("did", ALICE, "collection", "app.bsky.feed.post,app.bsky.feed.repost");
    assertThat(server.queries.get(0).get("wantedDids")).containsExactly(ALICE);
    assertThat(server.queries.get(0).get("wantedCollections"))
        .containsExactly("app.bsky.feed.post", "app.bsky.feed.repost");
    assertThat(r.added()).isEqualTo(1);
    assertThat(r.requestLog().get(0).url()).doesNotContain(ALICE).contains("wantedDids=");
    assertThat(r.target()).doesNotContain(ALICE);
  }

  @Test
  void aStreamThatStopsMidwayKeepsWhatArrived() throws Exception {
    for (int i = 0; i < 5; i++) {
      server.events.add(post(ALICE, T0 + i * MINUTE, "3lmqa2aaaa" + i + "2a", "post " + i));
    }
    server.closeAfter = 3;
    CollectRun r = run("for", "30s");
    assertThat(r.added()).isEqualTo(3);
    assertThat(r.cursor()).containsEntry("time_us", String.valueOf(T0 + 2 * MINUTE));
    assertThat(r.notes()).anyMatch(n -> n.contains("the server closed the stream (code 1011")
        && n.contains("after 3 events"));
    assertThat(r.finished()).isBefore(r.started().plusSeconds(20)); // did not wait out --for
  }

  @Test
  void thePageLimitEndsTheReadAndTheNextRunContinues() throws Exception {
    for (int i = 0; i < 1500; i++) {
      server.events.add(post(ALICE, T0 + i * MINUTE, String.format("3lmqa%07d", i), "post " + i));
    }
    CollectRun r = rig.run("jetstream", Map.of("instance", server.instance(), "for", "30s"), Map.of(), 1);
    assertThat(r.added()).isEqualTo(JetstreamRead.PAGE_EVENTS);
    assertThat(r.cursor()).containsEntry("time_us", String.valueOf(T0 + 999 * MINUTE));
    assertThat(r.notes()).anyMatch(n -> n.contains("the page limit (1 pages of up to 1000 events)"));
    assertThat(run().added()).isEqualTo(500);
  }

  @Test
  void badAndOversizeFramesAreRejectedWithAReason() throws Exception {
    server.events.add(post(ALICE, T0, "3lmqa2aaaaa2a", "fine"));
    server.events.add("{\"did\":\"" + ALICE + "\",\"time_us\":" + (T0 + 1) + ",\"kind\":\"commit\",\"commit\":{");
    server.events.add(post(ALICE, T0 + 2, "3lmqa2bbbbb2b", "x".repeat(JetstreamCollector.MAX_EVENT_CHARS)));
    CollectRun r = run();
    assertThat(r.added()).isEqualTo(1);
    assertThat(r.rejectedRecords()).isEqualTo(1);
    assertThat(r.gaps()).singleElement().asString().contains("more than the limit of 1048576)")
        .contains("was left out after time_us " + T0); // the bad frame before it has no readable time
  }

  @Test
  void aServerThatCannotBeReachedFailsTheRunInWords() throws Exception {
    int port;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      port = s.getLocalPort();
    }
    CollectRun r = rig.run("jetstream", Map.of("instance", "ws://127.0.0.1:" + port), Map.of(), 10);
    assertThat(r.error()).contains("gave up after 4 attempts").contains("connection refused");
    assertThat(r.added()).isZero();
    assertThat(r.cursor()).isEmpty();
  }

  @Test
  void isAWatchedSourceKindTakingAListOfDids() throws Exception {
    Path yaml = java.nio.file.Files.writeString(dir.resolve("sources.yaml"), """
        sources:
          - kind: jetstream
            every: 5m
            for: 30s
            did: [%s, %s]
        """.formatted(ALICE, BOB));
    var plan = dev.chorus.collect.watch.WatchSources.load(yaml, Map.of(), rig.pseudonymizer);
    JetstreamCollector c = (JetstreamCollector) CollectorKinds.create("jetstream", plan.sources().get(0).options(),
        Map.of(), rig.pseudonymizer);
    assertThat(c.subscribe(42L)).hasToString(JetstreamCollector.INSTANCE + "/subscribe?wantedCollections="
        + "app.bsky.feed.post&wantedDids=" + ALICE.replace(":", "%3A") + "&wantedDids=" + BOB.replace(":", "%3A")
        + "&cursor=42");
  }

  @Test
  void refusesBadOptionsInWords() {
    assertThatThrownBy(() -> CollectorKinds.create("jetstream", Map.of("instance", "https://x.org"), Map.of(),
        rig.pseudonymizer)).hasMessageContaining("--instance must be a WebSocket address");
    assertThatThrownBy(() -> CollectorKinds.create("jetstream", Map.of("did", "alice"), Map.of(),
        rig.pseudonymizer)).hasMessageContaining("--did must be a DID");
    assertThatThrownBy(() -> CollectorKinds.create("jetstream", Map.of("for", "forever"), Map.of(),
        rig.pseudonymizer)).hasMessageContaining("--for must be how long to read");
  }
}
