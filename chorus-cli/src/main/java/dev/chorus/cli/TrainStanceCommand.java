package dev.chorus.cli;

import dev.chorus.json.JsonConfig;
import dev.chorus.annotate.stance.StanceAnnotator;
import dev.chorus.annotate.stance.StanceFormat;
import dev.chorus.annotate.stance.StanceTraining;
import dev.chorus.models.ModelRegistry;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chorus train stance --labels FILE [--format F] [--target T]}: {@link StanceTraining} into the workspace. */
@Command(name = "stance", description = "Train one stance model per target into WORKSPACE/models/stance, each with "
    + "its model card (data hash, label counts, settings, cross-validated scores).")
final class TrainStanceCommand extends TrainingCommand implements Callable<Integer> {
  @Mixin StanceTrainingOptions model;

  @Option(names = "--format", paramLabel = "semeval|mawqif|csv", description = "File format (default: csv).")
  String format = "csv";

  @Option(names = "--target", paramLabel = "T", description = "Train only this target (name or id).")
  String target;

  @Option(names = "--threshold", paramLabel = "P", description = "Below this calibrated probability the annotator "
      + "says 'uncertain' (default: ${DEFAULT-VALUE}).")
  double threshold = StanceAnnotator.DEFAULT_THRESHOLD;

  @Option(names = "--cv", paramLabel = "K", description = "Folds of the cross-validation reported in the cards, 0 to "
      + "skip (default: ${DEFAULT-VALUE}).")
  int folds = StanceTraining.DEFAULT_FOLDS;

  @Option(names = "--no-dev-estimate", description = "Skip the development protocol's estimate in the cards (it "
      + "trains the models twice more).")
  boolean noDevEstimate;

  @Override
  public Integer call() throws Exception {
    var options = new StanceTraining.Options(input.labels, StanceFormat.parse(format), target, model.settings(),
        model.modelling(), threshold, folds, model.tuning(), !noDevEstimate, model.embeddings());
    ModelRegistry models = new ModelRegistry(workspace().modelsDir());
    StanceTraining.Result r = new StanceTraining(models.stance()).train(options);
    PrintWriter out = out();
    if (input.json) {
      var summary = TrainingJson.summary(r.modelsDir(), r.examples(), r.skipped(), r.trainSeconds());
      summary.putObject("embeddings").put("embedder", r.embeddings().embedder())
          .put("reason", r.embeddings().reason());
      out.println(JsonConfig.mapper().writeValueAsString(TrainingJson.withCards(summary, r.cards())));
      return ExitCodes.OK;
    }
    out.printf("trained %d stance model(s) on %d posts (%d without stance skipped) in %.1f s into %s%n",
        r.cards().size(), r.examples(), r.skipped(), r.trainSeconds(), r.modelsDir());
    out.printf("embeddings: %s (%s)%n", r.embeddings().embedder() == null ? "none" : r.embeddings().embedder(),
        r.embeddings().reason());
    for (var card : r.cards()) {
      out.println(JsonConfig.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(TrainingJson.card(card)));
    }
    return ExitCodes.OK;
  }
}
