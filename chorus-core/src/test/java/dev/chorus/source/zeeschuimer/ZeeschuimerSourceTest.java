package dev.chorus.source.zeeschuimer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.post.Platform;
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

class ZeeschuimerSourceTest {
  private static final Path DIR = Path.of("src/test/resources/sources/zeeschuimer");
  private final ZeeschuimerSource source = new ZeeschuimerSource();

  @Test
  void captureMatchesGolden() {
    GoldenFiles.check(source, "zeeschuimer/capture.ndjson");
  }

  @Test
  void plainTweetFromANewerCapture() {
    Post t = byNativeId(read(), "1910984999826358827");
    assertThat(t.author().handle()).isEqualTo("iran_talks_watch");
    assertThat(t.author().id()).isEqualTo("1102938475610293847");
    assertThat(t.urls()).containsExactly("https://example-news.org/2025/04/12/muscat-talks-explainer");
    assertThat(t.media()).containsExactly("https://pbs.twimg.com/media/GoZeeMuscat.jpg");
    assertThat(t.engagement().views()).isEqualTo(15230L);
    assertThat(t.createdAt()).isEqualTo(Instant.parse("2025-04-12T09:15:03Z"));
    assertThat(t.url()).isEqualTo("https://x.com/iran_talks_watch/status/1910984999826358827");
  }

  @Test
  void retweetEmitsTheWrappedOriginalToo() {
    CollectingSink sink = read();
    Post rt = byNativeId(sink, "1911001533772726827");
    assertThat(rt.kind()).isEqualTo(PostKind.REPOST);
    assertThat(rt.sharedPostId()).isEqualTo("x:1910966662329271506");
    assertThat(rt.author().handle()).isEqualTo("dc_diplomacy"); // older capture: screen_name under user.legacy
    Post original = byNativeId(sink, "1910966662329271506");
    assertThat(original.author().handle()).isEqualTo("tehran_observer");
    assertThat(original.hashtags()).containsExactly("نه_به_مذاکره", "ایران");
    assertThat(sink.postRecords.get(sink.posts.indexOf(original))).isEqualTo(2L);
  }

  @Test
  void quoteReplyAndLongPost() {
    CollectingSink sink = read();
    Post quote = byNativeId(sink, "1911012795478966827");
    assertThat(quote.kind()).isEqualTo(PostKind.QUOTE);
    assertThat(quote.quotedId()).isEqualTo("x:1910961079710646827");
    assertThat(quote.hashtags()).containsExactly("نه_به_مذاکره");
    assertThat(byNativeId(sink, "1910961079710646827").author().handle()).isEqualTo("jerusalem_desk");

    Post reply = byNativeId(sink, "1911037588009910827");
    assertThat(reply.kind()).isEqualTo(PostKind.REPLY);
    assertThat(reply.replyToId()).isEqualTo("x:1910984999826358827");

    Post note = byNativeId(sink, "1911049160094646827");
    assertThat(note.text()).endsWith("before the summer.");
    assertThat(note.hashtags()).containsExactly("IranDeal");
    assertThat(note.mentions()).containsExactly("gulf_analyst");
    assertThat(note.urls()).containsExactly("https://example.org/analysis?id=7");
  }

  @Test
  void tiktokItems() {
    CollectingSink sink = read();
    Post video = byNativeId(sink, "7492215113071463702");
    assertThat(video.platform()).isEqualTo(Platform.TIKTOK);
    assertThat(video.id()).isEqualTo("tiktok:7492215113071463702");
    assertThat(video.author().id()).isEqualTo("6912345678901234567");
    assertThat(video.author().handle()).isEqualTo("policy.explained");
    assertThat(video.url()).isEqualTo("https://www.tiktok.com/@policy.explained/video/7492215113071463702");
    assertThat(video.hashtags()).containsExactly("IranTalks", "نه_به_مذاکره", "diplomacy");
    assertThat(video.mentions()).containsExactly("tehran_observer");
    assertThat(video.engagement().likes()).isEqualTo(5120L);
    assertThat(video.engagement().views()).isEqualTo(98100L);
    assertThat(video.createdAt()).isEqualTo(Instant.ofEpochSecond(1744460000L));

    Post duet = byNativeId(sink, "7492300000000000001");
    assertThat(duet.author().id()).isEqualTo("6800000000000000002");
    assertThat(duet.author().handle()).isEqualTo("gulf.voices");
    assertThat(duet.author().displayName()).isEqualTo("أصوات الخليج");
    assertThat(duet.kind()).isEqualTo(PostKind.QUOTE);
    assertThat(duet.quotedId()).isEqualTo("tiktok:7492215113071463702");
  }

  @Test
  void badLinesAreRejectedWithTheirReasonAndReadingGoesOn() {
    CollectingSink sink = read();
    assertThat(sink.rejects).hasSize(4);
    assertThat(sink.rejects.get(0)).isEqualTo("8: field 'source_platform': unsupported platform 'instagram.com'"
        + " (supported: twitter.com, x.com, tiktok.com)");
    assertThat(sink.rejects.get(1)).startsWith("9: field 'legacy/created_at': not a date");
    assertThat(sink.rejects.get(2)).startsWith("10: field 'core/user_results/result': missing");
    assertThat(sink.rejects.get(3)).startsWith("11: field 'data/__typename': 'TweetTombstone'");
    assertThat(sink.postRecords).containsExactly(1L, 2L, 2L, 3L, 3L, 4L, 5L, 6L, 7L);
  }

  @Test
  void fileThatIsNotNdjsonIsUnreadable() {
    CollectingSink sink = new CollectingSink();
    SourceInput array = SourceInput.ofString("a.json", "[\n{\"source_platform\": \"x.com\"}\n]");
    assertThatThrownBy(() -> source.read(array, sink))
        .isInstanceOf(UnreadableInputException.class).hasMessageContaining("line 1");
    assertThatThrownBy(() -> source.read(SourceInput.ofString("e.ndjson", "\n\n"), sink))
        .isInstanceOf(UnreadableInputException.class);
  }

  @Test
  void truncatedSingleLineIsUnreadableAndEmitsNothing() throws Exception {
    String first = Files.readAllLines(DIR.resolve("capture.ndjson"), StandardCharsets.UTF_8).get(0);
    CollectingSink sink = new CollectingSink();
    SourceInput cut = SourceInput.ofString("cut.ndjson", first.substring(0, first.length() / 2));
    assertThatThrownBy(() -> source.read(cut, sink)).isInstanceOf(UnreadableInputException.class);
    assertThat(sink.posts).isEmpty();
  }

  @Test
  void truncatedLastLineIsRejectedOthersKept() throws Exception {
    String all = Files.readString(DIR.resolve("capture.ndjson"), StandardCharsets.UTF_8);
    CollectingSink sink = new CollectingSink();
    source.read(SourceInput.ofString("cut.ndjson", all.substring(0, all.length() - 30)), sink);
    assertThat(sink.rejects).last().asString().startsWith("11: not valid JSON");
    assertThat(sink.posts).hasSize(9);
  }

  @Test
  void detectsCapturesAndNotOtherFormats() throws Exception {
    assertThat(source.detect(FileSniff.of("capture.ndjson", Files.readAllBytes(DIR.resolve("capture.ndjson")))))
        .isGreaterThanOrEqualTo(90);
    assertThat(source.detect(head("p.json", "{\"data\": [{\"id\": \"1\", \"author_id\": \"2\"}], \"includes\": {}}")))
        .isZero();
    assertThat(source.detect(head("tweets.js", "window.YTD.tweets.part0 = [ ]"))).isZero();
    assertThat(source.detect(head("m.ndjson", "{\"id\": \"1\", \"content\": \"<p>hi</p>\", \"account\": {}}")))
        .isZero();
  }

  private CollectingSink read() {
    return GoldenFiles.read(source, "zeeschuimer/capture.ndjson");
  }

  private static FileSniff head(String name, String content) {
    return FileSniff.of(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private static Post byNativeId(CollectingSink sink, String nativeId) {
    return sink.posts.stream().filter(p -> p.nativeId().equals(nativeId)).findFirst()
        .orElseThrow(() -> new AssertionError("no post " + nativeId));
  }
}
