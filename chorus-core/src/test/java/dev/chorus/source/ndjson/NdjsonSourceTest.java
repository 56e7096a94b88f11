package dev.chorus.source.ndjson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import dev.chorus.post.PostKind;
import dev.chorus.source.FileSniff;
import dev.chorus.source.GoldenFiles;
import dev.chorus.source.GoldenFiles.CollectingSink;
import dev.chorus.source.Source;
import dev.chorus.source.SourceInput;
import dev.chorus.source.UnreadableInputException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NdjsonSourceTest {
  private final NdjsonSource source = new NdjsonSource();

  static Source nestedMapping(Source s) {
    return s.configure(Map.of("field.id", "/post/ref", "field.created_at", "post.created", "field.text",
        "/post/content/body", "field.hashtags", "/post/tags", "field.likes", "post.stats.likes", "field.shares",
        "/post/stats/reposts", "field.author", "user.id", "field.author_handle", "/user/handle",
        "field.author_name", "user.name", "platform", "bluesky"));
  }

  @Test
  void goldenPosts() {
    GoldenFiles.check(source, "ndjson/posts.ndjson");
  }

  @Test
  void goldenNestedWithMapping() {
    GoldenFiles.check(nestedMapping(source), "ndjson/nested.ndjson");
  }

  @Test
  void mapsFieldsAndRejectsBadLinesNamingTheField() {
    CollectingSink sink = GoldenFiles.read(source, "ndjson/posts.ndjson");
    assertThat(sink.posts).extracting(Post::id)
        .containsExactly("x:1911000000000000001", "x:1911000000000000003", "mastodon:110000000000000001", "other:7001");
    Post first = sink.posts.get(0);
    assertThat(first.hashtags()).containsExactly("IranTalks", "diplomacy", "Oman");
    assertThat(first.urls()).containsExactly("https://example.org/news/oman-round");
    assertThat(first.engagement().likes()).isEqualTo(120L);
    Post repost = sink.posts.get(1);
    assertThat(repost.kind()).isEqualTo(PostKind.REPOST);
    assertThat(repost.author().id()).isEqualTo("40003");
    assertThat(repost.createdAt()).isEqualTo(Instant.ofEpochSecond(1744453800));
    Post reply = sink.posts.get(2);
    assertThat(reply.kind()).isEqualTo(PostKind.REPLY);
    assertThat(reply.replyToId()).isEqualTo("mastodon:110000000000000000");
    assertThat(reply.mentions()).containsExactly("observer@example.social");
    assertThat(reply.createdAt()).isEqualTo(Instant.parse("2025-04-12T11:30:00.123Z"));
    assertThat(reply.synthetic()).isTrue();
    assertThat(sink.postRecords).containsExactly(1L, 2L, 3L, 11L);
    assertThat(sink.rejects).hasSize(6);
    assertThat(sink.rejects.get(0)).startsWith("5: not valid JSON");
    assertThat(sink.rejects.subList(1, 6)).containsExactly(
        "6: not a JSON object",
        "7: field 'created_at': missing",
        "8: field 'created_at': not a date: 'last week'",
        "9: field 'text': expected a value, found an object",
        "10: field 'likes': not a count: '-3'");
  }

  @Test
  void nestedPathsAndPointers() {
    CollectingSink sink = GoldenFiles.read(nestedMapping(source), "ndjson/nested.ndjson");
    Post p = sink.posts.get(0);
    assertThat(p.platform()).isEqualTo(Platform.BLUESKY);
    assertThat(p.nativeId()).isEqualTo("at://did:plc:abc123/app.bsky.feed.post/3lmn1");
    assertThat(p.author().handle()).isEqualTo("talks.bsky.social");
    assertThat(p.hashtags()).containsExactly("IranTalks", "diplomacy");
    assertThat(p.engagement().shares()).isEqualTo(3L);
    assertThat(sink.rejects).containsExactly("3: field '/post/ref': missing");
  }

  @Test
  void truncatedLastLineIsRejectedAndEarlierLinesKept() throws Exception {
    String text = "{\"id\":\"1\",\"author\":\"a\",\"created_at\":\"2025-04-12T09:00:00Z\",\"text\":\"ok\"}\n"
        + "{\"id\":\"2\",\"author\":\"a\",\"created_at\":\"2025-04-12T09:0";
    CollectingSink sink = new CollectingSink();
    source.read(SourceInput.ofString("cut.ndjson", text), sink);
    assertThat(sink.posts).hasSize(1);
    assertThat(sink.rejects).singleElement().asString().startsWith("2: not valid JSON");
  }

  @Test
  void aFileThatIsNotNdjsonIsUnreadableAndEmitsNothing() {
    CollectingSink sink = new CollectingSink();
    assertThatThrownBy(() -> source.read(SourceInput.ofString("doc.json", "[\n  {\"id\": \"1\"}\n]\n"), sink))
        .isInstanceOf(UnreadableInputException.class).hasMessageContaining("doc.json: not NDJSON");
    assertThatThrownBy(() -> source.read(SourceInput.ofString("e.ndjson", "\n\n"), sink))
        .isInstanceOf(UnreadableInputException.class).hasMessageContaining("empty file");
    assertThat(sink.posts).isEmpty();
  }

  @Test
  void refusesUnknownOptions() {
    assertThatThrownBy(() -> source.configure(Map.of("column.text", "body", "field.body", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown option 'column.text'")
        .hasMessageContaining("unknown field 'body'");
  }

  @Test
  void detectsOnlyFlatGenericObjectsAndLow() {
    assertThat(source.detect(sniff("p.ndjson", "{\"id\":\"1\",\"author\":\"a\",\"text\":\"t\"}\n{}"))).isEqualTo(10);
    assertThat(source.detect(sniff("p.jsonl", "{\"id\":1,\"author\":\"a\",\"created_at\":1}"))).isEqualTo(10);
    // a Mastodon status, a Reddit comment, an X archive, a CSV file
    assertThat(source.detect(sniff("m.ndjson",
        "{\"id\":\"1\",\"account\":{\"id\":\"2\"},\"content\":\"<p>x</p>\",\"created_at\":\"2025-01-01\"}"))).isZero();
    assertThat(source.detect(sniff("r.ndjson", "{\"id\":\"c1\",\"author\":\"u\",\"body\":\"x\",\"created_utc\":1}")))
        .isZero();
    assertThat(source.detect(sniff("tweets.js", "window.YTD.tweets.part0 = [{\"id\":\"1\"}]"))).isZero();
    assertThat(source.detect(sniff("p.csv", "id,author,text\n"))).isZero();
    assertThat(source.detect(sniff("n.ndjson", "{\"post\":{\"ref\":\"1\"},\"user\":{\"id\":\"2\"}}"))).isZero();
    assertThat(nestedMapping(source).detect(sniff("n.ndjson",
        "{\"post\":{\"ref\":\"1\",\"created\":\"2025\"},\"user\":{\"id\":\"2\"}}"))).isEqualTo(10);
  }

  static FileSniff sniff(String name, String content) {
    return FileSniff.of(name, content.getBytes(StandardCharsets.UTF_8));
  }
}
