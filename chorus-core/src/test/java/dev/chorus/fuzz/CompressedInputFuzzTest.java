package dev.chorus.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.chorus.source.FileSniff;
import dev.chorus.source.Source;
import dev.chorus.source.SourceInput;
import dev.chorus.source.SourceReads;
import dev.chorus.source.SourceRegistry;
import dev.chorus.source.input.Compression;
import dev.chorus.source.input.DecodedText;
import dev.chorus.source.input.InputLimits;
import dev.chorus.source.input.ZipEntries;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * The input layer under every source ({@code dev.chorus.source.input}): a file that may be gzip, bzip2, xz or
 * Zstandard compressed, or a zip archive, decompressed behind the expansion guard, decoded by its byte-order mark,
 * sniffed and read by the source the registry detects. The input's first line is the file's name (its suffix
 * matters: {@code .zip} makes it an archive, as in {@code chorus ingest}); the rest is its bytes. The expansion limit
 * is small here so that bombs are reached with small inputs.
 */
class CompressedInputFuzzTest {
  private static final SourceRegistry SOURCES = SourceRegistry.loadDefault();
  private static final InputLimits LIMITS = new InputLimits(100_000, 50);
  private static Path dir;

  @BeforeAll
  static void folder() throws IOException {
    dir = Files.createTempDirectory("chorus-fuzz");
  }

  @AfterAll
  static void clean() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(dir);
  }

  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  @FuzzTest
  void compressedOrArchived(byte[] data) throws Throwable {
    FuzzInput in = FuzzInput.of(data);
    // a plain name, prefixed so that it is never "." or ".."
    Path file = dir.resolve("input-" + (in.header().matches("[A-Za-z0-9._-]{1,60}") ? in.header() : "plain"));
    Files.write(file, in.content());
    try {
      for (SourceInput input : inputs(file)) {
        readThrough(input, file.getFileName().toString());
      }
    } catch (Throwable t) {
      Refusals.check(t, Refusals.INPUT, file.getFileName().toString());
    } finally {
      Files.delete(file);
    }
  }

  /** As the ingest expands a file ({@code InputFiles}): a zip archive's entries, else the file itself. */
  private static List<SourceInput> inputs(Path file) throws IOException {
    boolean zip = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")
        || Compression.isZip(Files.readAllBytes(file));
    if (!zip) {
      return List.of(SourceInput.of(file, LIMITS));
    }
    List<SourceInput> out = new ArrayList<>();
    for (ZipEntries.Entry e : ZipEntries.list(file, LIMITS)) {
      out.add(e.input());
    }
    return out;
  }

  /** Decompresses and decodes to the end, then reads with the detected source. */
  private static void readThrough(SourceInput input, String fileName) throws Throwable {
    try (DecodedText text = input.openText()) {
      char[] buf = new char[8192];
      while (text.read(buf) >= 0) {
        // to the end: damage anywhere in the stream is met
      }
    }
    try (InputStream raw = input.open()) {
      raw.transferTo(java.io.OutputStream.nullOutputStream());
    }
    FileSniff.of(input);
    Source source = SOURCES.detect(input);
    SourceReads.read(source, input, new Refusals.CheckingSink(fileName));
  }
}
