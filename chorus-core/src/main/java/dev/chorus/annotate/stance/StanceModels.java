package dev.chorus.annotate.stance;

import dev.chorus.classify.ClassifierTrainer;
import dev.chorus.classify.DomainAdaptedTrainer;
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

  /**
   * Trains one classifier per target from a joint model over all targets with target-specific feature copies
   * ({@link DomainAdaptedTrainer}), so targets share what signals stance in general.
   */
  public static StanceModels trainJoint(List<StanceExample> examples, TrainingSettings settings) {
    return trainJoint(examples, settings, false);
  }

  /**
   * As {@link #trainJoint(List, TrainingSettings)}; with {@code withSeparate} each target's classifier also carries
   * an independent per-target model, combined with the joint one in its calibration.
   */
  public static StanceModels trainJoint(List<StanceExample> examples, TrainingSettings settings,
      boolean withSeparate) {
    Map<String, List<LabeledText>> byTarget = new LinkedHashMap<>();
    for (StanceExample e : examples) {
      byTarget.computeIfAbsent(StanceLabels.targetId(e.target()), t -> new ArrayList<>())
          .add(new LabeledText(e.text(), e.stance()));
    }
    if (byTarget.size() < 2) {
      return train(examples, settings);
    }
    return new StanceModels(new DomainAdaptedTrainer(settings, withSeparate).train(byTarget));
  }

  /** Per-target classifiers trained as {@code modelling} says. */
  public static StanceModels train(List<StanceExample> examples, TrainingSettings settings,
      StanceModelling modelling) {
    return switch (modelling) {
      case PER_TARGET -> train(examples, settings);
      case JOINT -> trainJoint(examples, settings, false);
      case COMBINED -> trainJoint(examples, settings, true);
    };
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
