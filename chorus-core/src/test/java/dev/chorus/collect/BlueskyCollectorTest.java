package dev.chorus.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlueskyCollectorTest {
  @TempDir Path dir;

  /**
   * {@code app.bsky.feed.searchPosts} as its lexicon describes it: {@code q}, {@code sort}, {@code since} (inclusive,
   * on the sort time), {@code limit} (1..100, default 25), an opaque {@code cursor}; output {@code {cursor?,
   * hitsTotal, posts: [postView]}}, the cursor absent on the last page.
   */
  static final class SearchStandIn implements Loopback.Handler {
    final List<Integer> posts = new ArrayList<>();
    final int pageSize;

    SearchStandIn(int pageSize) {
      this.pageSize = pageSize;
    }

    static Instant at(int n) {
      return Instant.parse("2025-04-12T00:00:00Z").plusSeconds(60L * n);
    }

    @Override
    public Loopback.Reply answer(Loopback.Request r) {
      int limit = Math.min(pageSize, Integer.parseInt(r.query().getOrDefault("limit", "25")));
      Instant since = r.query().containsKey("since") ? Instant.parse(r.query().get("since")) : null;
      List<Integer> match = posts.stream().filter(n -> since == null || !at(n).isBefore(since))
          .sorted(Comparator.reverseOrder()).toList();
      int from = Integer.parseInt(r.query().getOrDefault("cursor", "0"));
      List<Integer> page = match.subList(Math.min(from, match.size()), Math.min(from + limit, match.size()));
      StringBuilder json = new StringBuilder("{");
      if (from + limit < match.size()) {
        json.append("\"cursor\": \"").append(from + limit).append("\", ");
      }
      json.append("\"hitsTotal\": ").append(match.size()).append(", \"posts\": [");
      for (int i = 0; i < page.size(); i++) {
        json.append(i > 0 ? "," : "").append(postView(page.get(i)));
      }
      return Loopback.Reply.json(json.append("]}").toString());
    }

    static String postView(int n) {
      String did = "did:plc:author" + (n % 5) + "aaaaaaaaaaaaaaaa";
      return """
          {"uri": "at://%s/app.bsky.feed.post/3lmq%06d", "cid": "bafyreib2rxk3rybk3aobmv5cjuql3bm2twh4jo5uxgf5s3jxokkxu%04d",
           "author": {"did": "%s", "handle": "author%d.bsky.social", "displayName": "Author %d"},
           "record": {"$type": "app.bsky.feed.post", "text": "Post %d about #talks", "createdAt": "%s", "langs": ["en"]},
           "replyCount": 0, "repostCount": 0, "likeCount": 1, "quoteCount": 0, "indexedAt": "%s", "labels": []}
          """.formatted(did, n, n, did, n % 5, n % 5, n, at(n), at(n));
    }
  }

  @Test
  void pagesWithTheCursorAndTheNextRunSendsSinceAndStoresOnlyTheNew() throws Exception {
    try (Loopback server = new Loopback()) {
      SearchStandIn search = new SearchStandIn(100);
      for (int n = 1; n <= 150; n++) {
        search.posts.add(n);
      }
      server.route("/xrpc/app.bsky.feed.searchPosts", search);
      CollectRig rig = new CollectRig(dir);
      Map<String, String> options = Map.of("query", "talks", "endpoint", server.base());

      CollectRun first = rig.run("bluesky", options);
      assertThat(first.added()).isEqualTo(150);
      assertThat(first.requestLog()).extracting(RequestRecord::items).containsExactly(100, 50);
      assertThat(server.requests().get(1).query()).containsEntry("cursor", "100").containsEntry("sort", "latest");
      assertThat(first.cursor()).containsEntry("newest", SearchStandIn.at(150).toString());

      for (int n = 151; n <= 160; n++) {
        search.posts.add(n);
      }
      server.forget();
      CollectRun second = rig.run("bluesky", options);
      assertThat(server.requests().get(0).query()).containsEntry("since", SearchStandIn.at(150).toString());
      assertThat(second.added()).isEqualTo(10);
      // since is inclusive: the newest post of the last run comes back once, and the store skips it
      assertThat(second.duplicates()).isEqualTo(1);
      assertThat(rig.posts()).isEqualTo(160);
    }
  }

  @Test
  void aCatchUpCutShortByThePageLimitIsReportedAsAGap() throws Exception {
    try (Loopback server = new Loopback()) {
      SearchStandIn search = new SearchStandIn(10);
      search.posts.add(1);
      server.route("/xrpc/app.bsky.feed.searchPosts", search);
      CollectRig rig = new CollectRig(dir);
      Map<String, String> options = Map.of("query", "talks", "endpoint", server.base());
      rig.run("bluesky", options);
      for (int n = 2; n <= 40; n++) {
        search.posts.add(n);
      }
      CollectRun cut = rig.run("bluesky", options, Map.of(), 2);
      assertThat(cut.added()).isEqualTo(20);
      assertThat(cut.gaps()).singleElement().asString().contains("page limit (2)")
          .contains(SearchStandIn.at(1).toString()).contains(SearchStandIn.at(21).toString());
      assertThat(cut.clean()).isFalse();
    }
  }

  /**
   * {@code app.bsky.feed.getAuthorFeed}: {@code actor}, {@code limit}, {@code cursor}; output {@code {cursor?, feed:
   * [{post, reason?}]}}, newest first by sort time (a repost's {@code reason.indexedAt}).
   */
  static final class AuthorFeedStandIn implements Loopback.Handler {
    /** Feed items: post number, and the minute it was reposted at (or 0 for the author's own post). */
    final List<int[]> items = new ArrayList<>();

    static int sortMinute(int[] item) {
      return item[1] > 0 ? item[1] : item[0];
    }

    @Override
    public Loopback.Reply answer(Loopback.Request r) {
      if (!r.query().getOrDefault("actor", "").equals("dana.bsky.social")) {
        return Loopback.Reply.status(400, Map.of());
      }
      List<int[]> sorted = items.stream().sorted(Comparator.comparingInt(AuthorFeedStandIn::sortMinute).reversed())
          .toList();
      int from = Integer.parseInt(r.query().getOrDefault("cursor", "0"));
      int limit = 3;
      List<int[]> page = sorted.subList(Math.min(from, sorted.size()), Math.min(from + limit, sorted.size()));
      StringBuilder feed = new StringBuilder();
      for (int[] item : page) {
        feed.append(feed.length() > 0 ? "," : "").append("{\"post\": ").append(SearchStandIn.postView(item[0]));
        if (item[1] > 0) {
          feed.append(", \"reason\": {\"$type\": \"app.bsky.feed.defs#reasonRepost\", \"by\": {\"did\": "
              + "\"did:plc:danadanadanadanadanadana\", \"handle\": \"dana.bsky.social\"}, \"indexedAt\": \""
              + SearchStandIn.at(item[1]) + "\"}");
        }
        feed.append("}");
      }
      String cursor = from + limit < sorted.size() ? "\"cursor\": \"" + (from + limit) + "\", " : "";
      return Loopback.Reply.json("{" + cursor + "\"feed\": [" + feed + "]}");
    }
  }

  @Test
  void anAuthorFeedStopsAtTheFirstItemItHadAndCountsANewRepostOfAnOldPostAsNew() throws Exception {
    try (Loopback server = new Loopback()) {
      AuthorFeedStandIn feed = new AuthorFeedStandIn();
      for (int n = 1; n <= 7; n++) {
        feed.items.add(new int[] {n, 0});
      }
      server.route("/xrpc/app.bsky.feed.getAuthorFeed", feed);
      CollectRig rig = new CollectRig(dir);
      Map<String, String> options = Map.of("actor", "@dana.bsky.social", "endpoint", server.base());
      CollectRun first = rig.run("bluesky", options);
      assertThat(first.requestLog()).extracting(RequestRecord::items).containsExactly(3, 3, 1);
      assertThat(first.target()).doesNotContain("dana").contains("/author/h_");

      feed.items.add(new int[] {8, 0});
      feed.items.add(new int[] {2, 9});
      server.forget();
      CollectRun second = rig.run("bluesky", options);
      // the page holding the repost, post 8 and post 7 (already stored) ends the catch-up
      assertThat(server.requests()).hasSize(1);
      assertThat(second.fetched()).isEqualTo(3);
      // new: the repost and post 8; known: post 7 and the reposted post 2 (the source emits it with its repost)
      assertThat(second.added()).isEqualTo(2);
      assertThat(second.duplicates()).isEqualTo(2);
      assertThat(second.cursor()).containsEntry("newest", SearchStandIn.at(9).toString());
      assertThat(second.requestLog().toString()).doesNotContain("dana");
    }
  }
}
