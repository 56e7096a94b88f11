package dev.chorus.classify;

import java.util.Map;

/**
 * A classifier's answer for one text.
 *
 * @param label the most probable label
 * @param confidence its calibrated probability
 * @param probabilities every label's calibrated probability (summing to 1)
 */
public record Prediction(String label, double confidence, Map<String, Double> probabilities) {
  public Prediction {
    probabilities = Map.copyOf(probabilities);
  }
}
