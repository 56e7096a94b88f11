package dev.chorus.source.xapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.post.Post;
import dev.chorus.post.PostKind;
import dev.chorus.post.PostRole;
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

class XApiV2SourceTest {
  private static final Path DIR = Path.of("src/test/resources/sources/x-api-v2");
  private final XApiV2Source source = new XApiV2Source();

  @Test
  void searchPageMatchesGolden() {
    GoldenFiles.check(source, "x-api-v2/search-page.json");
  }

  @Test
  void tweetLookupMatchesGolden() {
    GoldenFiles.check(source, "x-api-v2/tweet-lookup.json");
  }

  @Test
  void ndjsonResponsesMatchGolden() {
    GoldenFiles.check(source, "x-api-v2/responses.ndjson");
  }

  @Test
  void retweetPointsToTheOriginalWhichIsAlsoEmitted() {
    CollectingSink sink = GoldenFiles.read(source, "x-api-v2/search-page.json");
    Post rt = byNativeId(sink, "1911001533772727506");
    assertThat(rt.kind()).isEqualTo(PostKind.REPOST);
    assertThat(rt.sharedPostId()).isEqualTo("x:1910966662329271506");
    assertThat(rt.text()).startsWith("RT @tehran_observer: ");
    assertThat(rt.author().handle()).isEqualTo("dc_diplomacy");
    Post original = byNativeId(sink, "1910966662329271506");
    assertThat(original.author().handle()).isEqualTo("tehran_observer");
    assertThat(original.hashtags()).containsExactly("نه_به_مذاکره", "ایران");
    // the original comes right after the retweet, with the retweet's record number, as context
    assertThat(rt.role()).isEqualTo(PostRole.COLLECTED);
    assertThat(original.role()).isEqualTo(PostRole.REFERENCED);
    int i = sink.posts.indexOf(rt);
    assertThat(sink.posts.get(i + 1)).isSameAs(original);
    assertThat(sink.postRecords.get(i + 1)).isEqualTo(2L);
  }

  @Test
  void quoteReplyAndLongPost() {
    CollectingSink sink = GoldenFiles.read(source, "x-api-v2/search-page.json");
    Post quote = byNativeId(sink, "1911012795478967506");
    assertThat(quote.kind()).isEqualTo(PostKind.QUOTE);
    assertThat(quote.quotedId()).isEqualTo("x:1910961079710647506");
    assertThat(byNativeId(sink, "1910961079710647506").lang()).isEqualTo("iw");

    Post reply = byNativeId(sink, "1911037588009911506");
    assertThat(reply.kind()).isEqualTo(PostKind.REPLY);
    assertThat(reply.replyToId()).isEqualTo("x:1910984999826359506");
    assertThat(reply.mentions()).containsExactly("iran_talks_watch");
    // the replied-to post is in data: it is emitted once, not again from includes
    assertThat(sink.posts).filteredOn(p -> p.nativeId().equals("1910984999826359506")).hasSize(1);

    Post note = byNativeId(sink, "1911049160094647506");
    assertThat(note.text()).endsWith("both sides say so openly.").doesNotContain("https://t.co/M0r3T3xt");
    assertThat(note.hashtags()).containsExactly("IranDeal");
    assertThat(note.urls()).containsExactly("https://example.org/analysis?id=7");
  }

  @Test
  void entitiesMediaMetricsAndPermalink() {
    Post first = byNativeId(GoldenFiles.read(source, "x-api-v2/search-page.json"), "1910984999826359506");
    assertThat(first.urls()).containsExactly("https://example-news.org/2025/04/12/muscat-talks-explainer?ref=home");
    assertThat(first.media()).containsExactly("https://pbs.twimg.com/media/GoMuscatTalks1.jpg");
    assertThat(first.url()).isEqualTo("https://x.com/iran_talks_watch/status/1910984999826359506");
    assertThat(first.engagement().likes()).isEqualTo(128L);
    assertThat(first.engagement().views()).isEqualTo(15230L);
    assertThat(first.createdAt()).isEqualTo(Instant.parse("2025-04-12T09:15:03Z"));
  }

  @Test
  void laterEditIsStoredUnderTheInitialIdWithEditTime() {
    Post edited = byNativeId(GoldenFiles.read(source, "x-api-v2/search-page.json"), "1911049160094646371");
    assertThat(edited.editedAt()).isEqualTo(Instant.parse("2025-04-12T13:41:27Z"));
    assertThat(edited.createdAt()).isEqualTo(Instant.parse("2025-04-12T13:30:00Z"));
    assertThat(edited.url()).endsWith("/status/1911049160094646371");
  }

  @Test
  void badRecordsAreRejectedNamingTheFieldAndOthersKept() {
    CollectingSink sink = GoldenFiles.read(source, "x-api-v2/search-page.json");
    assertThat(sink.rejects).containsExactly(
        "7: field 'created_at': not a date: 'yesterday afternoon'",
        "8: field 'author_id': missing (was the author_id expansion requested?)");
    assertThat(sink.posts).hasSize(8);
  }

  @Test
  void singleLookupWithoutCreatedAtOrEntitiesUsesIdTimeAndText() {
    Post video = GoldenFiles.read(source, "x-api-v2/tweet-lookup.json").posts.get(0);
    assertThat(video.createdAt()).isEqualTo(Instant.parse("2025-04-19T16:20:00Z"));
    assertThat(video.hashtags()).containsExactly("IranTalks", "RomeTalks");
    assertThat(video.mentions()).containsExactly("dc_diplomacy");
    assertThat(video.media()).containsExactly(
        "https://pbs.twimg.com/amplify_video_thumb/1913628657000000001/img/RomeArrival.jpg");
    assertThat(video.engagement().isEmpty()).isTrue();
  }

  @Test
  void ndjsonSkipsEmptyPagesAndRejectsErrorLinesAndOtherLines() {
    CollectingSink sink = GoldenFiles.read(source, "x-api-v2/responses.ndjson");
    assertThat(sink.postRecords).containsExactly(1L, 1L, 1L, 5L);
    assertThat(sink.rejects).hasSize(3);
    assertThat(sink.rejects.get(0)).isEqualTo("2: field 'data': missing: the line is an X API error message, not "
        + "tweets (1 error, 'Not Found Error')");
    assertThat(sink.rejects.get(1)).startsWith("4: field 'data': missing");
    assertThat(sink.rejects.get(2)).startsWith("6: not valid JSON");
    assertThat(sink.posts.get(0).urls()).containsExactly("https://example.com/oman-mediation");
  }

  @Test
  void truncatedDocumentIsUnreadableAndEmitsNothing() throws Exception {
    String whole = Files.readString(DIR.resolve("search-page.json"), StandardCharsets.UTF_8);
    CollectingSink sink = new CollectingSink();
    SourceInput cut = SourceInput.ofString("cut.json", whole.substring(0, whole.length() / 2));
    assertThatThrownBy(() -> source.read(cut, sink))
        .isInstanceOf(UnreadableInputException.class).hasMessageContaining("cut.json");
    assertThat(sink.posts).isEmpty();
  }

  @Test
  void documentOfAnotherShapeIsUnreadable() {
    CollectingSink sink = new CollectingSink();
    assertThatThrownBy(() -> source.read(SourceInput.ofString("users.json", "{\"users\": []}"), sink))
        .isInstanceOf(UnreadableInputException.class).hasMessageContaining("no 'data' member");
    assertThatThrownBy(() -> source.read(SourceInput.ofString("array.json", "[{\"data\": []}]"), sink))
        .isInstanceOf(UnreadableInputException.class);
  }

  @Test
  void errorsOnlyDocumentHoldsNothing() throws Exception {
    CollectingSink sink = new CollectingSink();
    source.read(SourceInput.ofString("e.json", "{\"errors\": [{\"title\": \"Not Found Error\"}]}"), sink);
    assertThat(sink.posts).isEmpty();
    assertThat(sink.rejects).isEmpty();
  }

  @Test
  void detectsItsOwnFilesAndNotOthers() throws Exception {
    assertThat(source.detect(sniff("search-page.json"))).isGreaterThanOrEqualTo(90);
    assertThat(source.detect(sniff("tweet-lookup.json"))).isGreaterThanOrEqualTo(90);
    assertThat(source.detect(sniff("responses.ndjson"))).isGreaterThanOrEqualTo(90);
    assertThat(source.detect(head("z.ndjson", "{\"nav_index\":\"1:2:3\",\"item_id\":\"1\",\"source_platform\":"
        + "\"twitter.com\",\"data\":{\"rest_id\":\"1\",\"legacy\":{\"full_text\":\"x\"}}}"))).isZero();
    assertThat(source.detect(head("tweets.js", "window.YTD.tweets.part0 = [ {\"tweet\": {}} ]"))).isZero();
    assertThat(source.detect(head("a.csv", "id,text,author_id\n1,hello,2\n"))).isZero();
    assertThat(source.detect(head("r.json", "{\"kind\": \"Listing\", \"data\": {\"children\": []}}"))).isZero();
    assertThat(source.detect(head("t.json", "{\"name\": \"Chat\", \"type\": \"public_channel\", \"messages\": []}")))
        .isZero();
  }

  private static FileSniff sniff(String fixture) throws Exception {
    return FileSniff.of(fixture, Files.readAllBytes(DIR.resolve(fixture)));
  }

  private static FileSniff head(String name, String content) {
    return FileSniff.of(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private static Post byNativeId(CollectingSink sink, String nativeId) {
    return sink.posts.stream().filter(p -> p.nativeId().equals(nativeId)).findFirst()
        .orElseThrow(() -> new AssertionError("no post " + nativeId + " in " + sink.posts));
  }
}
