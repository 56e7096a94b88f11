package dev.chorus.server;

import dev.chorus.analysis.Analyses;
import dev.chorus.analysis.Analysis;
import dev.chorus.report.HtmlReport;
import dev.chorus.report.MeasuredScores;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/help}: the texts behind the dashboard's "?" buttons, from one home each. Every registered analysis is a
 * topic with its {@link Analysis#summary()} and {@link Analysis#help()} (the footer of {@code chorus ID --help} too);
 * {@code alerts} is the alerts route's; {@code models} is derived from the workspace's model cards (what each model
 * was measured to score, {@link MeasuredScores}), so a caveat about model-made labels names the measured figures, not a promise. The page
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

  private final Path modelsDir;

  HelpTopics(Path modelsDir) {
    this.modelsDir = modelsDir;
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

  /** The models' measured scores ({@link MeasuredScores}, as the report's Method section lists them). */
  String modelsText() throws IOException {
    List<String> lines = MeasuredScores.of(modelsDir);
    String intro = "Stance and frame labels come from models trained on hand-coded posts; their shares carry the "
        + "models' errors on top of the sampling intervals shown. " + MeasuredScores.CAVEAT;
    return lines.isEmpty() ? intro + " This workspace has no trained model: no post carries a model-made label."
        : intro + " Measured: " + String.join("; ", lines) + ".";
  }
}
