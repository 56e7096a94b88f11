package dev.chorus.source;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * One input file that can be opened more than once (sources that must check a whole document before emitting posts
 * read it twice). Files ending in {@code .gz} are decompressed transparently.
 */
public interface SourceInput {
  /** Name used in messages and provenance. */
  String name();

  /** Opens a fresh stream positioned at the start of the (decompressed) content. */
  InputStream open() throws IOException;

  static SourceInput of(Path path) {
    return new SourceInput() {
      @Override
      public String name() {
        return path.toString();
      }

      @Override
      public InputStream open() throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        return path.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
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
