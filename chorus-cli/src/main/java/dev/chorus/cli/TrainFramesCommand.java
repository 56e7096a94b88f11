package dev.chorus.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.annotate.frames.FrameDataset;
import dev.chorus.annotate.frames.FrameFileReader;
import dev.chorus.annotate.frames.FrameFormat;
import dev.chorus.annotate.frames.FrameModelStore;
import dev.chorus.annotate.frames.FrameTrainer;
import dev.chorus.classify.ModelCard;
import dev.chorus.classify.TrainingSettings;
import dev.chorus.codebook.Codebook;
import dev.chorus.json.JsonConfig;
import dev.chorus.workspace.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chorus train frames --labels FILE [--format csv|fignews]}: one model per frame into the workspace. */
@Command(name = "frames", description = "Train one calibrated model per frame into WORKSPACE/models/frames, each with "
    + "its model card (data hash, counts, settings, threshold chosen by cross-validation to maximise F1). csv: header "
    + "text,frames[,lang], frames = codebook frame ids separated by ';'.")
final class TrainFramesCommand implements Callable<Integer> {
  @ParentCommand TrainCommand train;
  @Spec CommandSpec spec;
  @Mixin FrameTrainingOptions model;

  @Option(names = "--labels", paramLabel = "FILE", required = true, description = "Labelled posts.")
  Path labels;

  @Option(names = "--format", paramLabel = "csv|fignews", description = "File format (default: ${DEFAULT-VALUE}).")
  String format = "csv";

  @Option(names = "--cv", paramLabel = "K", description = "Folds of the cross-validation that picks each frame's "
      + "threshold, 0 for a fixed 0.5 (default: ${DEFAULT-VALUE}).")
  int folds = 5;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Workspace ws = train.parent.workspace();
    Codebook codebook = ws.codebook();
    FrameFormat f = FrameFormat.parse(format);
    FrameDataset data = FrameFileReader.read(labels, f, codebook.frames().stream().map(Codebook.Frame::id).toList());
    TrainingSettings settings = model.settings();
    long start = System.nanoTime();
    FrameTrainer.Result result = new FrameTrainer(settings, folds).train(data.examples(), data.frames());
    double seconds = (System.nanoTime() - start) / 1e9;
    if (result.model().frames().isEmpty()) {
      throw new IllegalArgumentException(labels + ": no frame could be trained: " + (result.skipped().isEmpty()
          ? "no post carries a frame" : result.skipped()));
    }
    String dataHash = ModelCard.sha256(labels);
    Map<String, ModelCard> cards = new LinkedHashMap<>();
    result.fits().forEach((frame, fit) -> cards.put(frame, new ModelCard("frame:" + frame,
        labels.toAbsolutePath().toString(), dataHash, fit.positives() + fit.negatives(),
        Map.of(FrameTrainer.PRESENT, fit.positives(), FrameTrainer.ABSENT, fit.negatives()), Instant.now(), settings,
        fit.threshold(), cv(fit), null)));
    FrameModelStore store = FrameModelStore.in(ws.modelsDir());
    List<ModelCard> saved = store.saveAll(result.model(), cards);
    print(saved, result, store, data, seconds);
    return ExitCodes.OK;
  }

  private Map<String, Double> cv(FrameTrainer.FrameFit fit) {
    if (Double.isNaN(fit.f1())) {
      return Map.of();
    }
    return Map.of("f1", fit.f1(), "precision", fit.precision(), "recall", fit.recall(), "folds", (double) folds);
  }

  private void print(List<ModelCard> cards, FrameTrainer.Result result, FrameModelStore store, FrameDataset data,
      double seconds) throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ObjectNode o = JsonConfig.mapper().createObjectNode();
    o.put("models_dir", store.dir().toString());
    o.put("examples", data.examples().size());
    o.put("skipped", data.skipped());
    o.put("train_seconds", Math.round(seconds * 100) / 100.0);
    o.set("skipped_frames", JsonConfig.mapper().valueToTree(result.skipped()));
    ArrayNode models = o.putArray("models");
    for (ModelCard c : cards) {
      models.add(JsonConfig.mapper().readTree(c.toJson()));
    }
    if (json) {
      out.println(JsonConfig.mapper().writeValueAsString(o));
      return;
    }
    out.printf("trained %d frame model(s) on %d posts in %.1f s into %s%n", cards.size(), data.examples().size(),
        seconds, store.dir());
    for (ModelCard c : cards) {
      out.printf("  %-32s threshold %.2f  cv %s%n", c.name(), c.threshold(), c.crossValidation());
    }
    result.skipped().forEach((fr, why) -> out.printf("  skipped %s: %s%n", fr, why));
  }
}
