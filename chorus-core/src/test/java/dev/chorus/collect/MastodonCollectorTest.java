package dev.chorus.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MastodonCollectorTest {
  @TempDir Path dir;

  @Test
  void firstRunWalksBackAlongLinkHeadersAndTheSecondAsksOnlyForWhatIsNew() throws Exception {
    try (Loopback server = new Loopback()) {
      MastodonStandIn tag = new MastodonStandIn(server.base()).add(1001, 1090);
      server.route("/api/v1/timelines/tag/iran", tag);
      CollectRig rig = new CollectRig(dir);
      Map<String, String> options = Map.of("instance", server.base(), "tag", "#iran");

      CollectRun first = rig.run("mastodon", options);
      assertThat(first.fetched()).isEqualTo(90);
      assertThat(first.added()).isEqualTo(90);
      assertThat(first.cursor()).containsEntry("newest_id", "1090");
      // 40 + 40 + 10, then the next link gives an empty page
      assertThat(first.requestLog()).extracting(RequestRecord::items).containsExactly(40, 40, 10, 0);
      assertThat(server.requests().get(1).query()).containsEntry("max_id", "1051");

      tag.add(1091, 1095);
      server.forget();
      CollectRun second = rig.run("mastodon", options);
      assertThat(server.requests().get(0).query()).containsEntry("min_id", "1090").containsEntry("limit", "40");
      assertThat(second.fetched()).isEqualTo(5);
      assertThat(second.added()).isEqualTo(5);
      assertThat(second.duplicates()).isZero();
      assertThat(second.requests()).isEqualTo(2);
      assertThat(second.cursor()).containsEntry("newest_id", "1095");
      assertThat(rig.posts()).isEqualTo(95);
      assertThat(rig.all()).allSatisfy(p -> assertThat(p.provenance().sourceFile())
          .isEqualTo("collect:mastodon:" + server.base().replace("http://", "") + "/tags/iran"));
    }
  }

  @Test
  void aCatchUpStoppedByThePageLimitIsContinuedByTheNextRunWithoutAGap() throws Exception {
    try (Loopback server = new Loopback()) {
      MastodonStandIn tag = new MastodonStandIn(server.base()).add(1, 10);
      server.route("/api/v1/timelines/tag/", tag);
      CollectRig rig = new CollectRig(dir);
      Map<String, String> options = Map.of("instance", server.base(), "tag", "iran");
      rig.run("mastodon", options, Map.of(), 10);
      tag.add(11, 100);
      CollectRun limited = rig.run("mastodon", options, Map.of(), 1);
      // min_id paging walks forward from the oldest new status: the 40 just after 10
      assertThat(limited.cursor()).containsEntry("newest_id", "50");
      assertThat(limited.gaps()).isEmpty();
      assertThat(limited.notes()).anyMatch(n -> n.contains("page limit"));
      CollectRun rest = rig.run("mastodon", options, Map.of(), 10);
      assertThat(rest.added()).isEqualTo(50);
      assertThat(rest.duplicates()).isZero();
      assertThat(rig.posts()).isEqualTo(100);
    }
  }

  @Test
  void anAccountTimelineKeepsTheAccountIdOutOfCursorsProvenanceAndRunFiles() throws Exception {
    try (Loopback server = new Loopback()) {
      server.route("/api/v1/accounts/", new MastodonStandIn(server.base()).add(1, 3));
      CollectRig rig = new CollectRig(dir);
      CollectRun run = rig.run("mastodon", Map.of("instance", server.base(), "account", "987654321"));
      assertThat(run.added()).isEqualTo(3);
      assertThat(server.requests().get(0).path()).isEqualTo("/api/v1/accounts/987654321/statuses");
      String runFile = Files.readString(Path.of(run.runFile()));
      String cursors = Files.readString(dir.resolve("collect/cursors.json"));
      assertThat(runFile).doesNotContain("987654321").contains("/accounts/u_");
      assertThat(cursors).doesNotContain("987654321");
      assertThat(rig.all()).allSatisfy(p -> assertThat(p.provenance().sourceFile()).doesNotContain("987654321"));
    }
  }

  @Test
  void optionsAreCheckedAgainstTheKind() {
    CollectRig rig = new CollectRig(dir);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CollectorKinds.create("mastodon",
        Map.of("instance", "https://m.example", "tag", "a", "account", "1"), Map.of(), rig.pseudonymizer))
        .hasMessageContaining("only one of --tag, --account, --timeline");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CollectorKinds.create("mastodon",
        Map.of("instance", "https://m.example", "subreddit", "x"), Map.of(), rig.pseudonymizer))
        .hasMessageContaining("does not take --subreddit").hasMessageContaining("--instance");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CollectorKinds.create("mastodon",
        Map.of("instance", "mastodon.social", "tag", "a"), Map.of(), rig.pseudonymizer))
        .hasMessageContaining("--instance must be an http(s) address").hasMessageContaining("'mastodon.social'");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CollectorKinds.create("myspace", Map.of(), Map.of(),
        rig.pseudonymizer)).hasMessageContaining("known: " + String.join(", ",
        List.of("mastodon", "rss", "bluesky", "jetstream", "reddit", "x", "telegram-export")));
  }
}
