package dev.chorus.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.json.JsonConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The model cards of a workspace ({@code WORKSPACE/models/**}{@code /*.card.json}), read-only, for the dashboard to
 * link every model-made label to the card that says what the model was trained on and how well it did. A card is
 * shown as written; one that is not JSON is listed with its error, so one bad file hides nothing else.
 */
final class ModelCards {
  private static final String SUFFIX = ".card.json";
  private static final int MAX_DEPTH = 4;

  private final Path dir;
  private final ObjectMapper json = JsonConfig.mapper();

  ModelCards(Path dir) {
    this.dir = dir;
  }

  /**
   * Every card, or those whose label key is {@code key} ({@code stance:us-iran-talks}, {@code frame}). The label
   * key is the card's {@code name} (what the model predicts, the annotation key of its labels), else the folder
   * ({@code stance/x.card.json}: {@code stance:x}).
   */
  Map<String, Object> list(String key) throws IOException {
    List<Map<String, Object>> cards = new ArrayList<>();
    if (Files.isDirectory(dir)) {
      List<Path> files;
      try (Stream<Path> s = Files.walk(dir, MAX_DEPTH)) {
        files = s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted()
            .toList();
      }
      for (Path f : files) {
        Map<String, Object> card = card(f);
        if (key == null || key.equals(card.get("label_key"))) {
          cards.add(card);
        }
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("models", cards);
    return out;
  }

  private Map<String, Object> card(Path file) {
    String relative = dir.relativize(file).toString().replace('\\', '/');
    String id = relative.substring(0, relative.length() - SUFFIX.length());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    JsonNode card = null;
    try {
      card = json.readTree(file.toFile());
    } catch (IOException e) {
      m.put("error", "not readable as JSON: " + e.getMessage().lines().findFirst().orElse(""));
    }
    String name = card != null && card.path("name").isTextual() ? card.get("name").asText() : null;
    int slash = id.indexOf('/');
    m.put("label_key", name != null ? name : slash < 0 ? id : id.substring(0, slash) + ":" + id.substring(slash + 1));
    m.put("card", card);
    return m;
  }
}
