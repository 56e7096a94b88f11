package dev.chorus.collect;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where each collector stopped: {@code WORKSPACE/collect/cursors.json}, one entry per {@code kind target} with the
 * platform's own position values ({@code newest_id}, {@code etag}, {@code since}, ...). Written through a temporary
 * file and an atomic move, so a killed run leaves the previous cursors intact.
 */
public final class CursorStore {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();
  private static final TypeReference<TreeMap<String, TreeMap<String, String>>> TYPE = new TypeReference<>() {};

  private final Path file;

  public CursorStore(Path file) {
    this.file = file;
  }

  /** The position saved for a collector, empty when it never ran. */
  public Map<String, String> get(String key) throws IOException {
    return Map.copyOf(all().getOrDefault(key, new TreeMap<>()));
  }

  public void put(String key, Map<String, String> cursor) throws IOException {
    TreeMap<String, TreeMap<String, String>> all = all();
    all.put(key, new TreeMap<>(cursor));
    Files.createDirectories(file.getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    MAPPER.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), all);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private TreeMap<String, TreeMap<String, String>> all() throws IOException {
    if (!Files.exists(file)) {
      return new TreeMap<>();
    }
    try {
      return MAPPER.readValue(file.toFile(), TYPE);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new IllegalArgumentException(file + ": not a cursor file (expected an object of objects of strings): "
          + e.getOriginalMessage() + "; delete it to start the collectors afresh");
    }
  }
}
