package dev.chorus.source.mastodon;

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
import java.util.List;
import org.junit.jupiter.api.Test;

class MastodonApiSourceTest {
  private final MastodonApiSource source = new MastodonApiSource();

  @Test
  void timelineMatchesGolden() {
    GoldenFiles.check(source, "mastodon-api/timeline.json");
  }

  @Test
  void searchResultMatchesGolden() {
    GoldenFiles.check(source, "mastodon-api/search.json");
  }

  @Test
  void ndjsonMatchesGolden() {
    GoldenFiles.check(source, "mastodon-api/statuses.ndjson");
  }

  @Test
  void linkTextReadsNaturallyAndLinksAreNormalised() {
    Post first = GoldenFiles.read(source, "mastodon-api/timeline.json").posts.get(0);
    assertThat(first.nativeId()).isEqualTo("mastodon.social/114301000000000001");
    assertThat(first.text()).isEqualTo("New analysis of the Oman round: example-news.com/2025/04/iran-u…\n"
        + "#IranTalks #diplomacy cc @sam_analyst @reza");
    assertThat(first.urls()).containsExactly("https://example-news.com/2025/04/iran-us-talks-oman");
    assertThat(first.hashtags()).containsExactly("irantalks", "diplomacy");
    assertThat(first.mentions()).containsExactly("sam_analyst@mastodon.social", "reza@fediscience.example");
    assertThat(first.author().id()).isEqualTo("dana_policy@mastodon.social");
    assertThat(first.engagement().likes()).isEqualTo(27L);
    assertThat(first.engagement().quotes()).isEqualTo(1L);
  }

  @Test
  void boostEmitsRepostAndOriginal() {
    CollectingSink sink = GoldenFiles.read(source, "mastodon-api/timeline.json");
    Post boost = sink.posts.get(1);
    Post original = sink.posts.get(2);
    assertThat(sink.postRecords.subList(1, 3)).containsExactly(2L, 2L);
    assertThat(boost.kind()).isEqualTo(PostKind.REPOST);
    assertThat(boost.nativeId()).isEqualTo("mastodon.social/114301000000000002");
    assertThat(boost.text()).isEmpty();
    assertThat(boost.sharedPostId()).isEqualTo("mastodon:persiansocial.example/114300799000000001");
    assertThat(boost.engagement().isEmpty()).isTrue();
    assertThat(original.id()).isEqualTo(boost.sharedPostId());
    assertThat(original.author().id()).isEqualTo("neda@persiansocial.example");
    assertThat(original.hashtags()).containsExactly("مذاکره", "نه_به_جنگ");
    assertThat(original.lang()).isEqualTo("fa");
  }

  @Test
  void replyWithContentWarningKeepsWarningAsTitle() {
    Post reply = GoldenFiles.read(source, "mastodon-api/timeline.json").posts.get(3);
    assertThat(reply.kind()).isEqualTo(PostKind.REPLY);
    assertThat(reply.title()).isEqualTo("سیاست / تحریم‌ها");
    assertThat(reply.replyToId()).isEqualTo("mastodon:mastodon.social/114301000000000001");
    assertThat(reply.editedAt()).isNotNull();
    assertThat(reply.text()).isEqualTo("@dana_policy العقوبات لن تُرفع قبل اتفاق مكتوب.\nهذا هو الخط الأحمر.");
  }

  @Test
  void replyToRemoteParentHasNoGuessedTarget() {
    Post remoteReply = GoldenFiles.read(source, "mastodon-api/timeline.json").posts.get(4);
    assertThat(remoteReply.kind()).isEqualTo(PostKind.REPLY);
    assertThat(remoteReply.replyToId()).isNull();
    assertThat(remoteReply.nativeId()).isEqualTo("fediscience.example/114301004400000001");
    assertThat(remoteReply.urls()).containsExactly("https://example.org/briefing");
  }

  @Test
  void quoteEmitsQuotedStatusAndDropsInlineFallback() {
    CollectingSink sink = GoldenFiles.read(source, "mastodon-api/timeline.json");
    Post quote = sink.posts.get(5);
    Post quoted = sink.posts.get(6);
    assertThat(quote.kind()).isEqualTo(PostKind.QUOTE);
    assertThat(quote.text()).isEqualTo("Worth reading the Israeli reaction to the talks.");
    assertThat(quote.urls()).isEmpty();
    assertThat(quote.quotedId()).isEqualTo(quoted.id())
        .isEqualTo("mastodon:israelnet.example/114300900000000009");
    assertThat(quoted.kind()).isEqualTo(PostKind.QUOTE); // it quotes something itself (shallow: no id)
    assertThat(quoted.quotedId()).isNull();
  }

  @Test
  void brokenMarkupAndEntitiesBecomePlainText() {
    Post messy = GoldenFiles.read(source, "mastodon-api/timeline.json").posts.get(7);
    assertThat(messy.text()).isEqualTo("Talks & sanctions: \"no deal\" < any deal? 🕊\nunclosed bold poll\n"
        + "second &amp; para");
    assertThat(messy.lang()).isNull();
    assertThat(messy.urls()).containsExactly("https://example.org/poll?id=7");
  }

  @Test
  void badRecordsAreRejectedNamingTheFieldAndOthersKept() {
    CollectingSink sink = GoldenFiles.read(source, "mastodon-api/statuses.ndjson");
    assertThat(sink.rejects).hasSize(3);
    assertThat(sink.rejects.get(0)).startsWith("3: not valid JSON");
    assertThat(sink.rejects.get(1)).isEqualTo("4: field 'created_at': missing");
    assertThat(sink.rejects.get(2)).startsWith("7: field 'reblog/created_at': not a date");
    assertThat(sink.posts).extracting(Post::nativeId).containsExactly("sigmoid.example/114303000000000001",
        "sigmoid.example/114303000000000002", "misskey.example/notes/a1b2c3d4e5", "sigmoid.example/114303000000000008");
  }

  @Test
  void brokenQuotedCopyIsRejectedAloneQuotingPostKept() {
    String line = "{\"id\":\"1\",\"created_at\":\"2025-04-12T13:00:00Z\",\"uri\":"
        + "\"https://m.example/users/a/statuses/1\",\"content\":\"<p>see</p>\",\"account\":{\"acct\":\"a\","
        + "\"url\":\"https://m.example/@a\"},\"quote\":{\"state\":\"accepted\",\"quoted_status\":{\"id\":\"2\"}}}";
    CollectingSink sink = new CollectingSink();
    try {
      source.read(SourceInput.ofString("q.ndjson", line + "\n"), sink);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    assertThat(sink.posts).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(PostKind.QUOTE);
      assertThat(p.quotedId()).isNull();
    });
    assertThat(sink.rejects).containsExactly("1: field 'quote/quoted_status/uri': missing");
  }

  @Test
  void truncatedArrayIsUnreadableAndEmitsNothing() throws Exception {
    String whole = Files.readString(Path.of("src/test/resources/sources/mastodon-api/timeline.json"));
    CollectingSink sink = new CollectingSink();
    SourceInput cut = SourceInput.ofString("cut.json", whole.substring(0, whole.length() / 2));
    assertThatThrownBy(() -> source.read(cut, sink)).isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining("cut.json");
    assertThat(sink.posts).isEmpty();
  }

  @Test
  void searchResultWithoutStatusesIsUnreadable() {
    SourceInput input = SourceInput.ofString("s.json", "{\"accounts\": [], \"hashtags\": []}");
    assertThatThrownBy(() -> source.read(input, new CollectingSink()))
        .isInstanceOf(UnreadableInputException.class).hasMessageContaining("'statuses'");
  }

  @Test
  void notJsonIsUnreadable() {
    SourceInput input = SourceInput.ofString("x.csv", "id,text\n1,hello\n");
    assertThatThrownBy(() -> source.read(input, new CollectingSink())).isInstanceOf(UnreadableInputException.class);
  }

  @Test
  void detectsOwnFixturesAndNotOtherFormats() throws Exception {
    for (String f : List.of("timeline.json", "search.json", "statuses.ndjson")) {
      assertThat(source.detect(FileSniff.of(SourceInput.of(Path.of("src/test/resources/sources/mastodon-api", f)))))
          .as(f).isGreaterThanOrEqualTo(80);
    }
    assertThat(detect("tweets.js",
        "window.YTD.tweets.part0 = [{\"tweet\":{\"id_str\":\"1\",\"favorite_count\":\"3\"}}]")).isZero();
    assertThat(detect("r.json", "{\"data\":[{\"id\":\"1\",\"text\":\"hi\"}],\"includes\":{\"users\":[]}}")).isZero();
    assertThat(detect("result.json", "{\"name\":\"Chan\",\"type\":\"public_channel\",\"messages\":[]}")).isZero();
    assertThat(detect("feed.json", "{\"feed\":[{\"post\":{\"uri\":\"at://did:plc:x/app.bsky.feed.post/1\","
        + "\"likeCount\":1,\"indexedAt\":\"2025-01-01T00:00:00Z\"}}]}")).isZero();
    assertThat(detect("j.ndjson", "{\"did\":\"did:plc:x\",\"time_us\":1,\"kind\":\"commit\"}")).isZero();
    assertThat(detect("a.csv", "id,text,favourites_count\n1,hi,2\n")).isZero();
  }

  private int detect(String name, String head) {
    return source.detect(FileSniff.of(name, head.getBytes(StandardCharsets.UTF_8)));
  }
}
