package dev.chorus.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RssCollectorTest {
  @TempDir Path dir;

  /** An RSS 2.0 channel (rssboard.org/rss-specification) with items 1..n, newest first. */
  static String feed(int n) {
    StringBuilder items = new StringBuilder();
    for (int i = n; i >= 1; i--) {
      items.append("""
          <item><title>Statement %d on the talks</title><link>https://news.example/%d</link>
          <guid isPermaLink="true">https://news.example/%d</guid>
          <pubDate>Mon, %02d Apr 2025 09:00:00 GMT</pubDate><description>Round %d in Muscat.</description></item>
          """.formatted(i, i, i, i, i));
    }
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>News</title><link>https://news.example/</link>
        <description>Statements</description>%s</channel></rss>
        """.formatted(items);
  }

  /** A server honouring If-None-Match and If-Modified-Since as RFC 9110 says: 304 when the tag still matches. */
  static final class FeedServer implements Loopback.Handler {
    int entries = 3;
    int version = 1;

    @Override
    public Loopback.Reply answer(Loopback.Request r) {
      String etag = "\"v" + version + "\"";
      if (etag.equals(r.header("If-None-Match"))) {
        return Loopback.Reply.status(304, Map.of("ETag", etag));
      }
      return new Loopback.Reply(200, Map.of("Content-Type", "application/rss+xml", "ETag", etag,
          "Last-Modified", "Tue, 01 Apr 2025 09:0" + version + ":00 GMT"), feed(entries), -1);
    }
  }

  @Test
  void anUnchangedFeedCostsOne304AndAChangedOneAddsOnlyNewEntries() throws Exception {
    try (Loopback server = new Loopback()) {
      FeedServer feed = new FeedServer();
      server.route("/feed.xml", feed);
      CollectRig rig = new CollectRig(dir);
      Map<String, String> options = Map.of("url", server.base() + "/feed.xml");

      CollectRun first = rig.run("rss", options);
      assertThat(first.added()).isEqualTo(3);
      assertThat(first.fetched()).isEqualTo(3);
      assertThat(first.cursor()).containsEntry("etag", "\"v1\"");

      CollectRun unchanged = rig.run("rss", options);
      assertThat(server.requests().get(1).header("If-None-Match")).isEqualTo("\"v1\"");
      assertThat(server.requests().get(1).header("If-Modified-Since")).isEqualTo("Tue, 01 Apr 2025 09:01:00 GMT");
      assertThat(unchanged.requests()).isEqualTo(1);
      assertThat(unchanged.requestLog().get(0).status()).isEqualTo(304);
      assertThat(unchanged.fetched()).isZero();
      assertThat(unchanged.added()).isZero();
      assertThat(unchanged.clean()).isTrue();

      feed.entries = 4;
      feed.version = 2;
      CollectRun changed = rig.run("rss", options);
      assertThat(changed.added()).isEqualTo(1);
      assertThat(changed.duplicates()).isEqualTo(3);
      assertThat(changed.cursor()).containsEntry("etag", "\"v2\"");
      assertThat(rig.posts()).isEqualTo(4);
    }
  }

  @Test
  void aTruncatedFeedIsFetchedAgain() throws Exception {
    try (Loopback server = new Loopback()) {
      FeedServer feed = new FeedServer();
      java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
      server.route("/feed.xml", r -> calls.getAndIncrement() == 0 ? feed.answer(r).truncated() : feed.answer(r));
      CollectRig rig = new CollectRig(dir);
      CollectRun run = rig.run("rss", Map.of("url", server.base() + "/feed.xml"));
      assertThat(run.requestLog()).extracting(RequestRecord::outcome).first().asString()
          .contains("truncated or malformed body");
      assertThat(run.added()).isEqualTo(3);
      assertThat(run.rejected()).isZero();
    }
  }
}
