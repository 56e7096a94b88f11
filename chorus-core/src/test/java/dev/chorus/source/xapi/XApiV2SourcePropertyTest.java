package dev.chorus.source.xapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.chorus.source.GoldenFiles.CollectingSink;
import dev.chorus.source.SourceInput;
import dev.chorus.source.UnreadableInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class XApiV2SourcePropertyTest {
  private final XApiV2Source source = new XApiV2Source();

  @Property(tries = 200)
  void anyInputGivesPostsRejectsOrUnreadableNeverAnotherException(@ForAll("inputs") String content) {
    CollectingSink sink = new CollectingSink();
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      try {
        source.read(SourceInput.ofBytes("fuzz.json", content.getBytes(StandardCharsets.UTF_8)), sink);
      } catch (UnreadableInputException e) {
        assertThat(sink.posts).isEmpty();
      }
    });
  }

  /** Random text, and real responses (and flattened tweets) cut or spliced at random places. */
  @Provide
  Arbitrary<String> inputs() throws Exception {
    String page = Files.readString(Path.of("src/test/resources/sources/x-api-v2/search-page.json"));
    String lines = Files.readString(Path.of("src/test/resources/sources/x-api-v2/responses.ndjson"));
    Arbitrary<String> cutPage = Arbitraries.integers().between(0, page.length()).map(n -> page.substring(0, n));
    Arbitrary<String> cutLines = Arbitraries.integers().between(0, lines.length()).map(n -> lines.substring(n));
    String flat = Files.readString(Path.of("src/test/resources/sources/x-api-v2/twarc2-flatten.ndjson"));
    Arbitrary<String> cutFlat = Arbitraries.integers().between(0, flat.length())
        .flatMap(n -> Arbitraries.integers().between(n, flat.length()).map(m -> flat.substring(n, m)));
    Arbitrary<String> spliced = Arbitraries.strings().ofMaxLength(20)
        .flatMap(junk -> Arbitraries.integers().between(0, page.length())
            .map(n -> page.substring(0, n) + junk + page.substring(n)));
    return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(300), cutPage, cutLines, cutFlat, spliced,
        Arbitraries.strings().withChars("{}[]\":,0123 data").ofMaxLength(200).map(s -> "{\"data\":" + s));
  }
}
