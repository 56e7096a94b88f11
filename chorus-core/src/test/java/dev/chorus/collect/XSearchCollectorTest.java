package dev.chorus.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XSearchCollectorTest {
  @TempDir Path dir;

  static final String TOKEN = "AAAAtest-bearer-token-never-logged";
  static final Map<String, String> ENV = Map.of(XSearchCollector.TOKEN_ENV, TOKEN);

  /**
   * {@code GET /2/tweets/search/recent} as X's documentation describes it: bearer authentication (401 without it),
   * {@code query}, {@code max_results} (10..100), {@code since_id}, {@code next_token}; posts newest first in
   * {@code data}, authors in {@code includes.users}, {@code meta} with {@code newest_id}, {@code oldest_id},
   * {@code result_count} and {@code next_token} while more pages exist; {@code x-rate-limit-*} headers on every answer.
   */
  static final class RecentSearchStandIn implements Loopback.Handler {
    final List<Long> ids = new ArrayList<>();
    int failPage = -1;

    @Override
    public Loopback.Reply answer(Loopback.Request r) {
      if (!("Bearer " + TOKEN).equals(r.header("Authorization"))) {
        return Loopback.Reply.status(401, Map.of());
      }
      int max = Integer.parseInt(r.query().getOrDefault("max_results", "10"));
      long since = Long.parseLong(r.query().getOrDefault("since_id", "0"));
      int from = Integer.parseInt(r.query().getOrDefault("next_token", "p0").substring(1));
      if (from / max == failPage) {
        return Loopback.Reply.status(503, Map.of());
      }
      List<Long> match = ids.stream().filter(id -> id > since).sorted(Comparator.reverseOrder()).toList();
      List<Long> page = match.subList(Math.min(from, match.size()), Math.min(from + max, match.size()));
      StringBuilder data = new StringBuilder();
      StringBuilder users = new StringBuilder();
      for (long id : page) {
        data.append(data.length() > 0 ? "," : "").append("""
            {"id": "%d", "text": "Post %d #IranTalks", "author_id": "%d", "created_at": "2025-04-12T10:%02d:00.000Z",
             "lang": "en", "edit_history_tweet_ids": ["%d"], "conversation_id": "%d",
             "public_metrics": {"retweet_count": 0, "reply_count": 0, "like_count": 1, "quote_count": 0}}
            """.formatted(id, id, 500 + id % 3, id % 60, id, id));
        users.append(users.length() > 0 ? "," : "").append("{\"id\": \"%d\", \"name\": \"User %d\", \"username\": \"user%d\"}"
            .formatted(500 + id % 3, id % 3, id % 3));
      }
      String meta = page.isEmpty() ? "{\"result_count\": 0}" : "{\"newest_id\": \"%d\", \"oldest_id\": \"%d\", \"result_count\": %d%s}"
          .formatted(page.get(0), page.get(page.size() - 1), page.size(),
              from + max < match.size() ? ", \"next_token\": \"p" + (from + max) + "\"" : "");
      String body = page.isEmpty() ? "{\"meta\": " + meta + "}"
          : "{\"data\": [" + data + "], \"includes\": {\"users\": [" + users + "]}, \"meta\": " + meta + "}";
      return Loopback.Reply.json(body).with("x-rate-limit-limit", "450").with("x-rate-limit-remaining", "449")
          .with("x-rate-limit-reset", "1746101700");
    }
  }

  @Test
  void pagesWithNextTokenThenPollsWithSinceIdAndNeverWritesTheToken() throws Exception {
    try (Loopback server = new Loopback()) {
      RecentSearchStandIn search = new RecentSearchStandIn();
      for (long id = 1_900_000_000_000_000_001L; id <= 1_900_000_000_000_000_150L; id++) {
        search.ids.add(id);
      }
      server.route("/2/tweets/search/recent", search);
      CollectRig rig = new CollectRig(dir);
      Map<String, String> options = Map.of("query", "#IranTalks lang:en", "endpoint", server.base());

      CollectRun first = rig.run("x", options, ENV, 10);
      assertThat(first.added()).isEqualTo(150);
      assertThat(server.requests().get(1).query()).containsEntry("next_token", "p100")
          .containsEntry("query", "#IranTalks lang:en");
      assertThat(first.cursor()).containsEntry("since_id", "1900000000000000150");

      for (long id = 1_900_000_000_000_000_151L; id <= 1_900_000_000_000_000_155L; id++) {
        search.ids.add(id);
      }
      server.forget();
      CollectRun second = rig.run("x", options, ENV, 10);
      assertThat(server.requests()).singleElement().satisfies(r ->
          assertThat(r.query()).containsEntry("since_id", "1900000000000000150"));
      assertThat(second.fetched()).isEqualTo(5);
      assertThat(second.added()).isEqualTo(5);
      assertThat(second.duplicates()).isZero();

      for (Path f : Files.list(dir.resolve("runs")).toList()) {
        assertThat(Files.readString(f)).doesNotContain(TOKEN).doesNotContain("Bearer");
      }
      assertThat(Files.readString(dir.resolve("collect/cursors.json"))).doesNotContain(TOKEN);
    }
  }

  @Test
  void aFailedPageKeepsThePositionSoTheNextRunFetchesItAgainAndLosesNothing() throws Exception {
    try (Loopback server = new Loopback()) {
      RecentSearchStandIn search = new RecentSearchStandIn();
      for (long id = 1001; id <= 1010; id++) {
        search.ids.add(id);
      }
      server.route("/2/tweets/search/recent", search);
      CollectRig rig = new CollectRig(dir);
      Map<String, String> options = Map.of("query", "talks", "endpoint", server.base());
      rig.run("x", options, ENV, 10);
      for (long id = 1011; id <= 1250; id++) {
        search.ids.add(id);
      }
      search.failPage = 1;
      CollectRun failed = rig.run("x", options, ENV, 10);
      assertThat(failed.error()).contains("gave up after 4 attempts").contains("HTTP 503");
      assertThat(failed.added()).isEqualTo(100);
      assertThat(failed.cursor()).containsEntry("since_id", "1010");
      assertThat(failed.requestLog()).extracting(RequestRecord::status).containsExactly(200, 503, 503, 503, 503);

      search.failPage = -1;
      CollectRun retry = rig.run("x", options, ENV, 10);
      assertThat(retry.added()).isEqualTo(140);
      assertThat(retry.duplicates()).isEqualTo(100);
      assertThat(retry.cursor()).containsEntry("since_id", "1250");
      assertThat(rig.posts()).isEqualTo(250);
    }
  }

  @Test
  void withoutTheTokenItSaysWhichVariableToSetAndNothingElse() {
    CollectRig rig = new CollectRig(dir);
    assertThatThrownBy(() -> CollectorKinds.create("x", Map.of("query", "talks"), Map.of(), rig.pseudonymizer))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(XSearchCollector.TOKEN_ENV);
  }
}
