package dev.chorus.source.zeeschuimer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.chorus.source.GoldenFiles.CollectingSink;
import dev.chorus.source.SourceInput;
import dev.chorus.source.UnreadableInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ZeeschuimerSourcePropertyTest {
  private final ZeeschuimerSource source = new ZeeschuimerSource();

  @Property(tries = 200)
  void anyInputGivesPostsRejectsOrUnreadableNeverAnotherException(@ForAll("inputs") String content) {
    CollectingSink sink = new CollectingSink();
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      try {
        source.read(SourceInput.ofBytes("fuzz.ndjson", content.getBytes(StandardCharsets.UTF_8)), sink);
      } catch (UnreadableInputException e) {
        assertThat(sink.posts).isEmpty();
      }
    });
  }

  /** Random text, and real capture lines cut, spliced with junk or with their data replaced by junk. */
  @Provide
  Arbitrary<String> inputs() throws Exception {
    List<String> lines = Files.readAllLines(Path.of("src/test/resources/sources/zeeschuimer/capture.ndjson"));
    Arbitrary<String> line = Arbitraries.of(lines);
    Arbitrary<String> cut = line.flatMap(l -> Arbitraries.integers().between(0, l.length())
        .map(n -> l.substring(0, n)));
    Arbitrary<String> spliced = line.flatMap(l -> Arbitraries.integers().between(0, l.length())
        .flatMap(n -> Arbitraries.strings().ofMaxLength(8).map(j -> l.substring(0, n) + j + l.substring(n))));
    Arbitrary<String> junkData = Arbitraries.of("twitter.com", "tiktok.com", "x.com")
        .flatMap(p -> Arbitraries.strings().withChars("{}[]\":,0legacy core").ofMaxLength(120)
            .map(s -> "{\"source_platform\":\"" + p + "\",\"data\":" + s + "}"));
    Arbitrary<String> oneLine = Arbitraries.oneOf(line, cut, spliced, junkData);
    return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(300),
        oneLine.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join("\n", l)));
  }
}
