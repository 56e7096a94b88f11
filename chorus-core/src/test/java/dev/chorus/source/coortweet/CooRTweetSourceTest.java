package dev.chorus.source.coortweet;

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
import dev.chorus.source.SourceRegistry;
import dev.chorus.source.UnreadableInputException;
import dev.chorus.source.csv.CsvSource;
import dev.chorus.source.ndjson.NdjsonSource;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CooRTweetSourceTest {
  private static final String SHARE_HEAD = "object_id,account_id,content_id,timestamp_share\n1,2,3,1744450000\n";
  private static final String POST_TABLE_HEAD =
      "account_id,post_id,url_id,hashtag_id,domain_id,phash_id,timestamp\nfb_1,2,3,,4,,1629589836\n";

  private final CooRTweetSource source = new CooRTweetSource();

  @Test
  void goldenShares() {
    GoldenFiles.check(source, "coortweet/shares.csv");
  }

  @Test
  void goldenPostTable() {
    GoldenFiles.check(source, "coortweet/post-table.csv");
  }

  @Test
  void sharesBecomeRepostsLinksAndHashtags() {
    CollectingSink sink = GoldenFiles.read(source, "coortweet/shares.csv");
    List<Post> posts = sink.posts;
    Post retweet = posts.get(0);
    assertThat(retweet.id()).isEqualTo("x:1913000000000000100");
    assertThat(retweet.kind()).isEqualTo(PostKind.REPOST);
    assertThat(retweet.sharedPostId()).isEqualTo("x:1911000000000000001");
    assertThat(retweet.author().id()).isEqualTo("60001");
    assertThat(retweet.text()).isEmpty();
    assertThat(retweet.createdAt()).isEqualTo(Instant.ofEpochSecond(1744450000));
    assertThat(retweet.url()).isEqualTo("https://x.com/i/web/status/1913000000000000100");

    Post original = posts.get(2);
    assertThat(original.kind()).isEqualTo(PostKind.POST);
    assertThat(original.sharedPostId()).isNull();

    Post links = posts.get(3);
    assertThat(links.kind()).isEqualTo(PostKind.POST);
    assertThat(links.sharedPostId()).isNull();
    assertThat(links.urls()).containsExactly("https://example.org/news/oman-round", "https://news.example.com/iran-us-talks");
    assertThat(sink.postRecords.get(3)).isEqualTo(4L);

    assertThat(posts.get(4).hashtags()).containsExactly("IranTalks");
    assertThat(posts.get(5).hashtags()).containsExactly("مذاکرات_ایران_آمریکا");
    assertThat(posts).hasSize(7);
    assertThat(sink.rejects).containsExactly(
        "8: line 9: field 'timestamp_share': not a POSIX timestamp: '12 April noon'",
        "9: line 10: field 'account_id': missing");
  }

  @Test
  void postTableTakesPlatformFromAccountPrefixAndMergesAdjacentRows() {
    CollectingSink sink = GoldenFiles.read(source, "coortweet/post-table.csv");
    assertThat(sink.posts).extracting(Post::id)
        .containsExactly("facebook:5001", "facebook:5002", "x:5001", "x:5003", "other:5005");
    Post merged = sink.posts.get(3);
    assertThat(merged.urls()).containsExactly("2302");
    assertThat(merged.hashtags()).containsExactly("701", "702");
    assertThat(merged.media()).containsExactly("9901");
    assertThat(merged.author().id()).isEqualTo("tw_202");
    assertThat(sink.postRecords).containsExactly(1L, 2L, 3L, 4L, 9L);
    assertThat(sink.rejects).containsExactly("7: line 8: field 'post_id': missing",
        "8: line 9: field 'timestamp': not a POSIX timestamp: 'not-a-time'");
  }

  @Test
  void platformOptionOverridesTheDefault() {
    Source telegram = source.configure(Map.of("platform", "telegram"));
    Post p = GoldenFiles.read(telegram, "coortweet/shares.csv").posts.get(0);
    assertThat(p.platform()).isEqualTo(Platform.TELEGRAM);
    assertThat(p.sharedPostId()).isEqualTo("telegram:1911000000000000001");
    assertThat(p.url()).isNull();
    assertThatThrownBy(() -> source.configure(Map.of("column.id", "x")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown option 'column.id'");
  }

  @Test
  void otherHeaderIsUnreadable() {
    assertThatThrownBy(() -> source.read(SourceInput.ofString("p.csv", "id,author,created_at,text\n1,a,2025,b\n"),
        new CollectingSink()))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining("not a CooRTweet table")
        .hasMessageContaining("header: id, author, created_at, text");
  }

  @Test
  void truncatedFileIsUnreadableAndEmitsNothing() {
    CollectingSink sink = new CollectingSink();
    assertThatThrownBy(() -> source.read(SourceInput.ofString("cut.csv", SHARE_HEAD + "\"4,5,6,17444"), sink))
        .isInstanceOf(UnreadableInputException.class).hasMessageContaining("not well-formed CSV");
    assertThat(sink.posts).isEmpty();
  }

  @Test
  void detectsBothLayoutsAndNothingElse() {
    assertThat(source.detect(sniff("shares.csv", SHARE_HEAD))).isEqualTo(90);
    assertThat(source.detect(sniff("x.csv", "timestamp_share,content_id,extra,account_id,object_id\n"))).isEqualTo(90);
    assertThat(source.detect(sniff("g.csv", POST_TABLE_HEAD))).isEqualTo(85);
    assertThat(source.detect(sniff("p.csv", "id,author,created_at,text\n"))).isZero();
    assertThat(source.detect(sniff("p.ndjson", "{\"object_id\":1}\n"))).isZero();
    assertThat(new CsvSource().detect(sniff("shares.csv", SHARE_HEAD))).isZero();
    assertThat(new CsvSource().detect(sniff("g.csv", POST_TABLE_HEAD))).isZero();
  }

  @Test
  void registryPicksTheSpecificSource() throws Exception {
    SourceRegistry registry = new SourceRegistry(List.of(new CsvSource(), source, new NdjsonSource()));
    assertThat(registry.detect(SourceInput.ofString("s.csv", SHARE_HEAD)).id()).isEqualTo("coortweet");
    assertThat(registry.detect(SourceInput.ofString("g.csv", POST_TABLE_HEAD)).id()).isEqualTo("coortweet");
    assertThat(registry.detect(SourceInput.ofString("p.csv", "id,author,created_at,text\n")).id()).isEqualTo("csv");
  }

  static FileSniff sniff(String name, String content) {
    return FileSniff.of(name, content.getBytes(StandardCharsets.UTF_8));
  }
}
