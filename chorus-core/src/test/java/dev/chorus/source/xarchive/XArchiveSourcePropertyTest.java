package dev.chorus.source.xarchive;

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

class XArchiveSourcePropertyTest {
  private final XArchiveSource source = new XArchiveSource();

  @Property(tries = 200)
  void anyInputGivesPostsRejectsOrUnreadableNeverAnotherException(@ForAll("inputs") byte[] content) {
    CollectingSink sink = new CollectingSink();
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      try {
        source.read(SourceInput.ofBytes("tweets.js", content), sink);
      } catch (UnreadableInputException e) {
        assertThat(sink.posts).isEmpty();
      }
    });
  }

  /** Random bytes and text, the archive prefix followed by junk, and the real file cut or spliced. */
  @Provide
  Arbitrary<byte[]> inputs() throws Exception {
    String file = Files.readString(Path.of("src/test/resources/sources/x-archive/tweets.js"));
    Arbitrary<String> cut = Arbitraries.integers().between(0, file.length()).map(n -> file.substring(0, n));
    Arbitrary<String> spliced = Arbitraries.strings().ofMaxLength(12)
        .flatMap(junk -> Arbitraries.integers().between(0, file.length())
            .map(n -> file.substring(0, n) + junk + file.substring(n)));
    Arbitrary<String> prefixed = Arbitraries.strings().withChars("{}[]\":,0tweet ").ofMaxLength(200)
        .map(s -> "window.YTD.tweets.part0 = [" + s);
    return Arbitraries.oneOf(
        Arbitraries.bytes().array(byte[].class).ofMaxSize(300),
        Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(300), cut, spliced, prefixed)
            .map(s -> s.getBytes(StandardCharsets.UTF_8)));
  }
}
