package dev.chorus.source.reddit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.post.Post;
import dev.chorus.post.PostKind;
import dev.chorus.source.FileSniff;
import dev.chorus.source.GoldenFiles;
import dev.chorus.source.GoldenFiles.CollectingSink;
import dev.chorus.source.SourceInput;
import dev.chorus.source.UnreadableInputException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedditDumpSourceTest {
  private final RedditDumpSource source = new RedditDumpSource();

  @Test
  void goldenPushshiftMixed() {
    GoldenFiles.check(source, "reddit/pushshift-mixed.ndjson");
  }

  @Test
  void goldenApiCommentPage() {
    GoldenFiles.check(source, "reddit/api-comment-page.json");
  }

  @Test
  void goldenApiSubredditListing() {
    GoldenFiles.check(source, "reddit/api-subreddit-listing.json");
  }

  @Test
  void submissionFields() {
    Post p = byId(GoldenFiles.read(source, "reddit/pushshift-mixed.ndjson"), "reddit:t3_1jxq7ab");
    assertThat(p.kind()).isEqualTo(PostKind.POST);
    assertThat(p.title()).isEqualTo("US and Iran hold indirect talks in Muscat & agree to a second round");
    assertThat(p.text()).startsWith("Oman's FM says the first round was \"constructive\" & both sides")
        .contains("sanctions relief > enrichment caps").contains("u/persian\\_analyst");
    assertThat(p.urls()).containsExactly("https://reuters.com/world/middle-east/iran-us-talks-muscat-2025-04-12");
    assertThat(p.mentions()).containsExactly("persian_analyst");
    assertThat(p.hashtags()).containsExactly("IranTalks");
    assertThat(p.author().id()).isEqualTo("t2_8kq2m1x");
    assertThat(p.author().handle()).isEqualTo("dove_and_olive");
    assertThat(p.editedAt()).isEqualTo(Instant.parse("2025-04-12T15:10:30Z"));
    assertThat(p.engagement().likes()).isEqualTo(412);
    assertThat(p.engagement().replies()).isEqualTo(3);
    assertThat(p.url()).isEqualTo(
        "https://www.reddit.com/r/geopolitics/comments/1jxq7ab/us_and_iran_hold_indirect_talks_in_muscat/");
  }

  @Test
  void commentsPointAtTheirParents() {
    CollectingSink sink = GoldenFiles.read(source, "reddit/pushshift-mixed.ndjson");
    Post top = byId(sink, "reddit:t1_mmr4x1a");
    assertThat(top.kind()).isEqualTo(PostKind.COMMENT);
    assertThat(top.replyToId()).isEqualTo("reddit:t3_1jxs2kd");
    assertThat(top.hashtags()).containsExactly("نه_به_جنگ");
    assertThat(top.createdAt()).isEqualTo(Instant.parse("2025-04-12T16:45:10Z"));
    Post reply = byId(sink, "reddit:t1_mmr5b7c");
    assertThat(reply.replyToId()).isEqualTo("reddit:t1_mmr4zzz");
    assertThat(reply.urls()).containsExactly(
        "https://en.wikipedia.org/wiki/Joint_Comprehensive_Plan_of_Action_(2015)",
        "https://armscontrol.org/factsheets/JCPOA-at-a-glance");
    assertThat(reply.mentions()).containsExactly("dove_and_olive");
    assertThat(reply.engagement().likes()).isEqualTo(-3);
  }

  @Test
  void deletedAndRemovedRecordsAreKeptWithoutText() {
    CollectingSink sink = GoldenFiles.read(source, "reddit/pushshift-mixed.ndjson");
    Post removed = byId(sink, "reddit:t1_mmr6c9d");
    assertThat(removed.text()).isEmpty();
    assertThat(removed.author().id()).isEqualTo("[deleted]:t1_mmr6c9d");
    assertThat(removed.author().handle()).isNull();
    Post removedSubmission = byId(sink, "reddit:t3_1jy9w3e");
    assertThat(removedSubmission.text()).isEmpty();
    assertThat(removedSubmission.title()).isEqualTo("Talks are a stalling tactic");
    assertThat(removedSubmission.author().id()).isEqualTo("t2_5tt0pqa");
  }

  @Test
  void crosspostIsARepostAndEmbeddedOriginalIsEmittedToo() {
    CollectingSink sink = GoldenFiles.read(source, "reddit/pushshift-mixed.ndjson");
    Post share = byId(sink, "reddit:t3_1jxu9zz");
    assertThat(share.kind()).isEqualTo(PostKind.REPOST);
    assertThat(share.sharedPostId()).isEqualTo("reddit:t3_1jxm0aa");
    assertThat(share.urls()).isEmpty();
    Post original = byId(sink, "reddit:t3_1jxm0aa");
    assertThat(original.urls()).containsExactly("https://aljazeera.net/news/2025/4/12/oman-talks");
    assertThat(share.role()).isEqualTo(dev.chorus.post.PostRole.COLLECTED);
    assertThat(original.role()).isEqualTo(dev.chorus.post.PostRole.REFERENCED);
    int i = sink.posts.indexOf(share);
    assertThat(sink.postRecords.get(sink.posts.indexOf(original))).isEqualTo(sink.postRecords.get(i));
  }

  @Test
  void redditHostedMediaGoToMedia() {
    CollectingSink sink = GoldenFiles.read(source, "reddit/pushshift-mixed.ndjson");
    assertThat(byId(sink, "reddit:t3_1jyb1gg").media())
        .containsExactly("https://i.redd.it/a1b2c3d4e5.jpg", "https://i.redd.it/f6g7h8i9j0.png");
    assertThat(byId(sink, "reddit:t3_1jyb1gg").urls()).isEmpty();
    Post img = byId(sink, "reddit:t3_1jyc3hh");
    assertThat(img.media()).containsExactly("https://i.redd.it/k9x8y7w6v5.png");
    assertThat(img.author().id()).as("old dumps lack author_fullname").isEqualTo("mapmaker_ir");
    assertThat(img.url()).isEqualTo("https://www.reddit.com/r/MapPorn/comments/1jyc3hh/");
  }

  @Test
  void badRecordsAreRejectedNamingTheFieldAndReadingGoesOn() {
    CollectingSink sink = GoldenFiles.read(source, "reddit/pushshift-mixed.ndjson");
    assertThat(sink.rejects).hasSize(2);
    assertThat(sink.rejects.get(0)).startsWith("8: field 'created_utc': not a date");
    assertThat(sink.rejects.get(1)).startsWith("12: not valid JSON");
    assertThat(sink.postRecords).contains(9L, 10L, 11L);
  }

  @Test
  void apiCommentTreeIsWalkedWithRunningRecordNumbers() {
    CollectingSink sink = GoldenFiles.read(source, "reddit/api-comment-page.json");
    assertThat(sink.posts).extracting(Post::id)
        .containsExactly("reddit:t3_1k0abcd", "reddit:t1_mn1a2b3", "reddit:t1_mn1c2d3");
    assertThat(sink.postRecords).containsExactly(1L, 2L, 3L);
    assertThat(sink.posts.get(2).replyToId()).isEqualTo("reddit:t1_mn1a2b3");
    assertThat(sink.rejects).isEmpty();
  }

  @Test
  void listingRejectsNonPostsAndUndatedRecords() {
    CollectingSink sink = GoldenFiles.read(source, "reddit/api-subreddit-listing.json");
    assertThat(sink.posts).extracting(Post::id).containsExactly("reddit:t3_1k2zz11");
    assertThat(sink.rejects).containsExactly("2: field 'created_utc': missing",
        "3: field 'kind': 't5' is neither a comment (t1) nor a submission (t3)");
  }

  @Test
  void truncatedListingIsUnreadableAndEmitsNothing() throws Exception {
    String whole = Files.readString(Path.of("src/test/resources/sources/reddit/api-comment-page.json"));
    CollectingSink sink = new CollectingSink();
    SourceInput cut = SourceInput.ofString("page.json", whole.substring(0, whole.length() / 2));
    assertThatThrownBy(() -> source.read(cut, sink)).isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining("page.json").hasMessageContaining("not well-formed JSON");
    assertThat(sink.posts).isEmpty();
  }

  @Test
  void gzipDumpIsRead(@TempDir Path dir) throws Exception {
    Path gz = dir.resolve("RC_2025-04.ndjson.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(Files.readAllBytes(Path.of("src/test/resources/sources/reddit/pushshift-mixed.ndjson")));
    }
    CollectingSink sink = new CollectingSink();
    source.read(SourceInput.of(gz), sink);
    assertThat(sink.posts).hasSize(10);
  }

  @Test
  void zstdDumpIsRefusedWithAHint() {
    byte[] zst = {(byte) 0x28, (byte) 0xB5, (byte) 0x2F, (byte) 0xFD, 0, 0, 0};
    assertThatThrownBy(() -> source.read(SourceInput.ofBytes("RC_2025-04.zst", zst), new CollectingSink()))
        .isInstanceOf(UnreadableInputException.class).hasMessageContaining("zstd -d");
  }

  @Test
  void detectsOwnFixturesAndNotOthers() throws Exception {
    for (String f : new String[] {"pushshift-mixed.ndjson", "api-comment-page.json", "api-subreddit-listing.json"}) {
      assertThat(source.detect(FileSniff.of(SourceInput.of(Path.of("src/test/resources/sources/reddit", f)))))
          .as(f).isGreaterThanOrEqualTo(90);
    }
    assertThat(detect("tweets.js", "window.YTD.tweets.part0 = [{\"tweet\":{\"created_at\":\"x\"}}]")).isZero();
    assertThat(detect("a.json", "{\"data\":[{\"id\":\"1\",\"text\":\"hi\"}],\"includes\":{}}")).isZero();
    assertThat(detect("result.json", "{\n \"name\": \"Channel\",\n \"type\": \"public_channel\",\n \"messages\": []}"))
        .isZero();
    assertThat(detect("feed.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>")).isZero();
    assertThat(detect("posts.csv", "id,created_utc,text\n1,2,hello")).isZero();
    assertThat(detect("x.ndjson", "{\"id\":\"1\",\"created_at\":\"2025-01-01\",\"content\":\"<p>hi</p>\"}")).isZero();
  }

  private static int detect(String name, String head) {
    return new RedditDumpSource().detect(FileSniff.of(name, head.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  private static Post byId(CollectingSink sink, String id) {
    return sink.posts.stream().filter(p -> p.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no post " + id));
  }
}
