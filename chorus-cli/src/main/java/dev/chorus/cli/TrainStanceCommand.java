package dev.chorus.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.annotate.stance.StanceAnnotator;
import dev.chorus.annotate.stance.StanceDataset;
import dev.chorus.annotate.stance.StanceEvaluation;
import dev.chorus.annotate.stance.StanceExample;
import dev.chorus.annotate.stance.StanceFileReader;
import dev.chorus.annotate.stance.StanceFormat;
import dev.chorus.annotate.stance.StanceLabels;
import dev.chorus.annotate.stance.StanceModelStore;
import dev.chorus.annotate.stance.StanceModels;
import dev.chorus.annotate.stance.StanceReport;
import dev.chorus.classify.ModelCard;
import dev.chorus.classify.TrainingSettings;
import dev.chorus.json.JsonConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chorus train stance --labels FILE [--format F] [--target T]}: per-target models into the workspace. */
@Command(name = "stance", description = "Train one stance model per target into WORKSPACE/models/stance, each with "
    + "its model card (data hash, label counts, settings, cross-validated scores).")
final class TrainStanceCommand implements Callable<Integer> {
  @ParentCommand TrainCommand train;
  @Spec CommandSpec spec;
  @Mixin StanceTrainingOptions model;

  @Option(names = "--labels", paramLabel = "FILE", required = true, description = "Labelled posts.")
  Path labels;

  @Option(names = "--format", paramLabel = "semeval|mawqif|csv", description = "File format (default: csv).")
  String format = "csv";

  @Option(names = "--target", paramLabel = "T", description = "Train only this target (name or id).")
  String target;

  @Option(names = "--threshold", paramLabel = "P", description = "Below this calibrated probability the annotator "
      + "says 'uncertain' (default: ${DEFAULT-VALUE}).")
  double threshold = StanceAnnotator.DEFAULT_THRESHOLD;

  @Option(names = "--cv", paramLabel = "K", description = "Folds of the cross-validation reported in the cards, 0 to "
      + "skip (default: ${DEFAULT-VALUE}).")
  int folds = 5;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("--threshold must be in [0,1], got " + threshold);
    }
    StanceFormat f = StanceFormat.parse(format);
    StanceDataset data = selected(StanceFileReader.read(labels, f));
    TrainingSettings settings = model.settings();
    long start = System.nanoTime();
    StanceModels models = StanceModels.train(data.examples(), settings, model.modelling());
    double trainSeconds = (System.nanoTime() - start) / 1e9;
    StanceReport cv = folds >= 2 ? new StanceEvaluation(settings, f, model.modelling()).crossValidate(data, folds) : null;
    StanceModelStore store = StanceModelStore.in(train.parent.workspace().root().resolve("models"));
    String dataHash = ModelCard.sha256(labels);
    ArrayNode cards = JsonConfig.mapper().createArrayNode();
    for (String name : data.targets()) {
      String id = StanceLabels.targetId(name);
      List<StanceExample> mine = data.examples().stream().filter(e -> e.target().equals(name)).toList();
      ModelCard card = store.save(id, models.classifier(id), new ModelCard(StanceAnnotator.KEY_PREFIX + id,
          labels.toAbsolutePath().toString(), dataHash, mine.size(), counts(mine), Instant.now(), settings, threshold,
          cvScores(cv, name), null));
      cards.add(JsonConfig.mapper().readTree(card.toJson()));
    }
    print(cards, store, data, trainSeconds);
    return ExitCodes.OK;
  }

  private StanceDataset selected(StanceDataset all) {
    if (target == null) {
      return all;
    }
    String id = StanceLabels.targetId(target);
    List<StanceExample> mine = all.examples().stream().filter(e -> StanceLabels.targetId(e.target()).equals(id))
        .toList();
    if (mine.isEmpty()) {
      throw new IllegalArgumentException(labels + ": no posts for target '" + target + "' (targets: "
          + all.targets() + ")");
    }
    return new StanceDataset(all.file(), mine, all.skipped());
  }

  private static Map<String, Integer> counts(List<StanceExample> examples) {
    Map<String, Integer> m = new TreeMap<>();
    examples.forEach(e -> m.merge(e.stance(), 1, Integer::sum));
    return m;
  }

  private static Map<String, Double> cvScores(StanceReport cv, String target) {
    if (cv == null || !cv.perTarget().containsKey(target)) {
      return Map.of();
    }
    StanceReport.TargetScores s = cv.perTarget().get(target);
    return Map.of("f_avg", s.fAvg(), "macro_f1", s.macroF1(), "folds", Double.parseDouble(cv.mode().substring(3)));
  }

  private void print(ArrayNode cards, StanceModelStore store, StanceDataset data, double seconds) throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectNode o = JsonConfig.mapper().createObjectNode();
      o.put("models_dir", store.dir().toString());
      o.put("examples", data.examples().size());
      o.put("skipped", data.skipped());
      o.put("train_seconds", Math.round(seconds * 100) / 100.0);
      o.set("models", cards);
      out.println(JsonConfig.mapper().writeValueAsString(o));
      return;
    }
    out.printf("trained %d stance model(s) on %d posts (%d without stance skipped) in %.1f s into %s%n",
        cards.size(), data.examples().size(), data.skipped(), seconds, store.dir());
    for (var c : cards) {
      out.println(JsonConfig.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(c));
    }
  }
}
