package dev.chorus.source.bluesky;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.post.Post;
import dev.chorus.post.PostKind;
import dev.chorus.source.FileSniff;
import dev.chorus.source.GoldenFiles;
import dev.chorus.source.GoldenFiles.CollectingSink;
import dev.chorus.source.SourceInput;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlueskyJetstreamSourceTest {
  private static final String FIXTURE = "bluesky-jetstream/events.ndjson";
  private final BlueskyJetstreamSource source = new BlueskyJetstreamSource();

  @Test
  void eventsMatchGolden() {
    GoldenFiles.check(source, FIXTURE);
  }

  @Test
  void onlyPostCreatesUpdatesAndRepostsBecomePosts() {
    CollectingSink sink = GoldenFiles.read(source, FIXTURE);
    // like (3), identity (4), account (5), delete (8) and follow (13) are skipped silently
    assertThat(sink.postRecords).containsExactly(1L, 2L, 6L, 7L, 9L, 10L);
    assertThat(sink.rejects).hasSize(2);
    assertThat(sink.rejects.get(0)).isEqualTo("11: field 'commit/record/createdAt': missing");
    assertThat(sink.rejects.get(1)).startsWith("12: not valid JSON");
  }

  @Test
  void sameRecordMapsLikeTheFeedSource() {
    Post fromJetstream = GoldenFiles.read(source, FIXTURE).posts.get(1);
    Post fromFeed = GoldenFiles.read(new BlueskyFeedSource(), "bluesky/author_feed.json").posts.get(1);
    assertThat(fromJetstream.id()).isEqualTo(fromFeed.id());
    assertThat(fromJetstream.author().id()).isEqualTo(fromFeed.author().id());
    assertThat(fromJetstream.author().handle()).isNull();
    assertThat(fromJetstream.mentions()).isEqualTo(fromFeed.mentions()).containsExactly("reza.bsky.social");
    assertThat(fromJetstream.hashtags()).isEqualTo(fromFeed.hashtags());
    assertThat(fromJetstream.createdAt()).isEqualTo(fromFeed.createdAt());
    assertThat(fromJetstream.url()).isEqualTo(
        "https://bsky.app/profile/did:plc:a1icea1icea1icea1icea1ic/post/3lmqa2bbbbb2b");
    Post mediaJet = GoldenFiles.read(source, FIXTURE).posts.get(5);
    Post mediaFeed = GoldenFiles.read(new BlueskyFeedSource(), "bluesky/author_feed.json").posts.stream()
        .filter(p -> p.id().equals(mediaJet.id())).findFirst().orElseThrow();
    assertThat(mediaJet.media()).isEqualTo(mediaFeed.media()).hasSize(1);
    assertThat(mediaJet.quotedId()).isEqualTo(mediaFeed.quotedId()).isNotNull();
  }

  @Test
  void updateCarriesEditTime() {
    Post update = GoldenFiles.read(source, FIXTURE).posts.get(3);
    assertThat(update.editedAt()).hasToString("2025-04-12T10:33:20Z");
    assertThat(update.text()).endsWith("!");
  }

  @Test
  void repostPointsAtSubject() {
    Post repost = GoldenFiles.read(source, FIXTURE).posts.get(4);
    assertThat(repost.kind()).isEqualTo(PostKind.REPOST);
    assertThat(repost.nativeId()).isEqualTo("at://did:plc:a1icea1icea1icea1icea1ic/app.bsky.feed.repost/3lmqa2rrrrr2r");
    assertThat(repost.sharedPostId())
        .isEqualTo("bluesky:at://did:plc:noanoanoanoanoanoanoanoa/app.bsky.feed.post/3lmqa2ccccc2c");
    // the feed's reason with uri gives the same id for the same repost
    Post fromFeed = GoldenFiles.read(new BlueskyFeedSource(), "bluesky/author_feed.json").posts.get(2);
    assertThat(fromFeed.id()).isEqualTo(repost.id());
  }

  @Test
  void detectsEventsAndNotOtherFormats() throws Exception {
    assertThat(source.detect(FileSniff.of(SourceInput.of(Path.of("src/test/resources/sources", FIXTURE)))))
        .isGreaterThanOrEqualTo(90);
    for (String other : List.of("bluesky/author_feed.json", "bluesky/pages.ndjson", "mastodon-api/statuses.ndjson")) {
      assertThat(source.detect(FileSniff.of(SourceInput.of(Path.of("src/test/resources/sources", other)))))
          .as(other).isZero();
    }
    assertThat(source.detect(FileSniff.of("x.ndjson",
        "{\"id\":\"1\",\"text\":\"hi\",\"created_at\":\"2025-01-01\"}\n".getBytes(StandardCharsets.UTF_8)))).isZero();
  }
}
