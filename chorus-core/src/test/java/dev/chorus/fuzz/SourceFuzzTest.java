package dev.chorus.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.chorus.source.Source;
import dev.chorus.source.SourceInput;
import dev.chorus.source.SourceReads;
import dev.chorus.source.SourceRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every registered source format, read as the ingest reads a file: one generic target over the registry, so a new
 * format is fuzzed by registering it. The input's first line picks the source: a format id, optionally with options
 * ({@code csv?delimiter=;&column.text=body}), reads the rest with that source (as {@code --format} and {@code --option}
 * do); anything else is the file name under which the registry detects the format (as {@code chorus ingest FILE}
 * does), which fuzzes detection too. A refused option is a refusal in words like the others.
 */
class SourceFuzzTest {
  static final SourceRegistry SOURCES = SourceRegistry.loadDefault();
  static final String CORPUS = "src/test/resources/dev/chorus/fuzz/SourceFuzzTestInputs/everyFormat";

  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  @FuzzTest
  void everyFormat(byte[] data) throws Throwable {
    FuzzInput in = FuzzInput.of(data);
    Source forced = SOURCES.byId(in.format()).orElse(null);
    String name = forced != null || in.header().isBlank() ? "input" : in.header();
    SourceInput input = SourceInput.ofBytes(name, in.content());
    try {
      if (forced != null) {
        forced = forced.configure(in.options());
      }
    } catch (IllegalArgumentException e) {
      Refusals.requireWords(e.getMessage(), e); // an option refused, naming it
      return;
    }
    try {
      Source source = forced != null ? forced : SOURCES.detect(input);
      SourceReads.read(source, input, new Refusals.CheckingSink(name));
    } catch (Throwable t) {
      Refusals.check(t, Refusals.INPUT, name);
    }
  }

  /** The contract that makes the generic target cover every format: each registered id has a seed of its own. */
  @Test
  void everyRegisteredFormatHasASeed() throws IOException {
    Set<String> seeded = new TreeSet<>();
    try (Stream<Path> files = Files.list(Path.of(CORPUS))) {
      for (Path f : files.toList()) {
        seeded.add(FuzzInput.of(Files.readAllBytes(f)).format());
      }
    }
    for (Source s : SOURCES.all()) {
      assertThat(seeded).as("a seed starting with the line '%s' in %s", s.id(), CORPUS).contains(s.id());
    }
  }
}
