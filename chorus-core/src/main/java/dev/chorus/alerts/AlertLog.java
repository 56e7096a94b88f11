package dev.chorus.alerts;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.json.JsonConfig;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The workspace's alert log, {@code WORKSPACE/alerts/alerts.ndjson}: one alert a line, oldest first, appended and
 * forced to disk before it is reported, so that an alert once shown is never lost and never fires again. A line that
 * cannot be read (a write cut by a crash) is skipped with the rest kept.
 */
public final class AlertLog {
  private static final ObjectMapper JSON = JsonConfig.mapper();
  private final Path file;

  public AlertLog(Path file) {
    this.file = file;
  }

  public static AlertLog of(Path workspace) {
    return new AlertLog(workspace.resolve("alerts").resolve("alerts.ndjson"));
  }

  public Path file() {
    return file;
  }

  /** Every alert written so far, oldest first. */
  public List<Alert> read() throws IOException {
    List<Alert> out = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      return out;
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      try {
        out.add(JSON.readValue(line, Alert.class));
      } catch (IOException cutShort) {
        // the last line of a write a crash cut short; the alert fires again on the next check
      }
    }
    return out;
  }

  /** Appends {@code alerts} and forces them to disk. */
  public void append(List<Alert> alerts) throws IOException {
    if (alerts.isEmpty()) {
      return;
    }
    Files.createDirectories(file.getParent());
    StringBuilder lines = new StringBuilder();
    for (Alert a : alerts) {
      lines.append(JSON.writeValueAsString(a)).append('\n');
    }
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.APPEND)) {
      ByteBuffer bytes = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
      while (bytes.hasRemaining()) {
        ch.write(bytes);
      }
      ch.force(true);
    }
  }
}
