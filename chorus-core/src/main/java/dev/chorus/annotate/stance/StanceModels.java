package dev.chorus.annotate.stance;

import dev.chorus.classify.ClassifierTrainer;
import dev.chorus.classify.LabeledText;
import dev.chorus.classify.Prediction;
import dev.chorus.classify.TextClassifier;
import dev.chorus.classify.TrainingSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One classifier per debate target, by target id: a post's stance depends on the target, and the words that signal
 * favour toward one target signal nothing about another. Immutable and thread-safe.
 */
public final class StanceModels {
  private final Map<String, TextClassifier> byTarget;

  public StanceModels(Map<String, TextClassifier> byTarget) {
    this.byTarget = Map.copyOf(byTarget);
  }

  /** Trains one classifier per target found in the examples. */
  public static StanceModels train(List<StanceExample> examples, TrainingSettings settings) {
    Map<String, List<LabeledText>> byTarget = new LinkedHashMap<>();
    for (StanceExample e : examples) {
      byTarget.computeIfAbsent(StanceLabels.targetId(e.target()), t -> new ArrayList<>())
          .add(new LabeledText(e.text(), e.stance()));
    }
    Map<String, TextClassifier> models = new LinkedHashMap<>();
    ClassifierTrainer trainer = new ClassifierTrainer(settings);
    byTarget.forEach((target, list) -> {
      try {
        models.put(target, trainer.train(list));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("target '" + target + "': " + e.getMessage(), e);
      }
    });
    return new StanceModels(models);
  }

  public Set<String> targets() {
    return byTarget.keySet();
  }

  public TextClassifier classifier(String targetId) {
    TextClassifier c = byTarget.get(targetId);
    if (c == null) {
      throw new IllegalArgumentException("no stance model for target '" + targetId + "' (models: " + targets() + ")");
    }
    return c;
  }

  public Prediction predict(String targetId, String text) {
    return classifier(targetId).predict(text);
  }
}
