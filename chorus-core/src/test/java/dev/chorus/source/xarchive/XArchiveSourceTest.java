package dev.chorus.source.xarchive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.post.Post;
import dev.chorus.post.PostKind;
import dev.chorus.source.FileSniff;
import dev.chorus.source.GoldenFiles;
import dev.chorus.source.GoldenFiles.CollectingSink;
import dev.chorus.source.SourceInput;
import dev.chorus.source.UnreadableInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class XArchiveSourceTest {
  private static final Path DIR = Path.of("src/test/resources/sources/x-archive");
  private final XArchiveSource source = new XArchiveSource();

  @Test
  void tweetsJsMatchesGolden() {
    GoldenFiles.check(source, "x-archive/tweets.js");
  }

  @Test
  void partFileMatchesGolden() {
    GoldenFiles.check(source, "x-archive/tweets-part1.js");
  }

  @Test
  void oldTweetJsMatchesGolden() {
    GoldenFiles.check(source, "x-archive/tweet.js");
  }

  @Test
  void postFieldsAndTheArchiveOwner() {
    Post first = GoldenFiles.read(source, "x-archive/tweets.js").posts.get(0);
    assertThat(first.author().id()).isEqualTo("x-archive-owner");
    assertThat(first.author().handle()).isNull();
    assertThat(first.url()).isEqualTo("https://x.com/i/web/status/1910986245534647049");
    assertThat(first.createdAt()).isEqualTo(Instant.parse("2025-04-12T09:20:00Z"));
    assertThat(first.hashtags()).containsExactly("IranTalks", "diplomacy");
    assertThat(first.urls()).containsExactly("https://example-think.org/reading-list/iran-talks?lang=en");
    assertThat(first.media()).containsExactly("https://pbs.twimg.com/media/GoArchivePhoto1.jpg",
        "https://pbs.twimg.com/media/GoArchivePhoto2.jpg");
    assertThat(first.engagement().likes()).isEqualTo(12L);
    assertThat(first.engagement().shares()).isEqualTo(3L);
    assertThat(first.engagement().replies()).isNull();
  }

  @Test
  void retweetsAreRepostsWithTheOriginalWhenMediaNamesIt() {
    CollectingSink sink = GoldenFiles.read(source, "x-archive/tweets.js");
    Post withMedia = sink.posts.get(1);
    assertThat(withMedia.kind()).isEqualTo(PostKind.REPOST);
    assertThat(withMedia.sharedPostId()).isEqualTo("x:1910966662329271506");
    assertThat(withMedia.mentions()).containsExactly("tehran_observer");
    assertThat(withMedia.hashtags()).containsExactly("نه_به_مذاکره");
    Post plain = sink.posts.get(2);
    assertThat(plain.kind()).isEqualTo(PostKind.REPOST);
    assertThat(plain.sharedPostId()).isNull();
    assertThat(plain.mentions()).containsExactly("gulf_analyst");
  }

  @Test
  void replyEditAndNonLanguage() {
    CollectingSink sink = GoldenFiles.read(source, "x-archive/tweets.js");
    Post reply = sink.posts.get(3);
    assertThat(reply.kind()).isEqualTo(PostKind.REPLY);
    assertThat(reply.replyToId()).isEqualTo("x:1911012795478967506");
    Post edit = sink.posts.get(4);
    assertThat(edit.nativeId()).isEqualTo("1911026510853047049");
    assertThat(edit.createdAt()).isEqualTo(Instant.parse("2025-04-12T12:00:00Z"));
    assertThat(edit.editedAt()).isEqualTo(Instant.parse("2025-04-12T12:07:30Z"));
    Post mediaOnly = sink.posts.get(5);
    assertThat(mediaOnly.lang()).isNull();
    assertThat(mediaOnly.hashtags()).containsExactly("שיחות_הגרעין");
  }

  @Test
  void badDateIsRejectedNamingTheFieldOthersKept() {
    CollectingSink sink = GoldenFiles.read(source, "x-archive/tweets.js");
    assertThat(sink.rejects).containsExactly("6: field 'created_at': not a date: '2025-13-45 99:99'");
    assertThat(sink.postRecords).containsExactly(1L, 2L, 3L, 4L, 5L, 7L);
  }

  @Test
  void unwrappedElementsOfOldArchives() {
    CollectingSink sink = GoldenFiles.read(source, "x-archive/tweet.js");
    assertThat(sink.posts).hasSize(2);
    assertThat(sink.posts.get(0).urls()).containsExactly("https://example-news.org/2019/05/08/jcpoa-anniversary");
    assertThat(sink.posts.get(1).kind()).isEqualTo(PostKind.REPOST);
  }

  @Test
  void truncatedFileIsUnreadableAndEmitsNothing() throws Exception {
    String whole = Files.readString(DIR.resolve("tweets.js"), StandardCharsets.UTF_8);
    CollectingSink sink = new CollectingSink();
    SourceInput cut = SourceInput.ofString("tweets.js", whole.substring(0, whole.length() - 40));
    assertThatThrownBy(() -> source.read(cut, sink)).isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining("not well-formed");
    assertThat(sink.posts).isEmpty();
  }

  @Test
  void otherArchiveFilesAndPlainJsonAreUnreadable() {
    CollectingSink sink = new CollectingSink();
    assertThatThrownBy(() -> source.read(SourceInput.ofString("like.js",
        "window.YTD.like.part0 = [ {\"like\": {\"tweetId\": \"1\"}} ]"), sink))
        .isInstanceOf(UnreadableInputException.class).hasMessageContaining("window.YTD.tweets.part0");
    assertThatThrownBy(() -> source.read(SourceInput.ofString("t.json", "[{\"tweet\": {}}]"), sink))
        .isInstanceOf(UnreadableInputException.class);
    assertThatThrownBy(() -> source.read(SourceInput.ofString("o.js", "window.YTD.tweets.part0 = {}"), sink))
        .isInstanceOf(UnreadableInputException.class).hasMessageContaining("array");
  }

  @Test
  void detectsTweetsFilesOnly() throws Exception {
    for (String f : new String[] {"tweets.js", "tweets-part1.js", "tweet.js"}) {
      assertThat(source.detect(FileSniff.of(f, Files.readAllBytes(DIR.resolve(f))))).as(f).isGreaterThanOrEqualTo(90);
    }
    assertThat(source.detect(head("like.js", "window.YTD.like.part0 = [ {\"like\": {}} ]"))).isZero();
    assertThat(source.detect(head("account.js", "window.YTD.account.part0 = [ ]"))).isZero();
    assertThat(source.detect(head("p.json", "{\"data\": [{\"id\": \"1\", \"author_id\": \"2\"}]}"))).isZero();
    assertThat(source.detect(head("z.ndjson", "{\"source_platform\": \"twitter.com\", \"data\": {}}"))).isZero();
  }

  private static FileSniff head(String name, String content) {
    return FileSniff.of(name, content.getBytes(StandardCharsets.UTF_8));
  }
}
