package dev.chorus.source.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.source.GoldenFiles.CollectingSink;
import dev.chorus.source.SourceInput;
import dev.chorus.source.UnreadableInputException;
import java.io.IOException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

class CsvSourcePropertyTest {
  private final CsvSource source = new CsvSource();

  /** Arbitrary text, with or without a valid header before it: posts and rejects, or unreadable; nothing else. */
  @Property(tries = 200)
  void arbitraryInputNeverBreaksTheReader(
      @ForAll @StringLength(max = 300) @Chars({'a', '1', ',', ';', '"', '\n', '\r', ' ', '#', '@', ':', '-', 'T',
          '\uFEFF', 'ش'}) String body,
      @ForAll boolean withHeader) throws IOException {
    String content = (withHeader ? "id,author,created_at,text,likes,kind\n" : "") + body;
    CollectingSink sink = new CollectingSink();
    try {
      source.read(SourceInput.ofString("any.csv", content), sink);
    } catch (UnreadableInputException e) {
      assertThat(sink.posts).isEmpty();
      assertThat(e.getMessage()).startsWith("any.csv: ");
    }
  }
}
