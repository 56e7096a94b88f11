package dev.chorus.cli;

import dev.chorus.json.JsonConfig;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.annotate.frames.FrameFormat;
import dev.chorus.annotate.frames.FrameTraining;
import dev.chorus.classify.ModelCard;
import dev.chorus.codebook.Codebook;
import dev.chorus.models.ModelRegistry;
import dev.chorus.workspace.Workspace;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chorus train frames --labels FILE [--format csv|fignews]}: {@link FrameTraining} into the workspace. */
@Command(name = "frames", description = "Train one calibrated model per frame into WORKSPACE/models/frames, each with "
    + "its model card (data hash, counts, settings, threshold chosen by cross-validation to maximise F1). csv: header "
    + "text,frames[,lang], frames = codebook frame ids separated by ';'.")
final class TrainFramesCommand extends TrainingCommand implements Callable<Integer> {
  @Mixin FrameTrainingOptions model;

  @Option(names = "--format", paramLabel = "csv|fignews", description = "File format (default: ${DEFAULT-VALUE}).")
  String format = "csv";

  @Option(names = "--cv", paramLabel = "K", description = "Folds of the cross-validation that picks each frame's "
      + "threshold, 0 for a fixed 0.5 (default: ${DEFAULT-VALUE}).")
  int folds = FrameTraining.DEFAULT_FOLDS;

  @Override
  public Integer call() throws Exception {
    Workspace ws = workspace();
    var options = new FrameTraining.Options(input.labels, FrameFormat.parse(format),
        ws.codebook().frames().stream().map(Codebook.Frame::id).toList(), model.settings(), folds);
    FrameTraining.Result r = new FrameTraining(new ModelRegistry(ws.modelsDir()).frames()).train(options);
    PrintWriter out = out();
    if (input.json) {
      ObjectNode o = TrainingJson.summary(r.modelsDir(), r.examples(), r.skipped(), r.trainSeconds());
      o.set("skipped_frames", JsonConfig.mapper().valueToTree(r.skippedFrames()));
      out.println(JsonConfig.mapper().writeValueAsString(TrainingJson.withCards(o, r.cards())));
      return ExitCodes.OK;
    }
    out.printf("trained %d frame model(s) on %d posts in %.1f s into %s%n", r.cards().size(), r.examples(),
        r.trainSeconds(), r.modelsDir());
    for (ModelCard c : r.cards()) {
      out.printf("  %-32s threshold %.2f  cv %s%n", c.name(), c.threshold(), c.crossValidation());
    }
    r.skippedFrames().forEach((fr, why) -> out.printf("  skipped %s: %s%n", fr, why));
    return ExitCodes.OK;
  }
}
