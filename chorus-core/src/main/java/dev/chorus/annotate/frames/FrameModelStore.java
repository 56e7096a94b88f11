package dev.chorus.annotate.frames;

import dev.chorus.classify.ModelCard;
import dev.chorus.classify.TextClassifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The frame models of a workspace: {@code MODELS/frames/<frame-id>.model} with {@code <frame-id>.card.json} beside it.
 * Each card holds the model file's SHA-256, the frame's assignment threshold (chosen by cross-validation) and its
 * held-out scores. Training replaces the whole set: files of frames no longer trained are removed, so the annotator
 * never mixes models trained on different data.
 *
 * @param dir the {@code frames} folder under the workspace's models folder
 */
public record FrameModelStore(Path dir) {
  public static FrameModelStore in(Path modelsDir) {
    return new FrameModelStore(modelsDir.resolve("frames"));
  }

  public Path modelFile(String frame) {
    return dir.resolve(frame + ".model");
  }

  /** Frame ids with a saved model, sorted. */
  public List<String> frames() throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".model"))
          .map(n -> n.substring(0, n.length() - ".model".length())).sorted().toList();
    }
  }

  /** Saves every frame's model with its card (model hash filled in), after removing the previous set. */
  public List<ModelCard> saveAll(FrameModel model, Map<String, ModelCard> cards) throws IOException {
    Files.createDirectories(dir);
    for (String old : frames()) {
      Files.deleteIfExists(ModelCard.cardFile(modelFile(old)));
      Files.deleteIfExists(modelFile(old));
    }
    List<ModelCard> saved = new ArrayList<>();
    for (String frame : model.frames()) {
      Path file = modelFile(frame);
      model.classifier(frame).classifier().save(file);
      ModelCard c = cards.get(frame);
      ModelCard done = new ModelCard(c.name(), c.trainingFile(), c.trainingSha256(), c.examples(), c.labelCounts(),
          c.trainedAt(), c.settings(), c.threshold(), c.crossValidation(), ModelCard.sha256(file));
      done.save(ModelCard.cardFile(file));
      saved.add(done);
    }
    return saved;
  }

  /** The saved model (thresholds from the cards) and the SHA-256 of each model file, by frame. */
  public record Loaded(FrameModel model, Map<String, ModelCard> cards, Map<String, String> sha256) {}

  public Loaded load() throws IOException {
    Map<String, FrameModel.FrameClassifier> models = new LinkedHashMap<>();
    Map<String, ModelCard> cards = new LinkedHashMap<>();
    Map<String, String> hashes = new LinkedHashMap<>();
    for (String f : frames()) {
      Path file = modelFile(f);
      Path cardFile = ModelCard.cardFile(file);
      if (!Files.exists(cardFile)) {
        throw new IOException(cardFile + ": model card missing for " + file);
      }
      ModelCard card = ModelCard.load(cardFile);
      models.put(f, new FrameModel.FrameClassifier(TextClassifier.load(file), card.threshold()));
      cards.put(f, card);
      hashes.put(f, ModelCard.sha256(file));
    }
    return new Loaded(new FrameModel(models), cards, hashes);
  }
}
