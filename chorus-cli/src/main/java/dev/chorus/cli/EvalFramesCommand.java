package dev.chorus.cli;

import dev.chorus.annotate.frames.FignewsDevProtocol;
import dev.chorus.annotate.frames.FignewsDevReport;
import dev.chorus.annotate.frames.FignewsEvaluation;
import dev.chorus.annotate.frames.FignewsReader;
import dev.chorus.annotate.frames.FignewsReport;
import dev.chorus.annotate.frames.FrameCandidate;
import dev.chorus.annotate.frames.FrameFormat;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code chorus eval frames --train FILE [--test FILE | --cv K] --format fignews [--json]}. */
@Command(name = "frames", description = {"Train frame models on one FIGNEWS-2024 file and score them on another, or "
    + "cross-validate on one file: label sets bias (bias_majority; Unclear / Not Applicable left out) and propaganda "
    + "(majority of votes; ties left out), macro-F1 each with a bootstrap interval, and their mean. With neither "
    + "--test nor --cv, the development protocol: 5 folds of whole batches, the setting of each chosen by nested "
    + "tuning on its training batches only, the estimate (macro_f1, intervals, protocol, chosen settings) printed "
    + "beside the shuffled CV of the model options."})
final class EvalFramesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin FrameTrainingOptions model;
  @Mixin HeldOutOptions heldOut;

  @Option(names = "--train", paramLabel = "FILE", required = true, description = "Labelled training file.")
  Path train;

  @Option(names = "--format", paramLabel = "fignews", description = "File format (default: ${DEFAULT-VALUE}).")
  String format = "fignews";

  @Option(names = "--fields", paramLabel = "text|mt|both", description = "Text the models read: the post, its "
      + "English machine translation, or both (default: ${DEFAULT-VALUE}).")
  String fields = "both";

  @Option(names = "--method", paramLabel = "ovr|softmax|softmax-f1", description = "One-vs-rest classifiers, one "
      + "multi-class classifier, or one with class weights fitted for macro-F1 (default: ${DEFAULT-VALUE}).")
  String method = OptionValues.name(FignewsEvaluation.DEFAULT_METHOD);

  @Option(names = "--min-class", paramLabel = "N", description = "Leave out classes with fewer training posts "
      + "(default: ${DEFAULT-VALUE}).")
  int minClass = 10;

  @Option(names = "--tuning", paramLabel = "grid|none", description = "Development protocol: choose the setting "
      + "from the frame grid (features, C, class weighting, macro-F1 class weights; for the text of --fields) in each "
      + "fold, or "
      + "none (measure the model options as given) (default: ${DEFAULT-VALUE}).")
  String tuning = "grid";

  @Option(names = "--shuffled-cv", paramLabel = "K", description = "Development protocol: folds of the shuffled "
      + "cross-validation of the model options printed beside the estimate, 0 to skip (default: ${DEFAULT-VALUE}).")
  int shuffledFolds = 5;

  @Override
  public Integer call() throws Exception {
    if (FrameFormat.parse(format) != FrameFormat.FIGNEWS) {
      throw new IllegalArgumentException("--format: eval frames scores FIGNEWS files; for a csv of codebook frames "
          + "use chorus train frames, whose model cards hold each frame's cross-validated F1");
    }
    FignewsEvaluation.Options options = new FignewsEvaluation.Options(model.settings(),
        FrameTrainingOptions.fields(fields), OptionValues.oneOf(FignewsEvaluation.Method.class, method,
        "--method"), Math.max(1, minClass));
    if (heldOut.test == null && heldOut.folds == null) {
      heldOut.print(development(options), spec.commandLine().getOut(), EvalFramesCommand::printDev);
      return ExitCodes.OK;
    }
    heldOut.check();
    FignewsEvaluation eval = new FignewsEvaluation(options);
    FignewsReader.Data trainData = FignewsReader.read(train);
    FignewsReport r = heldOut.crossValidate() ? eval.crossValidate(trainData, heldOut.folds)
        : eval.trainTest(trainData, FignewsReader.read(heldOut.test));
    heldOut.print(r, spec.commandLine().getOut(), EvalFramesCommand::print);
    return ExitCodes.OK;
  }

  private FignewsDevReport development(FignewsEvaluation.Options o) throws Exception {
    if (shuffledFolds == 1 || shuffledFolds < 0) {
      throw new IllegalArgumentException("--shuffled-cv must be 0 (skip) or at least 2, got " + shuffledFolds);
    }
    List<FrameCandidate> candidates = switch (tuning.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "grid" -> FrameCandidate.grid(o.fields());
      case "none" -> List.of(FrameCandidate.fixed(o.settings(), o.fields(), o.method()));
      default -> throw new IllegalArgumentException("--tuning must be grid or none, got '" + tuning + "'");
    };
    FignewsReader.Data data = FignewsReader.read(train);
    FignewsDevReport r = new FignewsDevProtocol(candidates, o.minClass()).estimate(data);
    return shuffledFolds >= 2 ? r.withShuffledCv(new FignewsEvaluation(o).crossValidate(data, shuffledFolds)) : r;
  }

  private static void printDev(FignewsDevReport d, PrintWriter out) {
    out.printf("development protocol: %s%n", d.protocol());
    print(d.scores(), out);
    out.printf("mean macro-F1 95%% CI [%.4f, %.4f]%n", d.ci95()[0], d.ci95()[1]);
    d.folds().forEach(f -> out.printf("  held out %s: chose %s (inner %s, best %s ± %s)%n", f.batches(),
        f.chosen().setting(), f.chosen().innerMacroF1(), f.chosen().innerBest(), f.chosen().innerSe()));
    if (d.chosenOnAll() != null) {
      out.printf("chosen on the whole file: %s (inner %s, best %s ± %s)%n", d.chosenOnAll().setting(),
          d.chosenOnAll().innerMacroF1(), d.chosenOnAll().innerBest(), d.chosenOnAll().innerSe());
    }
    if (d.shuffledCv() != null) {
      out.printf("shuffled %s of the model options: macro-F1 %.4f (bias %.4f, propaganda %.4f)%n",
          d.shuffledCv().mode(), d.shuffledCv().macroF1(), d.shuffledCv().bias().macroF1(),
          d.shuffledCv().propaganda().macroF1());
    }
  }

  private static void print(FignewsReport r, PrintWriter out) {
    out.printf("%s, method %s, fields %s, %.1f s%nmacro-F1 (mean of label sets) %.4f%n", r.mode(), r.method(),
        r.fields(), r.seconds(), r.macroF1());
    print("bias", r.bias(), out);
    print("propaganda", r.propaganda(), out);
  }

  private static void print(String name, FignewsReport.LabelSetScores s, PrintWriter out) {
    out.printf("%s: macro-F1 %.4f  95%% CI [%.4f, %.4f]  n=%d  left out %s%n", name, s.macroF1(), s.ci95()[0],
        s.ci95()[1], s.n(), s.left());
    s.f1().forEach((c, v) -> out.printf("  F1 %-26s %.4f%n", c, v));
    s.perLanguage().forEach((l, v) -> out.printf("  %-4s macro-F1 %.4f  n=%d%n", l, v.macroF1(), v.n()));
  }
}
