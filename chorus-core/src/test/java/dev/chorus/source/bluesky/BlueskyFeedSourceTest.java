package dev.chorus.source.bluesky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.post.Post;
import dev.chorus.post.PostKind;
import dev.chorus.source.FileSniff;
import dev.chorus.source.GoldenFiles;
import dev.chorus.source.GoldenFiles.CollectingSink;
import dev.chorus.source.SourceInput;
import dev.chorus.source.SourceRegistry;
import dev.chorus.source.UnreadableInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlueskyFeedSourceTest {
  private static final String ALICE = "did:plc:a1icea1icea1icea1icea1ic";
  private final BlueskyFeedSource source = new BlueskyFeedSource();

  @Test
  void authorFeedMatchesGolden() {
    GoldenFiles.check(source, "bluesky/author_feed.json");
  }

  @Test
  void searchPostsMatchesGolden() {
    GoldenFiles.check(source, "bluesky/search_posts.json");
  }

  @Test
  void ndjsonPagesMatchGolden() {
    GoldenFiles.check(source, "bluesky/pages.ndjson");
  }

  @Test
  void plainPostFields() {
    Post p = GoldenFiles.read(source, "bluesky/author_feed.json").posts.get(0);
    assertThat(p.nativeId()).isEqualTo("at://" + ALICE + "/app.bsky.feed.post/3lmqa2aaaaa2a");
    assertThat(p.author().id()).isEqualTo(ALICE);
    assertThat(p.author().handle()).isEqualTo("alice-policy.bsky.social");
    assertThat(p.url()).isEqualTo("https://bsky.app/profile/alice-policy.bsky.social/post/3lmqa2aaaaa2a");
    assertThat(p.urls()).containsExactly("https://example-news.com/2025/04/iran-us-talks");
    assertThat(p.hashtags()).containsExactly("IranTalks");
    assertThat(p.engagement().likes()).isEqualTo(42L);
    assertThat(p.engagement().quotes()).isEqualTo(1L);
  }

  @Test
  void facetsAfterPersianAndEmojiAreSlicedByUtf8Bytes() {
    Post p = GoldenFiles.read(source, "bluesky/author_feed.json").posts.get(1);
    assertThat(p.lang()).isEqualTo("fa");
    assertThat(p.mentions()).containsExactly("reza.bsky.social");
    assertThat(p.hashtags()).containsExactly("مذاکرات", "دیپلماسی");
  }

  @Test
  void repostReasonEmitsRepostAndOriginal() {
    CollectingSink sink = GoldenFiles.read(source, "bluesky/author_feed.json");
    Post repost = sink.posts.get(2);
    Post original = sink.posts.get(3);
    assertThat(sink.postRecords.subList(2, 4)).containsExactly(3L, 3L);
    assertThat(repost.kind()).isEqualTo(PostKind.REPOST);
    assertThat(repost.nativeId()).isEqualTo("at://" + ALICE + "/app.bsky.feed.repost/3lmqa2rrrrr2r");
    assertThat(repost.author().id()).isEqualTo(ALICE);
    assertThat(repost.createdAt()).hasToString("2025-04-12T10:30:00Z");
    assertThat(repost.sharedPostId()).isEqualTo(original.id());
    assertThat(repost.text()).isEmpty();
    assertThat(original.lang()).isEqualTo("he");
  }

  @Test
  void replyWithOutOfRangeMentionFallsBackToDid() {
    Post reply = GoldenFiles.read(source, "bluesky/author_feed.json").posts.get(4);
    assertThat(reply.kind()).isEqualTo(PostKind.REPLY);
    assertThat(reply.replyToId())
        .isEqualTo("bluesky:at://did:plc:rezarezarezarezarezareza/app.bsky.feed.post/3lmqa2yyyyy2y");
    assertThat(reply.mentions()).containsExactly("did:plc:rezarezarezarezarezareza");
  }

  @Test
  void aRepliesParentAndRootShippedAlongAreStoredAsReferenced() {
    CollectingSink sink = GoldenFiles.read(source, "bluesky/author_feed.json");
    Post reply = sink.posts.get(4);
    assertThat(reply.kind()).isEqualTo(PostKind.REPLY);
    assertThat(sink.posts).filteredOn(p -> p.id().equals(reply.replyToId())).singleElement()
        .satisfies(parent -> assertThat(parent.role()).isEqualTo(dev.chorus.post.PostRole.REFERENCED));
    assertThat(sink.posts).filteredOn(p -> p.id().endsWith("/3lmqa2zzzzz2z")).singleElement()
        .satisfies(root -> assertThat(root.role()).isEqualTo(dev.chorus.post.PostRole.REFERENCED));
  }

  @Test
  void quoteEmbedEmitsQuotedPostFromViewRecord() {
    CollectingSink sink = GoldenFiles.read(source, "bluesky/author_feed.json");
    Post quote = sink.posts.stream().filter(p -> p.kind() == PostKind.QUOTE).findFirst().orElseThrow();
    Post quoted = sink.posts.stream().filter(p -> p.id().equals(quote.quotedId())).findFirst().orElseThrow();
    assertThat(quoted.role()).isEqualTo(dev.chorus.post.PostRole.REFERENCED);
    assertThat(quoted.author().handle()).isNull(); // handle.invalid
    assertThat(quoted.url()).startsWith("https://bsky.app/profile/did:plc:layla");
    assertThat(quoted.engagement().likes()).isEqualTo(11L);
  }

  @Test
  void missingCreatedAtIsRejectedNamingTheFieldOthersKept() {
    CollectingSink sink = GoldenFiles.read(source, "bluesky/author_feed.json");
    assertThat(sink.rejects).containsExactly("6: field 'post/record/createdAt': missing");
    Post media = sink.posts.get(sink.posts.size() - 1);
    assertThat(sink.postRecords.get(sink.posts.size() - 1)).isEqualTo(7L);
    assertThat(media.kind()).isEqualTo(PostKind.QUOTE);
    assertThat(media.lang()).isNull();
    assertThat(media.media()).containsExactly("https://cdn.bsky.app/img/feed_fullsize/plain/"
        + "did:plc:rezarezarezarezarezareza/bafkreih3lmtbz6q2cqbgvvwdeqmlh3i4vtnbtqoxxz2fnw7aoc3hfsqrk4@jpeg");
  }

  @Test
  void repostReasonWithoutUriGetsDerivedId() {
    Post repost = GoldenFiles.read(source, "bluesky/pages.ndjson").posts.get(0);
    assertThat(repost.kind()).isEqualTo(PostKind.REPOST);
    assertThat(repost.nativeId()).isEqualTo("did:plc:rezarezarezarezarezareza/repost/" + ALICE + "/3lmqa2aaaaa2a");
  }

  @Test
  void truncatedDocumentIsUnreadableAndEmitsNothing() throws Exception {
    String whole = Files.readString(Path.of("src/test/resources/sources/bluesky/author_feed.json"));
    for (String cut : List.of(whole.substring(0, whole.length() - 40), whole.replace("\n", "").substring(0, 900))) {
      CollectingSink sink = new CollectingSink();
      assertThatThrownBy(() -> source.read(SourceInput.ofString("cut.json", cut), sink))
          .isInstanceOf(UnreadableInputException.class).hasMessageContaining("cut.json");
      assertThat(sink.posts).isEmpty();
    }
  }

  @Test
  void wrongShapeIsUnreadable() {
    SourceInput input = SourceInput.ofString("t.json", "{\n\"threads\": []\n}");
    assertThatThrownBy(() -> source.read(input, new CollectingSink()))
        .isInstanceOf(UnreadableInputException.class).hasMessageContaining("'feed'");
  }

  @Test
  void detectsOwnFixturesAndNotOtherFormats() throws Exception {
    for (String f : List.of("author_feed.json", "search_posts.json", "pages.ndjson")) {
      assertThat(source.detect(FileSniff.of(SourceInput.of(Path.of("src/test/resources/sources/bluesky", f)))))
          .as(f).isGreaterThanOrEqualTo(80);
    }
    assertThat(source.detect(FileSniff.of(SourceInput.of(
        Path.of("src/test/resources/sources/bluesky-jetstream/events.ndjson"))))).isZero();
    assertThat(source.detect(FileSniff.of(SourceInput.of(
        Path.of("src/test/resources/sources/mastodon-api/timeline.json"))))).isZero();
    assertThat(detect("tweets.js", "window.YTD.tweets.part0 = [{\"tweet\":{\"id_str\":\"1\"}}]")).isZero();
    assertThat(detect("result.json", "{\"name\":\"Chan\",\"type\":\"public_channel\",\"messages\":[]}")).isZero();
    assertThat(detect("rss.xml", "<?xml version=\"1.0\"?><rss><channel></channel></rss>")).isZero();
  }

  @Test
  void registryPicksTheRightFediverseSourceForEachFixture() throws Exception {
    SourceRegistry registry = SourceRegistry.loadDefault();
    Path root = Path.of("src/test/resources/sources");
    for (String f : List.of("bluesky/author_feed.json", "bluesky/search_posts.json", "bluesky/pages.ndjson")) {
      assertThat(registry.detect(SourceInput.of(root.resolve(f))).id()).as(f).isEqualTo("bluesky");
    }
    assertThat(registry.detect(SourceInput.of(root.resolve("bluesky-jetstream/events.ndjson"))).id())
        .isEqualTo("bluesky-jetstream");
    for (String f : List.of("timeline.json", "search.json", "statuses.ndjson")) {
      assertThat(registry.detect(SourceInput.of(root.resolve("mastodon-api").resolve(f))).id()).as(f)
          .isEqualTo("mastodon-api");
    }
  }

  private int detect(String name, String head) {
    return source.detect(FileSniff.of(name, head.getBytes(StandardCharsets.UTF_8)));
  }
}
