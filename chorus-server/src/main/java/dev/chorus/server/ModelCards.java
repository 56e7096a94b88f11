package dev.chorus.server;

import dev.chorus.models.ModelCardList;
import dev.chorus.models.ModelRegistry;
import java.io.IOException;
import java.nio.file.Path;

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
  ModelCardList list(String key) throws IOException {
    return new ModelCardList(registry.cards(key));
  }
}
