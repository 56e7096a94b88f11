package dev.chorus.cli;

import dev.chorus.annotate.frames.FignewsEvaluation;
import dev.chorus.annotate.frames.FignewsReader;
import dev.chorus.annotate.frames.FignewsReport;
import dev.chorus.annotate.frames.FrameFormat;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code chorus eval frames --train FILE (--test FILE | --cv K) --format fignews [--json]}. */
@Command(name = "frames", description = {"Train frame models on one FIGNEWS-2024 file and score them on another, or "
    + "cross-validate on one file: label sets bias (bias_majority; Unclear / Not Applicable left out) and propaganda "
    + "(majority of votes; ties left out), macro-F1 each with a bootstrap interval, and their mean."})
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
  String method = "softmax-f1";

  @Option(names = "--min-class", paramLabel = "N", description = "Leave out classes with fewer training posts "
      + "(default: ${DEFAULT-VALUE}).")
  int minClass = 10;

  @Override
  public Integer call() throws Exception {
    heldOut.check();
    if (FrameFormat.parse(format) != FrameFormat.FIGNEWS) {
      throw new IllegalArgumentException("--format: eval frames scores FIGNEWS files; for a csv of codebook frames "
          + "use chorus train frames, whose model cards hold each frame's cross-validated F1");
    }
    FignewsEvaluation eval = new FignewsEvaluation(new FignewsEvaluation.Options(model.settings(),
        FrameTrainingOptions.fields(fields), OptionValues.oneOf(FignewsEvaluation.Method.class, method,
        "--method"), Math.max(1, minClass)));
    FignewsReader.Data trainData = FignewsReader.read(train);
    FignewsReport r = heldOut.crossValidate() ? eval.crossValidate(trainData, heldOut.folds)
        : eval.trainTest(trainData, FignewsReader.read(heldOut.test));
    heldOut.print(r, spec.commandLine().getOut(), EvalFramesCommand::print);
    return ExitCodes.OK;
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
