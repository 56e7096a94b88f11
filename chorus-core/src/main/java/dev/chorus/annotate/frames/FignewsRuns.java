package dev.chorus.annotate.frames;

import dev.chorus.classify.ClassifierTrainer;
import dev.chorus.classify.LabeledText;
import dev.chorus.classify.TextClassifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Trains FIGNEWS candidates of one label set on one set of rows, sharing what they can: vectors are built once per
 * features and fields, and the most-probable-class and macro-F1-weighted candidates of one setting share one trained
 * model (they differ only in the decision). Not thread-safe; one per training set.
 */
final class FignewsRuns {
  private final List<FignewsRow> rows;
  private final FignewsLabelSet set;
  private final List<String> classes;
  private final Map<List<Object>, ClassifierTrainer.Prepared> prepared = new HashMap<>();
  private final Map<List<Object>, TextClassifier> trained = new HashMap<>();

  /**
   * @param rows training rows, each with a gold class of {@code classes}
   */
  FignewsRuns(List<FignewsRow> rows, FignewsLabelSet set, List<String> classes) {
    this.rows = rows;
    this.set = set;
    this.classes = classes;
  }

  /** The candidate's predictor of the set's class from a row. */
  Function<FignewsRow, String> predictor(FrameCandidate c) {
    if (c.method() == FignewsEvaluation.Method.OVR) {
      List<FrameExample> ex = rows.stream()
          .map(r -> new FrameExample(r.line(), r.input(c.fields()), Set.of(set.gold(r)), r.lang())).toList();
      FrameModel m = new FrameTrainer(c.settings(), 0).train(ex, classes).model();
      return r -> argmax(m.probabilities(r.input(c.fields())));
    }
    // trained with macro-F1 weights; the plain softmax candidate is the same model deciding without them
    var s = c.settings().withFocusLabels(List.of());
    TextClassifier model = trained.computeIfAbsent(List.of(s, c.fields()), k -> {
      ClassifierTrainer.Prepared p = prepared.computeIfAbsent(List.of(ClassifierTrainer.preparedKey(s), c.fields()),
          x -> ClassifierTrainer.prepare(s, rows.stream().map(r -> new LabeledText(r.input(c.fields()),
              set.gold(r))).toList()));
      return new ClassifierTrainer(s).train(p);
    });
    TextClassifier decide = c.method() == FignewsEvaluation.Method.SOFTMAX_F1 ? model
        : model.withoutDecisionWeights();
    return r -> decide.predict(r.input(c.fields())).label();
  }

  private static String argmax(Map<String, Double> p) {
    return p.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }
}
