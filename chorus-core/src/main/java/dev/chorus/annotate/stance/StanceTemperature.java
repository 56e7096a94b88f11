package dev.chorus.annotate.stance;

import dev.chorus.classify.TemperatureScaling;
import dev.chorus.classify.TextClassifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The temperature of the stance models' confidences, chosen last in the tuning, on the same inner blocked split as the
 * settings and the embedding weight: one t for all targets ({@link TemperatureScaling}), fitted on the inner held-out
 * posts' probabilities from the chosen settings. One t rather than one per target: about 100 held-out posts per target
 * fit a temperature poorly, and the over-confidence it corrects comes from the file's order, shared by its targets.
 * Models with decision weights keep their confidences (tempering would change their labels), and their posts are left
 * out of the fit.
 */
final class StanceTemperature {
  private StanceTemperature() {}

  /**
   * The choices with the temperature their models' confidences are to be divided by.
   *
   * @param chosen the settings chosen per target
   * @param runs trained on the inner split's training part
   * @param valid the inner split's held-out part
   */
  static Map<String, StanceTuning.Choice> choose(Map<String, StanceTuning.Choice> chosen, CandidateRuns runs,
      List<StanceExample> valid) {
    List<double[]> probabilities = new ArrayList<>();
    List<Integer> gold = new ArrayList<>();
    for (StanceExample e : valid) {
      String t = StanceLabels.targetId(e.target());
      TextClassifier c = runs.classifier(chosen.get(t).candidate(), t);
      if (c.picksMostProbable()) {
        probabilities.add(c.probabilities(e.text()));
        gold.add(c.labels().indexOf(e.stance()));
      }
    }
    double temperature = TemperatureScaling.fit(probabilities, gold.stream().mapToInt(Integer::intValue).toArray());
    Map<String, StanceTuning.Choice> out = new LinkedHashMap<>();
    chosen.forEach((t, c) -> out.put(t, runs.classifier(c.candidate(), t).picksMostProbable()
        ? c.withTemperature(temperature) : c));
    return out;
  }
}
