package dev.chorus.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every source reads through the input layer: each golden fixture gives the same posts and rejects, and is detected
 * as the same format, when it is compressed (gzip, bzip2, xz, Zstandard) or zipped, and (for the sources that decode text themselves) when it is UTF-16 with a byte-order mark.
 */
class EncodedFixturesTest {
  private static final Path ROOT = Path.of("src/test/resources/sources");
  /** Fixture folders named otherwise than their source's id. */
  private static final Map<String, String> SOURCE_OF_FOLDER =
      Map.of("feed", "rss", "reddit", "reddit-pushshift", "telegram", "telegram-export");
  /**
   * Formats whose bytes go to a parser that reads the encoding itself from the file: an XML declaration naming UTF-8
   * (feeds), the {@code window.YTD...} assignment skipped byte by byte (X archives, always written as UTF-8).
   */
  private static final Set<String> BYTES_AS_WRITTEN = Set.of("x-archive");
  /** The options the fixture's own test reads it with (CsvSourceTest, NdjsonSourceTest). */
  private static final Map<String, Map<String, String>> OPTIONS = Map.of(
      "semicolon.csv", Map.of("delimiter", ";", "column.id", "tweet_id", "column.author", "user_id",
          "column.created_at", "timestamp", "column.text", "body", "column.shared_id", "retweet_of", "platform", "x"),
      "nested.ndjson", Map.of("field.id", "/post/ref", "field.created_at", "post.created", "field.text",
          "/post/content/body", "field.hashtags", "/post/tags", "field.likes", "post.stats.likes", "field.shares",
          "/post/stats/reposts", "field.author", "user.id", "field.author_handle", "/user/handle",
          "field.author_name", "user.name", "platform", "bluesky"));
  private static final SourceRegistry SOURCES = SourceRegistry.loadDefault();

  @TempDir
  Path dir;

  static Stream<Path> fixtures() throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(ROOT)) {
      files.filter(f -> Files.exists(Path.of(f + ".golden.json"))).sorted().forEach(out::add);
    }
    return out.stream();
  }

  static Source sourceOf(Path fixture) {
    String folder = fixture.getParent().getFileName().toString();
    return SOURCES.require(SOURCE_OF_FOLDER.getOrDefault(folder, folder))
        .configure(OPTIONS.getOrDefault(fixture.getFileName().toString(), Map.of()));
  }

  static Stream<Arguments> compressedFixtures() throws IOException {
    return fixtures().flatMap(f -> Stream.of(CompressedCopies.values()).map(c -> Arguments.of(f, c)));
  }

  /** Every fixture, so every registered source ({@code SourceContractTest} checks each has one), five ways. */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("compressedFixtures")
  void compressedFixtureIsDetectedAndGivesTheSameRecords(Path fixture, CompressedCopies compression)
      throws Exception {
    Path own = Files.createDirectories(dir.resolve(compression.name()));
    SourceInput input = compression.write(own, fixture.getFileName().toString(), Files.readAllBytes(fixture));
    assertThat(detected(input)).as("%s as %s", fixture, compression).isEqualTo(detected(SourceInput.of(fixture)));
    assertSameRecords(fixture, input);
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void utf16FixtureWithAByteOrderMarkGivesTheSameRecords(Path fixture) throws Exception {
    assumeFalse(BYTES_AS_WRITTEN.contains(sourceOf(fixture).id()), "bytes go to the parser as written");
    for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      Path encoded = dir.resolve(charset.name() + "-" + fixture.getFileName());
      String text = Files.readString(fixture, StandardCharsets.UTF_8);
      Files.write(encoded, ((text.startsWith("\uFEFF") ? "" : "\uFEFF") + text).getBytes(charset));
      assertThat(detected(SourceInput.of(encoded))).as("%s in %s", fixture, charset)
          .isEqualTo(detected(SourceInput.of(fixture)));
      assertSameRecords(fixture, SourceInput.of(encoded));
    }
  }

  /** The id of the source that claims the file, or the reason none does (without the file's name). */
  private static String detected(SourceInput input) throws IOException {
    try {
      return SOURCES.detect(input).id();
    } catch (UnreadableInputException e) {
      return e.getMessage().replace(input.name(), "");
    }
  }

  private static void assertSameRecords(Path fixture, SourceInput variant) throws Exception {
    Source source = sourceOf(fixture);
    GoldenFiles.CollectingSink sink = new GoldenFiles.CollectingSink();
    source.read(variant, sink);
    assertThat(GoldenFiles.render(sink)).as("%s read by %s as %s", fixture, source.id(), variant.name())
        .isEqualTo(Files.readString(Path.of(fixture + ".golden.json"), StandardCharsets.UTF_8));
  }
}
