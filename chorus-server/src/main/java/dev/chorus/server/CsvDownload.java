package dev.chorus.server;

import java.io.IOException;
import java.io.Writer;

/** A CSV body streamed to the client as a file download named {@code fileName}. */
public record CsvDownload(String fileName, Body body) {
  /** Writes the CSV. */
  @FunctionalInterface
  public interface Body {
    void write(Writer out) throws IOException;
  }
}
