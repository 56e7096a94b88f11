package dev.chorus.source.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.source.SourceInput;
import dev.chorus.source.SourceRegistry;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The three X-related sources are registered and each claims its own fixtures against all registered sources. */
class XFormatsDetectionTest {
  private static final Path ROOT = Path.of("src/test/resources/sources");
  private final SourceRegistry registry = SourceRegistry.loadDefault();

  @Test
  void registryFindsTheRightSourceForEveryFixture() throws Exception {
    assertThat(registry.byId("x-api-v2")).isPresent();
    assertThat(registry.byId("x-archive")).isPresent();
    assertThat(registry.byId("zeeschuimer")).isPresent();
    assertDetected("x-api-v2/search-page.json", "x-api-v2");
    assertDetected("x-api-v2/tweet-lookup.json", "x-api-v2");
    assertDetected("x-api-v2/responses.ndjson", "x-api-v2");
    assertDetected("x-api-v2/twarc2-flatten.ndjson", "x-api-v2");
    assertDetected("x-api-v2/twarc2-stream.ndjson", "x-api-v2");
    assertDetected("x-api-v2/twarc2-search.ndjson", "x-api-v2");
    assertDetected("x-archive/tweets.js", "x-archive");
    assertDetected("x-archive/tweets-part1.js", "x-archive");
    assertDetected("x-archive/tweet.js", "x-archive");
    assertDetected("zeeschuimer/capture.ndjson", "zeeschuimer");
  }

  private void assertDetected(String fixture, String expectedId) throws Exception {
    assertThat(registry.detect(SourceInput.of(ROOT.resolve(fixture))).id()).as(fixture).isEqualTo(expectedId);
  }
}
