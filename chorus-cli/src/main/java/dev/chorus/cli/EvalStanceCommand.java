package dev.chorus.cli;

import dev.chorus.annotate.stance.StanceDataset;
import dev.chorus.annotate.stance.StanceEvaluation;
import dev.chorus.annotate.stance.StanceFileReader;
import dev.chorus.annotate.stance.StanceFormat;
import dev.chorus.annotate.stance.StanceReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code chorus eval stance --train FILE (--test FILE | --cv K) --format F [--json]}. */
@Command(name = "stance", description = {"Train per-target stance models on one file and score them on another, or "
    + "cross-validate on one file. semeval: F_avg pooled over all posts (SemEval-2016 Task 6); mawqif: F_avg per "
    + "target, averaged (StanceEval 2024); csv (text,target,stance): pooled."})
final class EvalStanceCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StanceTrainingOptions model;
  @Mixin HeldOutOptions heldOut;

  @Option(names = "--train", paramLabel = "FILE", required = true,
      description = "Labelled training file; repeat to concatenate several.")
  java.util.List<Path> train;

  @Option(names = "--format", paramLabel = "semeval|mawqif|csv", description = "File format (default: csv).")
  String format = "csv";

  @Override
  public Integer call() throws Exception {
    heldOut.check();
    StanceFormat f = StanceFormat.parse(format);
    StanceEvaluation eval = new StanceEvaluation(model.settings(), f, model.modelling());
    StanceDataset trainData = StanceFileReader.readAll(train, f);
    StanceReport r = heldOut.crossValidate() ? eval.crossValidate(trainData, heldOut.folds)
        : eval.trainTest(trainData, StanceFileReader.read(heldOut.test, f));
    heldOut.print(r, spec.commandLine().getOut(), EvalStanceCommand::print);
    return ExitCodes.OK;
  }

  private static void print(StanceReport r, PrintWriter out) {
    out.printf("%s, %d posts (%d without stance skipped), %.1f s%n", r.mode(), r.n(), r.skipped(), r.seconds());
    out.printf("F_avg     %.4f  95%% CI [%.4f, %.4f]  (%s)%n", r.fAvg(), r.ci95()[0], r.ci95()[1], r.metric());
    out.printf("macro-F1  %.4f%n", r.macroF1());
    r.f1().forEach((c, v) -> out.printf("F1 %-8s %.4f%n", c, v));
    r.perTarget().forEach((t, s) -> out.printf("  %-36s F_avg %.4f  macro-F1 %.4f  n=%d%n", t, s.fAvg(),
        s.macroF1(), s.n()));
    r.byThreshold().forEach(p -> out.printf("  confidence >= %.1f: coverage %.3f accuracy %.3f%n", p.threshold(),
        p.coverage(), p.accuracy()));
  }
}
