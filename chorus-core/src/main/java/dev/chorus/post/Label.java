package dev.chorus.post;

/**
 * One automated (or human) label on a post: its value, the confidence of whoever set it (a calibrated probability for
 * models, 1.0 for rules), and the id of the annotator that set it.
 *
 * @param value the label, e.g. "fa", "against", "appeasement", "IRGC"; "uncertain" when a model is not sure enough
 * @param confidence in [0,1]
 * @param annotator id of the annotator that produced it
 */
public record Label(String value, double confidence, String annotator) {
  public static final String UNCERTAIN = "uncertain";
  public static final String UNDETERMINED = "und";

  /** A model's label with its probability as confidence, kept inside [0,1] (NaN becomes 0). */
  public static Label ofProbability(String value, double probability, String annotator) {
    return new Label(value, Double.isNaN(probability) ? 0 : Math.max(0, Math.min(1, probability)), annotator);
  }

  public Label {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("label value is blank");
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence " + confidence + " is not in [0,1]");
    }
  }
}
