package dev.chorus.source.ndjson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.source.GoldenFiles.CollectingSink;
import dev.chorus.source.SourceInput;
import dev.chorus.source.UnreadableInputException;
import java.io.IOException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

class NdjsonSourcePropertyTest {
  private final NdjsonSource source = new NdjsonSource();

  /** A valid first line, then arbitrary text: posts and rejects, or unreadable; never another exception. */
  @Property(tries = 200)
  void arbitraryLinesNeverBreakTheReader(@ForAll @StringLength(max = 300) String body, @ForAll boolean validFirst)
      throws IOException {
    String first = validFirst ? "{\"id\":\"1\",\"author\":\"a\",\"created_at\":\"2025-04-12T09:00:00Z\",\"text\":\"t\"}\n"
        : "";
    CollectingSink sink = new CollectingSink();
    try {
      source.read(SourceInput.ofString("any.ndjson", first + body), sink);
    } catch (UnreadableInputException e) {
      assertThat(sink.posts).isEmpty();
    }
  }
}
