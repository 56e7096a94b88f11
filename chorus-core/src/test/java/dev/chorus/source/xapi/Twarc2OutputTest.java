package dev.chorus.source.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.post.Post;
import dev.chorus.post.PostKind;
import dev.chorus.post.PostRole;
import dev.chorus.source.GoldenFiles;
import dev.chorus.source.GoldenFiles.CollectingSink;
import dev.chorus.source.SourceInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Files as twarc2 writes them (fixtures written from twarc's {@code expansions.flatten} and {@code client2}, not
 * collected): {@code twarc2 flatten} output (a tweet a line, expansions inline), the same page unflattened, and
 * {@code twarc2 stream} output with error messages between the tweets.
 */
class Twarc2OutputTest {
  private final XApiV2Source source = new XApiV2Source();

  @Test
  void flattenedTweetsMatchGolden() {
    GoldenFiles.check(source, "x-api-v2/twarc2-flatten.ndjson");
  }

  @Test
  void streamWithErrorLinesMatchesGolden() {
    GoldenFiles.check(source, "x-api-v2/twarc2-stream.ndjson");
  }

  @Test
  void everyLineIsOneCollectedTweetAndItsInlineReferencesAreReferenced() {
    CollectingSink sink = GoldenFiles.read(source, "x-api-v2/twarc2-flatten.ndjson");
    assertThat(sink.rejects).isEmpty();
    List<Post> collected = sink.posts.stream().filter(p -> p.role() == PostRole.COLLECTED).toList();
    assertThat(collected).extracting(Post::nativeId).containsExactly("1911200000000000301", "1911200000000000302",
        "1911200000000000303", "1911200000000000304", "1911200000000000305", "1911200000000000306");
    // the retweeted original comes with both retweets (lines 2 and 6), the quoted and the replied-to post once; the
    // deleted parent of line 5 is only {type, id}: nothing to map
    assertThat(sink.posts.stream().filter(Post::referenced).map(Post::nativeId).toList()).containsExactly(
        "1911100000000000201", "1911100000000000202", "1911100000000000203", "1911100000000000201");
    Post rt = collected.get(1);
    assertThat(rt.kind()).isEqualTo(PostKind.REPOST);
    assertThat(rt.author().handle()).isEqualTo("observer_b");
    assertThat(rt.sharedPostId()).isEqualTo("x:1911100000000000201");
    Post first = collected.get(0);
    assertThat(first.author().handle()).isEqualTo("policy_notes_a");
    assertThat(first.author().displayName()).isEqualTo("Policy Notes");
    assertThat(first.mentions()).containsExactly("analyst_d");
    assertThat(first.media()).containsExactly("https://pbs.twimg.com/media/ExAmPlE1.jpg");
    assertThat(first.urls()).containsExactly("https://example-news.com/briefing");
    Post original = sink.posts.stream().filter(p -> p.nativeId().equals("1911100000000000201")).findFirst()
        .orElseThrow();
    assertThat(original.author().handle()).isEqualTo("gulf_desk_c");
    assertThat(collected.get(4).replyToId()).isEqualTo("x:1911100000000000299");
  }

  @Test
  void flattenedAndUnflattenedPageGiveTheSamePosts() {
    assertThat(byId(GoldenFiles.read(source, "x-api-v2/twarc2-flatten.ndjson")))
        .isEqualTo(byId(GoldenFiles.read(source, "x-api-v2/twarc2-search.ndjson")));
  }

  @Test
  void oneFlattenedTweetAloneIsReadAsOne() throws Exception {
    String line = Files.readAllLines(Path.of("src/test/resources/sources/x-api-v2/twarc2-flatten.ndjson")).get(1);
    CollectingSink sink = new CollectingSink();
    source.read(SourceInput.ofString("one.json", line), sink);
    assertThat(sink.posts).extracting(Post::role).containsExactly(PostRole.COLLECTED, PostRole.REFERENCED);
    assertThat(sink.postRecords).containsExactly(1L, 1L);
  }

  @Test
  void streamKeepsTheTweetsAndRejectsTheErrorLinesInWords() {
    CollectingSink sink = GoldenFiles.read(source, "x-api-v2/twarc2-stream.ndjson");
    assertThat(sink.posts.stream().filter(p -> !p.referenced()).map(Post::nativeId).toList())
        .containsExactly("1911200000000000301", "1911200000000000302", "1911200000000000303");
    assertThat(sink.rejects).containsExactly(
        "2: field 'data': missing: the line is an X API error message, not tweets (1 error, "
            + "'operational-disconnect')",
        "4: field 'data': missing: the line is an X API error message, not tweets (1 error, "
            + "'ConnectionException')");
  }

  /** Post JSON by id, roles and content compared; record numbers differ between the two layouts. */
  private static Map<String, String> byId(CollectingSink sink) {
    Map<String, String> out = new TreeMap<>();
    sink.posts.forEach(p -> out.put(p.id(), p.toString()));
    assertThat(new TreeSet<>(out.keySet())).hasSize(9);
    return out;
  }
}
