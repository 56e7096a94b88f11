package dev.chorus.server;

import dev.chorus.models.ModelRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/models}: the workspace's model cards from the {@link ModelRegistry}, read-only, for the dashboard to
 * link every model-made label to the card that says what the model was trained on and how well it did.
 */
final class ModelCards {
  private final ModelRegistry registry;

  ModelCards(Path dir) {
    this.registry = new ModelRegistry(dir);
  }

  /** Every card, or those whose label key is {@code key} ({@code stance:us-iran-talks}, {@code frame}). */
  Map<String, Object> list(String key) throws IOException {
    List<Map<String, Object>> cards = new ArrayList<>();
    for (ModelRegistry.CardEntry e : registry.cards(key)) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", e.id());
      if (e.error() != null) {
        m.put("error", e.error());
      }
      m.put("label_key", e.labelKey());
      m.put("card", e.card());
      cards.add(m);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("models", cards);
    return out;
  }
}
