package dev.chorus.cli;

import dev.chorus.annotate.stance.StanceCandidate;
import dev.chorus.annotate.stance.StanceDataset;
import dev.chorus.annotate.stance.StanceDevProtocol;
import dev.chorus.annotate.stance.StanceDevReport;
import dev.chorus.annotate.stance.StanceEmbeddings;
import dev.chorus.annotate.stance.StanceEvaluation;
import dev.chorus.annotate.stance.StanceFileReader;
import dev.chorus.annotate.stance.StanceFormat;
import dev.chorus.annotate.stance.StanceLearningCurve;
import dev.chorus.annotate.stance.StanceReport;
import dev.chorus.annotate.stance.StanceTuning;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code chorus eval stance --train FILE [--test FILE | --cv K] --format F [--json]}. */
@Command(name = "stance", description = {"Train per-target stance models on one file and score them on another, or "
    + "cross-validate on one file; with neither --test nor --cv, the development protocol: per target the last 25%% "
    + "of posts in file order are held out, every setting is chosen by nested tuning on the earlier posts, and the "
    + "estimate (f_avg, ci95, protocol, chosen settings, reliability) is printed beside the shuffled CV figure. "
    + "semeval: F_avg pooled over all posts (SemEval-2016 Task 6); mawqif: F_avg per target, averaged (StanceEval "
    + "2024); csv (text,target,stance): pooled."})
final class EvalStanceCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StanceTrainingOptions model;
  @Mixin HeldOutOptions heldOut;

  @Option(names = "--train", paramLabel = "FILE", required = true,
      description = "Labelled training file; repeat to concatenate several.")
  List<Path> train;

  @Option(names = "--format", paramLabel = "semeval|mawqif|csv", description = "File format (default: csv).")
  String format = "csv";

  @Option(names = "--shuffled-cv", paramLabel = "K", description = "Development protocol: folds of the shuffled "
      + "cross-validation (of the same tuning and model options) printed beside the estimate, 0 to skip (default: "
      + "${DEFAULT-VALUE}).")
  int shuffledFolds = 5;

  @Option(names = "--compare", description = "Development protocol: instead of the tuned estimate, every setting "
      + "of the tuning grid measured on the same blocked split without tuning, side by side.")
  boolean compare;

  @Option(names = "--learning-curve", description = "Development protocol: F_avg on the held-out later posts against "
      + "the labelled posts per target (50, 100, 200, 400, 800, all), random and uncertainty sampling.")
  boolean learningCurve;

  @Option(names = "--repeats", paramLabel = "R", description = "Learning curve: repeats per point (default: "
      + "${DEFAULT-VALUE}).")
  int repeats = 3;

  /** What {@code --embeddings} resolved to for the training posts (set when the tuning is made). */
  private StanceEmbeddings.Choice embeddings;

  @Override
  public Integer call() throws Exception {
    StanceFormat f = StanceFormat.parse(format);
    if ((learningCurve || compare) && model.embedderNamed()) {
      throw new IllegalArgumentException("--embeddings applies to the development estimate, --test and --cv, not to "
          + "--compare or --learning-curve");
    }
    if (learningCurve) {
      var curve = new StanceLearningCurve(f, repeats).run(StanceFileReader.readAll(train, f));
      heldOut.print(curve, spec.commandLine().getOut(), (c, out) -> {
        out.printf("%s; setting %s; %d held-out posts%n", c.protocol(), c.setting(), c.testN());
        c.points().forEach(p -> out.printf("%-12s %5d per target  F_avg %.4f  [%.4f, %.4f]%n", p.sampling(),
            p.perTarget(), p.fAvg(), p.ci95()[0], p.ci95()[1]));
      });
      return ExitCodes.OK;
    }
    if (compare) {
      var scores = new StanceDevProtocol(ngramTuning(), f).compare(StanceFileReader.readAll(train, f),
          StanceCandidate.grid(model.settings().features()));
      heldOut.print(scores, spec.commandLine().getOut(), (m, out) -> m.forEach((name, s) -> out.printf(
          "%-40s F_avg %.4f  95%% CI [%.4f, %.4f]%n", name, s.fAvg(), s.ci95()[0], s.ci95()[1])));
      return ExitCodes.OK;
    }
    if (heldOut.test == null && heldOut.folds == null) {
      StanceDevReport dev = development(f);
      heldOut.print(recorded(dev), spec.commandLine().getOut(), (n, out) -> printDev(dev, out));
      return ExitCodes.OK;
    }
    heldOut.check();
    StanceDataset trainData = StanceFileReader.readAll(train, f);
    StanceEvaluation eval = new StanceEvaluation(tuning(trainData), f);
    StanceReport r = heldOut.crossValidate() ? eval.crossValidate(trainData, heldOut.folds)
        : eval.trainTest(trainData, StanceFileReader.read(heldOut.test, f));
    heldOut.print(recorded(r), spec.commandLine().getOut(), (n, out) -> print(r, out));
    return ExitCodes.OK;
  }

  /** The report as JSON with the embedder offered to the tuning and why (the report itself has no place for it). */
  private com.fasterxml.jackson.databind.node.ObjectNode recorded(Object report) {
    com.fasterxml.jackson.databind.node.ObjectNode n = dev.chorus.json.JsonConfig.mapper().valueToTree(report);
    n.putObject("embeddings").put("embedder", embeddings.embedder()).put("reason", embeddings.reason());
    return n;
  }

  private StanceDevReport development(StanceFormat f) throws Exception {
    if (shuffledFolds == 1 || shuffledFolds < 0) {
      throw new IllegalArgumentException("--shuffled-cv must be 0 (skip) or at least 2, got " + shuffledFolds);
    }
    StanceDataset data = StanceFileReader.readAll(train, f);
    StanceTuning tuning = tuning(data);
    StanceDevProtocol protocol = new StanceDevProtocol(tuning, f);
    StanceDevReport r = protocol.estimate(data);
    if (train.size() > 1) {
      StanceDataset later = StanceFileReader.read(train.get(train.size() - 1), f);
      StanceDataset earlier = StanceFileReader.readAll(train.subList(0, train.size() - 1), f);
      r = r.withLaterFile(StanceDevReport.Summary.of(protocol.laterFile(earlier, later)));
    }
    if (shuffledFolds >= 2) {
      StanceEvaluation eval = new StanceEvaluation(tuning, f);
      r = r.withShuffledCv(StanceDevReport.Summary.of(eval.crossValidate(data, shuffledFolds)));
    }
    return r;
  }

  private StanceTuning ngramTuning() {
    return StanceTuning.of(model.tuning(), model.settings(), model.modelling(), StanceFormat.parse(format));
  }

  /** The tuning with the embedder {@code --embeddings} resolves to for these posts; says which on stderr. */
  private StanceTuning tuning(StanceDataset data) {
    StanceTuning ngrams = ngramTuning();
    embeddings = StanceEmbeddings.choose(model.embeddings(), ngrams, data.examples());
    spec.commandLine().getErr().println("embeddings: " + (embeddings.embedder() == null ? "none"
        : embeddings.embedder()) + " (" + embeddings.reason() + ")");
    return ngrams.withEmbeddings(embeddings.embedder());
  }

  private static void printDev(StanceDevReport d, PrintWriter out) {
    out.printf("development protocol: %s%n", d.protocol());
    print(d.scores(), out);
    d.chosen().forEach((t, c) -> out.printf("  chosen for %-34s %s%s (inner F_avg %s, best %s ± %s)%n", t, c.setting(),
        c.temperature() == null ? "" : ", confidence tempered by " + c.temperature(), c.innerFAvg(), c.innerBest(),
        c.innerSe()));
    d.chosen().values().stream().map(StanceDevReport.Chosen::embeddings).filter(java.util.Objects::nonNull)
        .findFirst().ifPresent(e -> out.printf("  embeddings %s: w %s chosen for all targets (inner F_avg %s, best "
            + "%s ± %s)%n", e.embedder(), e.w(), e.innerFAvg(), e.innerBest(), e.innerSe()));
    out.printf("expected calibration error %.4f%n", d.reliability().ece());
    if (d.laterFile() != null) {
      out.printf("later file: F_avg %.4f  95%% CI [%.4f, %.4f]  n=%d%n", d.laterFile().fAvg(),
          d.laterFile().ci95()[0], d.laterFile().ci95()[1], d.laterFile().n());
    }
    if (d.shuffledCv() != null) {
      out.printf("shuffled %s: F_avg %.4f  95%% CI [%.4f, %.4f]%n", d.shuffledCv().mode(), d.shuffledCv().fAvg(),
          d.shuffledCv().ci95()[0], d.shuffledCv().ci95()[1]);
    }
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
