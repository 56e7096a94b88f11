package dev.chorus.models;

import dev.chorus.classify.ModelCard;
import dev.chorus.classify.TextClassifier;
import dev.chorus.hash.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One kind of trained model in a workspace (stance per target, frames per frame): {@code MODELS/<kind>/<id>.model}
 * with {@code <id>.card.json} beside it. The card as saved holds the model file's SHA-256, its threshold and its
 * held-out scores; the annotators stamp labels with that hash.
 *
 * @param dir the kind's folder under the workspace's models folder
 */
public record ModelStore(Path dir) {
  private static final String MODEL_SUFFIX = ".model";

  /** The folder of one kind of model ({@code stance}, {@code frames}) under a models folder. */
  public static ModelStore in(Path modelsDir, String kind) {
    return new ModelStore(modelsDir.resolve(kind));
  }

  public Path modelFile(String id) {
    return dir.resolve(id + MODEL_SUFFIX);
  }

  /** Ids with a saved model, sorted. */
  public List<String> ids() throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(MODEL_SUFFIX))
          .map(n -> n.substring(0, n.length() - MODEL_SUFFIX.length())).sorted().toList();
    }
  }

  /** Saves a model and its card with the model file's hash filled in; returns the card as saved. */
  public ModelCard save(String id, TextClassifier model, ModelCard card) throws IOException {
    Files.createDirectories(dir);
    Path file = modelFile(id);
    model.save(file);
    ModelCard saved = new ModelCard(card.name(), card.trainingFile(), card.trainingSha256(), card.examples(),
        card.labelCounts(), card.trainedAt(), card.settings(), card.threshold(), card.crossValidation(),
        Sha256.hex(file), card.development(), card.temperature());
    saved.save(ModelCard.cardFile(file));
    return saved;
  }

  /**
   * Replaces the whole set: the models of ids not in {@code models} are removed first, so an annotator never mixes
   * models trained on different data. Returns the cards as saved, in the order of {@code models}.
   */
  public List<ModelCard> replaceAll(Map<String, TextClassifier> models, Map<String, ModelCard> cards)
      throws IOException {
    for (String old : ids()) {
      Files.deleteIfExists(ModelCard.cardFile(modelFile(old)));
      Files.deleteIfExists(modelFile(old));
    }
    List<ModelCard> saved = new ArrayList<>();
    for (Map.Entry<String, TextClassifier> e : models.entrySet()) {
      saved.add(save(e.getKey(), e.getValue(), cards.get(e.getKey())));
    }
    return saved;
  }

  /** A loaded model with its card and the SHA-256 of its file. */
  public record Loaded(TextClassifier model, ModelCard card, String sha256) {}

  /** Every saved model by id (sorted); a model without its card is an error, as its labels could not be traced. */
  public Map<String, Loaded> loadAll() throws IOException {
    Map<String, Loaded> out = new LinkedHashMap<>();
    for (String id : ids()) {
      Path file = modelFile(id);
      Path cardFile = ModelCard.cardFile(file);
      if (!Files.exists(cardFile)) {
        throw new IOException(cardFile + ": model card missing for " + file);
      }
      out.put(id, new Loaded(TextClassifier.load(file), ModelCard.load(cardFile), Sha256.hex(file)));
    }
    return out;
  }
}
