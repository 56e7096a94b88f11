package dev.chorus.source.csv;

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
import dev.chorus.source.input.CsvRecords;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvSourceTest {
  private final CsvSource source = new CsvSource();

  static Source semicolonMapping(Source s) {
    return s.configure(Map.of("delimiter", ";", "column.id", "tweet_id", "column.author", "user_id",
        "column.created_at", "timestamp", "column.text", "body", "column.shared_id", "retweet_of", "platform", "x"));
  }

  @Test
  void goldenPosts() {
    GoldenFiles.check(source, "csv/posts.csv");
  }

  @Test
  void goldenSemicolonWithMapping() {
    GoldenFiles.check(semicolonMapping(source), "csv/semicolon.csv");
  }

  @Test
  void goldenBadRows() {
    GoldenFiles.check(source, "csv/bad-rows.csv");
  }

  @Test
  void mapsDefaultAndExtraColumns() {
    List<Post> posts = GoldenFiles.read(source, "csv/posts.csv").posts;
    assertThat(posts).hasSize(6);
    Post first = posts.get(0);
    assertThat(first.id()).isEqualTo("x:1911000000000000001");
    assertThat(first.author().id()).isEqualTo("40001");
    assertThat(first.author().handle()).isEqualTo("iran_talks_watch");
    assertThat(first.hashtags()).containsExactly("IranTalks", "diplomacy");
    assertThat(first.mentions()).containsExactly("StateDept");
    assertThat(first.urls()).containsExactly("https://example.org/news/oman-round");
    assertThat(first.engagement().views()).isEqualTo(9800L);
    assertThat(first.engagement().quotes()).isNull();

    Post persian = posts.get(1);
    assertThat(persian.platform()).isEqualTo(Platform.X);
    assertThat(persian.author().handle()).isEqualTo("sahar_f");
    assertThat(persian.text()).contains("\n").startsWith("مذاکرات مسقط");
    assertThat(persian.hashtags()).containsExactly("مذاکرات_ایران_آمریکا");
    assertThat(persian.engagement().isEmpty()).isTrue();

    Post repost = posts.get(2);
    assertThat(repost.kind()).isEqualTo(PostKind.REPOST);
    assertThat(repost.sharedPostId()).isEqualTo("x:1911000000000000001");
    assertThat(repost.text()).isEmpty();
    assertThat(repost.lang()).isNull();
    assertThat(repost.createdAt()).isEqualTo(Instant.parse("2025-04-12T10:30:00Z"));

    assertThat(posts.get(3).kind()).isEqualTo(PostKind.REPLY);
    assertThat(posts.get(3).replyToId()).isEqualTo("x:1911000000000000001");
    assertThat(posts.get(3).createdAt()).isEqualTo(Instant.parse("2025-04-12T08:00:00Z"));
    assertThat(posts.get(4).kind()).isEqualTo(PostKind.QUOTE);
    assertThat(posts.get(4).text()).startsWith("\"ההסכם\"");
    assertThat(posts.get(4).hashtags()).containsExactly("IranTalks", "IranDeal", "sanctions");

    Post telegram = posts.get(5);
    assertThat(telegram.id()).isEqualTo("telegram:501");
    assertThat(telegram.kind()).isEqualTo(PostKind.ARTICLE);
    assertThat(telegram.title()).isEqualTo("Muscat round summary");
    assertThat(telegram.synthetic()).isTrue();
    assertThat(telegram.createdAt()).isEqualTo(Instant.parse("2025-04-12T13:00:00Z"));
  }

  @Test
  void badRowsAreRejectedNamingLineAndColumnAndOthersKept() {
    CollectingSink sink = GoldenFiles.read(source, "csv/bad-rows.csv");
    assertThat(sink.posts).extracting(Post::nativeId).containsExactly("2001", "2005", "2009");
    assertThat(sink.postRecords).containsExactly(1L, 5L, 9L);
    assertThat(sink.rejects).containsExactly(
        "2: line 3: field 'created_at': not a date: 'yesterday'",
        "3: line 4: field 'id': missing",
        "4: line 5: 10 values but the header has 9 columns",
        "6: line 8: field 'kind': unknown kind 'story'",
        "7: line 9: field 'likes': not a count: 'many'",
        "8: line 10: field 'author': missing");
  }

  @Test
  void mappedColumnMissingFromHeaderMakesTheFileUnreadable() {
    Source mapped = source.configure(Map.of("column.text", "body"));
    CollectingSink sink = new CollectingSink();
    assertThatThrownBy(() -> mapped.read(SourceInput.ofString("in.csv", "id,author,created_at,text\n1,a,2025-01-01,x\n"),
        sink))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining("no column 'body'")
        .hasMessageContaining("header: id, author, created_at, text");
    assertThat(sink.posts).isEmpty();
  }

  @Test
  void defaultTextColumnIsRequiredToo() {
    assertThatThrownBy(() -> source.read(SourceInput.ofString("in.csv", "id,author,created_at,body\n"),
        new CollectingSink()))
        .isInstanceOf(UnreadableInputException.class).hasMessageContaining("no column 'text'");
  }

  @Test
  void refusesUnknownOptionsAndFields() {
    assertThatThrownBy(() -> source.configure(Map.of("column.txt", "body", "colour", "red")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown field 'txt'")
        .hasMessageContaining("unknown option 'colour'");
    assertThatThrownBy(() -> source.configure(Map.of("delimiter", "|")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("delimiter");
    assertThatThrownBy(() -> source.configure(Map.of("platform", "myspace")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown platform 'myspace'");
  }

  @Test
  void tabDelimiterAndDefaultPlatformOption() {
    Source tab = source.configure(Map.of("delimiter", "tab", "platform", "telegram"));
    CollectingSink sink = new CollectingSink();
    try {
      tab.read(SourceInput.ofString("t.tsv", "id\tauthor\tcreated_at\ttext\n9\tchan\t2025-05-01\thi #Oman\n"), sink);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    assertThat(sink.posts).singleElement().satisfies(p -> {
      assertThat(p.id()).isEqualTo("telegram:9");
      assertThat(p.hashtags()).containsExactly("Oman");
    });
  }

  @Test
  void truncatedInsideAQuotedFieldIsUnreadableAndEmitsNothing() {
    String csv = "id,author,created_at,text\n1,a,2025-04-12T09:00:00Z,fine\n2,b,2025-04-12T09:01:00Z,\"cut in the mid";
    CollectingSink sink = new CollectingSink();
    assertThatThrownBy(() -> source.read(SourceInput.ofString("cut.csv", csv), sink))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining("cut.csv: not well-formed CSV");
    assertThat(sink.posts).isEmpty();
    assertThat(sink.rejects).isEmpty();
  }

  @Test
  void windowsLineBreaksInsideAndBetweenRowsKeepLineNumbersRight() throws Exception {
    String csv = "id,author,created_at,text\r\n1,a,2025-04-12,\"two\r\nlines\"\r\n2,b,soon,z\r\n";
    CollectingSink sink = new CollectingSink();
    source.read(SourceInput.ofString("crlf.csv", csv), sink);
    assertThat(sink.posts).singleElement().satisfies(p -> assertThat(p.text()).isEqualTo("two\r\nlines"));
    assertThat(sink.rejects).containsExactly("2: line 4: field 'created_at': not a date: 'soon'");
  }

  @Test
  void anUnclosedQuoteOverAHugeFileIsRefusedNotBuffered() {
    String csv = "id,author,created_at,text\n1,a,2025-04-12,\"" + "x".repeat(CsvRecords.MAX_RECORD_CHARS + 100_000);
    CollectingSink sink = new CollectingSink();
    assertThatThrownBy(() -> source.read(SourceInput.ofString("big.csv", csv), sink))
        .isInstanceOf(UnreadableInputException.class).hasMessageContaining("longer than");
    assertThat(sink.posts).isEmpty();
  }

  @Test
  void emptyFileIsUnreadable() {
    assertThatThrownBy(() -> source.read(SourceInput.ofString("e.csv", ""), new CollectingSink()))
        .isInstanceOf(UnreadableInputException.class).hasMessageContaining("empty file");
  }

  @Test
  void detectsGenericHeadersOnlyAndLow() {
    assertThat(source.detect(sniff("posts.csv", "\uFEFFid,platform,author,created_at,text\n1,x,a,2025,b\n")))
        .isEqualTo(15);
    assertThat(source.detect(sniff("p.csv", "\"id\";\"author\";\"text\"\n"))).isEqualTo(15);
    assertThat(source.detect(sniff("s.csv", "object_id,account_id,content_id,timestamp_share,id,author,text\n")))
        .isZero();
    assertThat(source.detect(sniff("x.csv", "name,value\n"))).isZero();
    assertThat(source.detect(sniff("tweets.js", "window.YTD.tweets.part0 = [ {\"tweet\": {\"id\": \"1\"}} ]")))
        .isZero();
    assertThat(source.detect(sniff("p.ndjson", "{\"id\":\"1\",\"author\":\"a\",\"text\":\"t\"}\n"))).isZero();
    assertThat(semicolonMapping(source).detect(sniff("s.csv", "tweet_id;user_id;timestamp;body\n"))).isEqualTo(15);
  }

  static FileSniff sniff(String name, String content) {
    return FileSniff.of(name, content.getBytes(StandardCharsets.UTF_8));
  }
}
