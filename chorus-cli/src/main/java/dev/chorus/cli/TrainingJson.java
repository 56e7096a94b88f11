package dev.chorus.cli;

import dev.chorus.json.JsonConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.classify.ModelCard;
import java.nio.file.Path;
import java.util.List;

/** The {@code --json} of {@code train stance|frames}: where the models went, what they learnt from, their cards. */
final class TrainingJson {
  private TrainingJson() {}

  /** The fields every training prints first. */
  static ObjectNode summary(Path modelsDir, int examples, int skipped, double seconds) {
    ObjectNode o = JsonConfig.mapper().createObjectNode();
    o.put("models_dir", modelsDir.toString());
    o.put("examples", examples);
    o.put("skipped", skipped);
    o.put("train_seconds", Math.round(seconds * 100) / 100.0);
    return o;
  }

  /** The cards as the last field, {@code models}. */
  static ObjectNode withCards(ObjectNode summary, List<ModelCard> cards) {
    ArrayNode models = summary.putArray("models");
    cards.forEach(c -> models.add(card(c)));
    return summary;
  }

  /** A card as written to its file (camelCase fields, ISO time), so the printed card is the saved one. */
  static JsonNode card(ModelCard card) {
    try {
      return JsonConfig.mapper().readTree(card.toJson());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
