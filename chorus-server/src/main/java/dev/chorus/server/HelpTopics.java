package dev.chorus.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.analysis.Analyses;
import dev.chorus.analysis.Analysis;
import dev.chorus.models.ModelRegistry;
import dev.chorus.report.HtmlReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /api/help}: the texts behind the dashboard's "?" buttons, from one home each. Every registered analysis is a
 * topic with its {@link Analysis#summary()} and {@link Analysis#help()} (the footer of {@code chorus ID --help} too);
 * {@code alerts} is the alerts route's; {@code models} is derived from the workspace's model cards (what each model
 * was measured to score), so a caveat about model-made labels names the measured figures, not a promise. The page
 * says which topics each panel shows ({@code data-help="cohorts models"}). Each topic links to the part of the
 * report's Method section that says how its labels were made ({@code method}, served at {@code /api/method.html}):
 * the models topic to the trained models, every other one to the whole section.
 */
final class HelpTopics {
  static final String ALERTS = "Surges and shifts found by the rules of alerts.yaml (or the defaults: surges of all "
      + "posts, hashtags, frames and cohorts per day; stance shifts where a cohort's share in the latest bucket and "
      + "in its baseline have 95% Wilson intervals that do not overlap). Evaluated after each collection and by "
      + "chorus alerts check; a row lists the posts behind it.";

  /** The route of the report's Method section ({@link ChorusApi#method}). */
  static final String METHOD_PAGE = "/api/method.html";

  private final ModelRegistry models;

  HelpTopics(Path modelsDir) {
    this.models = new ModelRegistry(modelsDir);
  }

  /** Topic id to {@code title} and {@code text}. */
  Map<String, Object> all() throws IOException {
    Map<String, Object> topics = new LinkedHashMap<>();
    for (Analysis<?, ?> a : Analyses.ALL) {
      topics.put(a.id(), topic(a.summary(), a.help(), "chorus " + a.id() + " --help", HtmlReport.METHOD_ANCHOR));
    }
    topics.put("alerts", topic("Alerts", ALERTS, "chorus alerts --help", HtmlReport.METHOD_ANCHOR));
    topics.put("models", topic("Model-made labels", modelsText(), "chorus eval stance --help",
        HtmlReport.MODELS_ANCHOR));
    return Map.of("topics", topics);
  }

  private static Map<String, String> topic(String title, String text, String cli, String methodAnchor) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("title", title);
    m.put("text", text);
    m.put("cli", cli);
    m.put("method", METHOD_PAGE + "#" + methodAnchor);
    return m;
  }

  /** One sentence per model card: what it labels and the accuracy its card records, or that it records none. */
  String modelsText() throws IOException {
    List<String> lines = new ArrayList<>();
    for (ModelRegistry.CardEntry e : models.cards(null)) {
      if (e.error() == null) {
        lines.add(e.labelKey() + " " + measured(e.card()));
      }
    }
    String intro = "Stance and frame labels come from models trained on hand-coded posts; their shares carry the "
        + "models' errors on top of the sampling intervals shown. Scores cross-validated on the training examples "
        + "are optimistic; the development protocol's estimate is for new posts.";
    return lines.isEmpty() ? intro + " This workspace has no trained model: no post carries a model-made label."
        : intro + " Measured: " + String.join("; ", lines) + ".";
  }

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
