package dev.chorus.post;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One automated (or human) label on a post: its value, the confidence of whoever set it (a calibrated probability for
 * models, 1.0 for rules), the id of the annotator that set it and, for a calibrated model, the probability of every
 * class it chose among.
 *
 * @param value the label, e.g. "fa", "against", "appeasement", "IRGC"; "uncertain" when a model is not sure enough
 * @param confidence in [0,1]
 * @param annotator id of the annotator that produced it
 * @param probabilities the calibrated probability of each class (by class, in class order), null when the annotator
 *     gives none (rules, older posts); kept so that shares can be estimated as mean probabilities, not only counted
 */
public record Label(String value, double confidence, String annotator, Map<String, Double> probabilities) {
  public static final String UNCERTAIN = "uncertain";
  public static final String UNDETERMINED = "und";
  /** Probabilities are kept to this many decimals: finer than any calibration, and a short stored body. */
  private static final double PROBABILITY_SCALE = 10_000;

  /** A label without class probabilities (a rule's, or a model's that gives only its answer). */
  public Label(String value, double confidence, String annotator) {
    this(value, confidence, annotator, null);
  }

  /** A model's label with its probability as confidence, kept inside [0,1] (NaN becomes 0). */
  public static Label ofProbability(String value, double probability, String annotator) {
    return new Label(value, unit(probability), annotator);
  }

  /**
   * A calibrated model's label with its probability as confidence and every class's probability (each kept inside
   * [0,1] and rounded to four decimals).
   */
  public static Label ofProbabilities(String value, double probability, String annotator,
      Map<String, Double> probabilities) {
    Map<String, Double> rounded = new TreeMap<>();
    probabilities.forEach((c, p) -> rounded.put(c, Math.round(unit(p) * PROBABILITY_SCALE) / PROBABILITY_SCALE));
    return new Label(value, unit(probability), annotator, rounded);
  }

  private static double unit(double p) {
    return Double.isNaN(p) ? 0 : Math.max(0, Math.min(1, p));
  }

  public Label {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("label value is blank");
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence " + confidence + " is not in [0,1]");
    }
    if (probabilities != null) {
      // sorted by class: the stored body (and its hash) is the same whatever order the model listed its classes in
      probabilities = Collections.unmodifiableMap(new TreeMap<>(probabilities));
      probabilities.forEach((c, p) -> {
        if (p == null || !(p >= 0 && p <= 1)) {
          throw new IllegalArgumentException("probability " + p + " of class " + c + " is not in [0,1]");
        }
      });
    }
  }
}
