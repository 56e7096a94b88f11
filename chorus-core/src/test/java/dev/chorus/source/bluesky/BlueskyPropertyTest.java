package dev.chorus.source.bluesky;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.source.GoldenFiles.CollectingSink;
import dev.chorus.source.Source;
import dev.chorus.source.SourceInput;
import dev.chorus.source.UnreadableInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class BlueskyPropertyTest {

  /** Arbitrary text, often shaped like feed responses or Jetstream events, never breaks either reader or hangs. */
  @Property(tries = 200)
  void anyInputGivesPostsRejectsOrUnreadable(@ForAll("inputs") String content) throws Exception {
    for (Source source : new Source[] {new BlueskyFeedSource(), new BlueskyJetstreamSource()}) {
      CompletableFuture.runAsync(() -> read(source, content)).get(10, TimeUnit.SECONDS);
    }
  }

  private static void read(Source source, String content) {
    try {
      source.read(SourceInput.ofBytes("p.json", content.getBytes(StandardCharsets.UTF_8)), new CollectingSink());
    } catch (UnreadableInputException e) {
      assertThat(e.getMessage()).contains("p.json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Provide
  Arbitrary<String> inputs() {
    Arbitrary<String> noise = Arbitraries.strings().all().ofMaxLength(200);
    Arbitrary<String> jsonish = Arbitraries.of("{", "}", "[", "]", ",", ":", "\n", "\"feed\"", "\"posts\"",
            "\"post\"", "\"uri\"", "\"at://did:plc:x/app.bsky.feed.post/1\"", "\"record\"", "\"text\"", "\"é🕊\"",
            "\"createdAt\"", "\"2025-01-01T00:00:00Z\"", "\"facets\"", "\"index\"", "\"byteStart\"", "\"byteEnd\"",
            "-3", "99", "\"features\"", "\"$type\"", "\"app.bsky.richtext.facet#mention\"", "\"reason\"",
            "\"app.bsky.feed.defs#reasonRepost\"", "\"by\"", "\"did\"", "\"kind\"", "\"commit\"", "\"operation\"",
            "\"create\"", "\"collection\"", "\"app.bsky.feed.repost\"", "\"rkey\"", "\"time_us\"", "null", "\"embed\"")
        .list().ofMaxSize(50).map(parts -> String.join("", parts));
    return Arbitraries.oneOf(noise, jsonish);
  }
}
