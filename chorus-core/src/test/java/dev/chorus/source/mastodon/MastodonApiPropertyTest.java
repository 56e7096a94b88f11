package dev.chorus.source.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.source.GoldenFiles.CollectingSink;
import dev.chorus.source.SourceInput;
import dev.chorus.source.UnreadableInputException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MastodonApiPropertyTest {
  private final MastodonApiSource source = new MastodonApiSource();

  /** Arbitrary text, often shaped like the start of a status array or NDJSON line, never breaks the reader. */
  @Property(tries = 200)
  void anyInputGivesPostsRejectsOrUnreadable(@ForAll("inputs") String content) throws Exception {
    CollectingSink sink = new CollectingSink();
    CompletableFuture<Void> run = CompletableFuture.runAsync(() -> {
      try {
        source.read(SourceInput.ofBytes("p.json", content.getBytes(StandardCharsets.UTF_8)), sink);
      } catch (UnreadableInputException e) {
        assertThat(e.getMessage()).contains("p.json");
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    run.get(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS);
  }

  @Provide
  Arbitrary<String> inputs() {
    Arbitrary<String> noise = Arbitraries.strings().all().ofMaxLength(200);
    Arbitrary<String> jsonish = Arbitraries.of("[", "{", "}", "]", "\"uri\":",
            "\"https://a.example/users/u/statuses/1\"",
            "\"created_at\":", "\"2025-01-01T00:00:00Z\"", "\"account\":", "{\"acct\":\"u\"}", "\"reblog\":",
            "\"content\":", "\"<p>a<span class=\\\"ellipsis\\\">b</p>\"", ",", "\n", "null", "\"statuses\":",
            "\"quote\":", "{\"quoted_status\":", "1", "\"tags\":", "[{\"name\":\"x\"}]")
        .list().ofMaxSize(40).map(parts -> String.join("", parts));
    return Arbitraries.oneOf(noise, jsonish);
  }
}
