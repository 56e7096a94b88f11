package dev.chorus.annotate.stance;

import dev.chorus.classify.ModelCard;
import dev.chorus.classify.TextClassifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The stance models of a workspace: {@code MODELS/stance/<target-id>.model} with {@code <target-id>.card.json} beside
 * it. The card holds the model file's SHA-256 and the confidence threshold.
 *
 * @param dir the {@code stance} folder under the workspace's models folder
 */
public record StanceModelStore(Path dir) {
  public static StanceModelStore in(Path modelsDir) {
    return new StanceModelStore(modelsDir.resolve("stance"));
  }

  public Path modelFile(String targetId) {
    return dir.resolve(targetId + ".model");
  }

  /** Target ids with a saved model, sorted. */
  public List<String> targets() throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".model"))
          .map(n -> n.substring(0, n.length() - ".model".length())).sorted().toList();
    }
  }

  /** Saves a model and its card (with the model's hash filled in); returns the card as saved. */
  public ModelCard save(String targetId, TextClassifier model, ModelCard card) throws IOException {
    Files.createDirectories(dir);
    Path file = modelFile(targetId);
    model.save(file);
    ModelCard saved = new ModelCard(card.name(), card.trainingFile(), card.trainingSha256(), card.examples(),
        card.labelCounts(), card.trainedAt(), card.settings(), card.threshold(), card.crossValidation(),
        ModelCard.sha256(file));
    saved.save(ModelCard.cardFile(file));
    return saved;
  }

  /** A loaded model with its card and the SHA-256 of its file. */
  public record Loaded(TextClassifier model, ModelCard card, String sha256) {}

  public Map<String, Loaded> loadAll() throws IOException {
    Map<String, Loaded> out = new LinkedHashMap<>();
    for (String t : targets()) {
      Path file = modelFile(t);
      Path cardFile = ModelCard.cardFile(file);
      if (!Files.exists(cardFile)) {
        throw new IOException(cardFile + ": model card missing for " + file);
      }
      out.put(t, new Loaded(TextClassifier.load(file), ModelCard.load(cardFile), ModelCard.sha256(file)));
    }
    return out;
  }
}
