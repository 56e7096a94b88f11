package dev.chorus.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedditCollectorTest {
  @TempDir Path dir;

  /**
   * A subreddit's {@code new.json} listing as Reddit's API documents listings: {@code {kind: "Listing", data: {after,
   * before, dist, children: [{kind: "t3", data: {...}}]}}}, newest first, {@code limit} at most 100, {@code after} the
   * fullname to continue from, null on the last page.
   */
  static final class ListingStandIn implements Loopback.Handler {
    final List<Integer> things = new ArrayList<>();

    static long created(int n) {
      return 1_745_650_800L + 60L * n;
    }

    @Override
    public Loopback.Reply answer(Loopback.Request r) {
      int limit = Math.min(100, Integer.parseInt(r.query().getOrDefault("limit", "25")));
      List<Integer> sorted = things.stream().sorted(Comparator.reverseOrder()).toList();
      int from = 0;
      if (r.query().containsKey("after")) {
        int anchor = Integer.parseInt(r.query().get("after").substring("t3_p".length()), 36);
        from = sorted.indexOf(anchor) + 1;
      }
      List<Integer> page = sorted.subList(from, Math.min(from + limit, sorted.size()));
      String after = from + limit < sorted.size() ? "\"t3_p" + Integer.toString(page.get(page.size() - 1), 36) + "\""
          : "null";
      StringBuilder children = new StringBuilder();
      for (int n : page) {
        children.append(children.length() > 0 ? "," : "").append("""
            {"kind": "t3", "data": {"subreddit": "iran", "selftext": "Thread %d on the talks", "author_fullname": "t2_a%d",
             "title": "Round %d", "name": "t3_p%s", "score": 3, "is_self": true, "created_utc": %d,
             "num_comments": 0, "id": "p%s", "author": "reader%d",
             "permalink": "/r/iran/comments/p%s/round/", "url": "https://www.reddit.com/r/iran/comments/p%s/round/"}}
            """.formatted(n, n % 4, n, Integer.toString(n, 36), created(n), Integer.toString(n, 36), n % 4,
            Integer.toString(n, 36), Integer.toString(n, 36)));
      }
      return Loopback.Reply.json("{\"kind\": \"Listing\", \"data\": {\"after\": " + after + ", \"dist\": "
          + page.size() + ", \"modhash\": \"\", \"children\": [" + children + "], \"before\": null}}")
          .with("x-ratelimit-remaining", "99.0").with("x-ratelimit-reset", "300");
    }
  }

  @Test
  void pagesWithAfterAndTheNextRunStopsAtTheNewestItAlreadyHad() throws Exception {
    try (Loopback server = new Loopback()) {
      ListingStandIn listing = new ListingStandIn();
      for (int n = 1; n <= 120; n++) {
        listing.things.add(n);
      }
      server.route("/r/iran/new.json", listing);
      CollectRig rig = new CollectRig(dir);
      Map<String, String> options = Map.of("subreddit", "r/iran", "endpoint", server.base());

      CollectRun first = rig.run("reddit", options);
      assertThat(first.added()).isEqualTo(120);
      assertThat(server.requests().get(1).query()).containsEntry("after", "t3_p" + Integer.toString(21, 36));
      assertThat(first.cursor()).containsEntry("newest_name", "t3_p" + Integer.toString(120, 36))
          .containsEntry("newest_created", String.valueOf(ListingStandIn.created(120)));

      for (int n = 121; n <= 130; n++) {
        listing.things.add(n);
      }
      server.forget();
      CollectRun second = rig.run("reddit", options);
      assertThat(server.requests()).hasSize(1);
      assertThat(second.added()).isEqualTo(10);
      assertThat(rig.posts()).isEqualTo(130);
      assertThat(second.gaps()).isEmpty();
      assertThat(server.requests().get(0).header("User-Agent")).startsWith("Chorus/");
    }
  }

  @Test
  void aCatchUpCutShortByThePageLimitNamesTheGapAndTheCommentsListingIsItsOwnTarget() throws Exception {
    try (Loopback server = new Loopback()) {
      ListingStandIn posts = new ListingStandIn();
      posts.things.add(1);
      server.route("/r/iran/new.json", posts);
      server.route("/r/iran/comments.json", r -> Loopback.Reply.json(
          "{\"kind\": \"Listing\", \"data\": {\"after\": null, \"children\": []}}"));
      CollectRig rig = new CollectRig(dir);
      Map<String, String> options = Map.of("subreddit", "iran", "endpoint", server.base());
      rig.run("reddit", options);
      for (int n = 2; n <= 250; n++) {
        posts.things.add(n);
      }
      CollectRun cut = rig.run("reddit", options, Map.of(), 2);
      assertThat(cut.added()).isEqualTo(200);
      assertThat(cut.gaps()).singleElement().asString().contains("page limit (2)").contains("t3_p1");
      assertThat(cut.cursor()).containsEntry("newest_name", "t3_p" + Integer.toString(250, 36));

      CollectRun comments = rig.run("reddit", Map.of("subreddit", "iran", "comments", "true", "endpoint",
          server.base()));
      assertThat(comments.target()).endsWith("/r/iran/comments");
      assertThat(comments.fetched()).isZero();
      assertThat(comments.clean()).isTrue();
    }
  }
}
