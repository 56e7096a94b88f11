package dev.chorus.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The contract every registered source keeps (see {@link Source}): a stable id, a description, detection that never
 * throws, reading of arbitrary bytes that ends in posts, rejects or {@link UnreadableInputException} and nothing
 * else, and refusal of unknown options. A new source is covered by registering it.
 */
class SourceContractTest {
  static final List<Source> SOURCES = SourceRegistry.loadDefault().all();

  @Test
  void everySourceHasAStableIdAndADescription() {
    assertThat(SOURCES).isNotEmpty();
    for (Source s : SOURCES) {
      assertThat(s.id()).as(s.getClass().getName()).matches("[a-z0-9]+(-[a-z0-9]+)*");
      assertThat(s.description()).as(s.id()).isNotBlank();
    }
  }

  @Test
  void everySourceRefusesUnknownOptionsNamingThem() {
    for (Source s : SOURCES) {
      assertThat(s.configure(Map.of())).as(s.id()).isNotNull();
      assertThatThrownBy(() -> s.configure(Map.of("no.such.option", "1"))).as(s.id())
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no.such.option");
    }
  }

  @Provide
  Arbitrary<byte[]> inputs() {
    Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(400);
    Arbitrary<byte[]> jsonish = Arbitraries.strings()
        .withChars("{}[]\":,0123456789abc \n\\-.tfnul#@")
        .ofMaxLength(300).map(String::getBytes);
    Arbitrary<byte[]> text = Arbitraries.strings().all().ofMaxLength(200).map(String::getBytes);
    return Arbitraries.oneOf(bytes, jsonish, text);
  }

  @Property(tries = 150)
  void anyBytesGiveARecordOutcomeOrAClearFileError(@ForAll("inputs") byte[] input) throws Exception {
    for (Source s : SOURCES) {
      FileSniff sniff = FileSniff.of("input.json", input);
      assertThat(s.detect(sniff)).as(s.id()).isBetween(0, 100);
      GoldenFiles.CollectingSink sink = new GoldenFiles.CollectingSink();
      try {
        s.read(SourceInput.ofBytes("input.json", input), sink);
      } catch (UnreadableInputException e) {
        assertThat(e.getMessage()).as(s.id()).contains("input.json");
        assertThat(sink.posts).as(s.id() + ": posts emitted before a file error").isEmpty();
      }
    }
  }

  /**
   * Compressed inputs are read as shipped by every source: each registered source has a golden fixture, which
   * {@link EncodedFixturesTest} reads gzip-, bzip2-, xz-, Zstandard-compressed and zipped against the same golden
   * posts; this checks that no source escapes that.
   */
  @Test
  void everySourceHasAFixtureReadCompressedEveryWay() throws Exception {
    Set<String> covered = EncodedFixturesTest.fixtures().map(f -> EncodedFixturesTest.sourceOf(f).id())
        .collect(Collectors.toSet());
    for (Source s : SOURCES) {
      assertThat(covered).as("a golden fixture of %s (src/test/resources/sources/%s/)", s.id(), s.id())
          .contains(s.id());
    }
  }

  /** Whatever the bytes, a source reads them compressed exactly as it reads them plain. */
  @Property(tries = 15)
  void anyBytesGiveTheSameOutcomeCompressed(@ForAll("inputs") byte[] input) throws Exception {
    Path dir = Files.createTempDirectory("chorus-contract");
    try {
      for (CompressedCopies c : CompressedCopies.values()) {
        SourceInput compressed = c.write(Files.createDirectories(dir.resolve(c.name())), "input.json", input);
        for (Source s : SOURCES) {
          String plain = outcome(s, SourceInput.ofBytes("input.json", input), "input.json");
          assertThat(outcome(s, compressed, compressed.name())).as("%s, %s", s.id(), c).isEqualTo(plain);
        }
      }
    } finally {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** The posts and rejects read, or the file error without the file's name. */
  private static String outcome(Source s, SourceInput input, String name) throws Exception {
    GoldenFiles.CollectingSink sink = new GoldenFiles.CollectingSink();
    try {
      s.read(input, sink);
      return GoldenFiles.render(sink);
    } catch (UnreadableInputException e) {
      return "unreadable: " + e.getMessage().replace(name, "NAME");
    }
  }

  /**
   * Bytes whose first four read as UTF-32 in an unusual byte order ({@code 00 00 FF FE}, Jackson's "2143"): found by
   * the random-bytes property as an exception's text escaping the Telegram source. Every source now answers with a
   * file error naming the file, or reads it as records.
   */
  @Test
  void oddUtf32ByteOrdersAreAClearFileError() throws Exception {
    for (byte[] odd : List.of(new byte[] {0, 0, (byte) 0xFF, (byte) 0xFE, '{', '}'},
        new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 0, '[', ']'})) {
      for (Source s : SOURCES) {
        GoldenFiles.CollectingSink sink = new GoldenFiles.CollectingSink();
        try {
          s.read(SourceInput.ofBytes("odd.json", odd), sink);
        } catch (UnreadableInputException e) {
          assertThat(e.getMessage()).as(s.id()).startsWith("odd.json");
        }
        assertThat(sink.posts).as(s.id()).isEmpty();
      }
    }
  }
}
