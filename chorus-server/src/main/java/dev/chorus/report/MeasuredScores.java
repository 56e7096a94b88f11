package dev.chorus.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.models.ModelRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What each trained model of a workspace was measured to score, one line per readable model card
 * ({@code stance:talks F_avg 0.61 [0.55-0.67] (development protocol)}): the report's Method section lists them and the
 * dashboard's help quotes them, so a caveat about model-made labels names the measured figures, not a promise.
 */
public final class MeasuredScores {
  /** How to read the lines: which of their scores are optimistic. */
  public static final String CAVEAT = "Scores cross-validated on the training examples are optimistic; the "
      + "development protocol's estimate is for new posts.";

  private MeasuredScores() {}

  /** A line per readable card under {@code modelsDir}, sorted by path; cards that are not JSON are left out. */
  public static List<String> of(Path modelsDir) throws IOException {
    List<String> lines = new ArrayList<>();
    for (ModelRegistry.CardEntry e : new ModelRegistry(modelsDir).cards(null)) {
      if (e.error() == null) {
        lines.add(e.labelKey() + " " + measured(e.card()));
      }
    }
    return lines;
  }

  /** The development protocol's estimate when the card has one, else the cross-validated score, else that none is. */
  private static String measured(JsonNode card) {
    JsonNode estimate = card.path("development").path("estimate");
    if (estimate.has("f_avg")) {
      return String.format(Locale.ROOT, "F_avg %.2f [%.2f-%.2f] (development protocol)",
          estimate.get("f_avg").asDouble(), estimate.path("ci95_low").asDouble(), estimate.path("ci95_high").asDouble());
    }
    JsonNode cv = card.has("crossValidation") ? card.get("crossValidation") : card.path("cross_validation");
    for (String metric : List.of("f_avg", "macro_f1", "f1", "accuracy")) {
      if (cv.has(metric)) {
        return String.format(Locale.ROOT, "%s %.2f (cross-validated, %d examples)",
            metric, cv.get(metric).asDouble(), card.path("examples").asInt());
      }
    }
    return "not measured (its card records no score; " + card.path("examples").asInt() + " examples)";
  }
}
