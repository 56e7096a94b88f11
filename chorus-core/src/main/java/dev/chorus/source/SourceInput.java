package dev.chorus.source;

import dev.chorus.source.input.Compression;
import dev.chorus.source.input.DecodedText;
import dev.chorus.source.input.InputLimits;
import dev.chorus.source.input.TextEncodings;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One input file that can be opened more than once (sources that must check a whole document before emitting posts
 * read it twice). Compressed files ({@link Compression}) are decompressed transparently, told by their first bytes; {@link #openText} also
 * decodes, by the byte-order mark ({@link TextEncodings}).
 */
public interface SourceInput {
  /** Name used in messages and provenance. */
  String name();

  /**
   * Opens a fresh stream positioned at the start of the (decompressed) bytes, byte-order mark included: for parsers
   * that detect the encoding themselves (Jackson, ROME's XML reader).
   */
  InputStream open() throws IOException;

  /**
   * Opens the content as text: decoded by its byte-order mark (UTF-8 without one), the mark dropped; undecodable bytes
   * become U+FFFD and their lines are known ({@link DecodedText#replacedWithin}).
   */
  default DecodedText openText() throws IOException {
    return TextEncodings.reader(open());
  }

  /** A file, decompressed by what its first bytes show ({@link Compression}), within the process's limits. */
  static SourceInput of(Path path) {
    return of(path, InputLimits.current());
  }

  static SourceInput of(Path path, InputLimits limits) {
    return new SourceInput() {
      @Override
      public String name() {
        return path.toString();
      }

      @Override
      public InputStream open() throws IOException {
        return Compression.decompressed(new BufferedInputStream(Files.newInputStream(path), 1 << 16), name(),
            limits);
      }
    };
  }

  static SourceInput ofBytes(String name, byte[] bytes) {
    return new SourceInput() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public InputStream open() {
        return new ByteArrayInputStream(bytes);
      }
    };
  }

  static SourceInput ofString(String name, String content) {
    return ofBytes(name, content.getBytes(StandardCharsets.UTF_8));
  }
}
