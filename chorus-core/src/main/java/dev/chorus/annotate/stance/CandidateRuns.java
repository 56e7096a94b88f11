package dev.chorus.annotate.stance;

import dev.chorus.classify.ClassifierTrainer;
import dev.chorus.classify.LabeledText;
import dev.chorus.classify.TextClassifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains stance candidates on one set of examples, sharing what they can: each target's vectors are built once for
 * all per-target candidates with the same features, candidates that differ only in decision weights share one
 * trained model, and the combined model is trained once per setting. Not thread-safe; one per training set.
 */
final class CandidateRuns {
  private final List<StanceExample> examples;
  private final Map<String, List<LabeledText>> byTarget = new LinkedHashMap<>();
  private final Map<List<Object>, ClassifierTrainer.Prepared> prepared = new HashMap<>();
  private final Map<StanceCandidate.TrainKey, StanceModels> combined = new HashMap<>();
  private final Map<List<Object>, TextClassifier> perTarget = new HashMap<>();

  CandidateRuns(List<StanceExample> examples) {
    this.examples = examples;
    for (StanceExample e : examples) {
      byTarget.computeIfAbsent(StanceLabels.targetId(e.target()), t -> new ArrayList<>())
          .add(new LabeledText(e.text(), e.stance()));
    }
  }

  List<String> targets() {
    return List.copyOf(byTarget.keySet());
  }

  /** The candidate's classifier for one target, trained on that target's examples (or all, when combined). */
  TextClassifier classifier(StanceCandidate c, String target) {
    TextClassifier model = trained(c, target);
    return switch (c.decision()) {
      case RAW -> model.withRawDecision();
      case CALIBRATED -> model.withoutDecisionWeights();
      case F_AVG_WEIGHTS -> model;
    };
  }

  /** The candidate's classifiers of every target. */
  StanceModels models(StanceCandidate c) {
    Map<String, TextClassifier> m = new LinkedHashMap<>();
    targets().forEach(t -> m.put(t, classifier(c, t)));
    return new StanceModels(m);
  }

  private TextClassifier trained(StanceCandidate c, String target) {
    if (c.modelling() != StanceModelling.PER_TARGET && byTarget.size() > 1) {
      return combined.computeIfAbsent(c.trainKey(), k -> StanceModels.train(examples, k.settings(), k.modelling()))
          .classifier(target);
    }
    List<Object> key = List.of(c.trainKey().settings(), target);
    TextClassifier model = perTarget.get(key);
    if (model == null) {
      // prepared once for every setting (and embedding weight) that shares the vectors
      ClassifierTrainer.Prepared p = prepared.computeIfAbsent(
          List.of(ClassifierTrainer.preparedKey(c.settings()), target),
          k -> ClassifierTrainer.prepare(c.settings(), byTarget.get(target)));
      try {
        model = new ClassifierTrainer(c.settings()).train(p);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("target '" + target + "': " + e.getMessage(), e);
      }
      perTarget.put(key, model);
    }
    return model;
  }
}
