package dev.chorus.ingest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.json.JsonConfig;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * NDJSON file of rejected records ({@code file}, {@code record}, {@code reason}, {@code raw}), created on the first
 * reject so that clean runs leave nothing behind. Record 0 stands for the whole file.
 */
final class RejectsFile implements Closeable {
  private final Path path;
  private final ObjectMapper mapper = JsonConfig.mapper();
  private OutputStream out;

  RejectsFile(Path path) {
    this.path = path;
  }

  void write(String file, long record, String reason, String raw) throws IOException {
    try {
      append(file, record, reason, raw);
    } catch (IOException e) {
      throw WriteFailure.of("the rejects file " + path, e, "the posts committed before are intact; free space and "
          + "run the same ingest again: it completes the run without duplicates");
    }
  }

  private void append(String file, long record, String reason, String raw) throws IOException {
    if (out == null) {
      Files.createDirectories(path.getParent());
      out = Files.newOutputStream(path);
    }
    try (JsonGenerator g = mapper.getFactory().createGenerator(new NonClosing(out))) {
      g.writeStartObject();
      g.writeStringField("file", file);
      g.writeNumberField("record", record);
      g.writeStringField("reason", reason);
      g.writeStringField("raw", raw == null ? "" : raw);
      g.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  /** The file's path, or null when nothing was rejected. */
  String pathIfWritten() {
    return out == null ? null : path.toString();
  }

  @Override
  public void close() throws IOException {
    if (out != null) {
      out.close();
    }
  }

  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
