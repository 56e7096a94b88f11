package dev.chorus.annotate.frames;

import dev.chorus.classify.ClassificationMetrics;
import dev.chorus.classify.ClassifierTrainer;
import dev.chorus.classify.FeatureSettings;
import dev.chorus.classify.GroupedCalibrationTrainer;
import dev.chorus.classify.GroupedFolds;
import dev.chorus.classify.LabeledText;
import dev.chorus.classify.Outcome;
import dev.chorus.classify.TextClassifier;
import dev.chorus.classify.TrainingSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Experiment, not product code (bench/frames-experiments.sh; README "Measured on the development protocol and not
 * adopted", the rows marked †): decision rules and feature values of the FIGNEWS frame models that the CLI has no
 * option for, each measured as a fixed setting on the development protocol's folds exactly as
 * {@code chorus eval frames --format fignews --tuning none --shuffled-cv 0} measures the default
 * ({@link FignewsDevProtocol#estimate}: 5 folds of whole batches, classes under {@code --min-class} training posts left
 * out per fold, outcomes pooled over the folds, macro-F1 per label set with its bootstrap interval and one for the
 * mean). Each variant is compared with the default on the same held-out posts by a paired bootstrap of the difference
 * of the mean macro-F1: the pooled held-out outcomes of both label sets (a post's bias and its propaganda outcome
 * count as two) resampled, the same resample scoring both, batches not resampled; 1000 resamples, seed 42, the
 * product's percentile bootstrap ({@link ClassificationMetrics#bootstrap95}).
 *
 * <p>Variants (all else the default: both fields, word 1–2-grams in ≥ 2 posts, logistic regression C 0.5, balanced):
 * <ul>
 *   <li>{@code default}: {@link FrameTraining#DEFAULT_SETTINGS} with macro-F1 class weights (softmax-f1), through the
 *       product's own {@link FignewsRuns}, the CLI's path;</li>
 *   <li>{@code binary}, {@code log}: n-gram values 1 / 1 + log tf instead of (1 + log tf) × idf;</li>
 *   <li>{@code raw}: the default model deciding by its raw linear scores ({@link TextClassifier#withRawDecision()}:
 *       the calibration's class biases, which carry the training mix, undone);</li>
 *   <li>{@code prior}: the calibrated probabilities divided by each class's share of the training posts, nothing
 *       fitted; {@code sqrt-prior}: divided by its square root;</li>
 *   <li>{@code grouped-calibration}: calibration and macro-F1 class weights fitted on internal folds of whole batches
 *       instead of stratified ones ({@link GroupedCalibrationTrainer}).</li>
 * </ul>
 * With {@code --check} the product's protocol is also run on the default and its figures are required to equal the
 * harness's default (exit 1 otherwise).
 */
public final class FramesExperiment {
  static final List<String> VARIANTS = List.of("default", "binary", "log", "raw", "prior", "sqrt-prior",
      "grouped-calibration");
  private static final int BOOTSTRAP = 1000;
  private static final FignewsRow.Fields FIELDS = FignewsRow.Fields.BOTH;

  /** A variant's predictor trained on one fold's training rows of one label set. */
  private interface Variant {
    Function<FignewsRow, String> fit(List<FignewsRow> train, FignewsLabelSet set, List<String> classes,
        Supplier<TextClassifier> base);
  }

  /** One variant's pooled outcomes per label set (in the protocol's order: fold by fold, rows in file order). */
  private record Run(String name, Map<FignewsLabelSet, List<Outcome>> outcomes) {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: FramesExperiment FIGNEWS.csv [--min-class N] [--check] [VARIANT…] (variants: "
          + VARIANTS + "; none: all)");
      System.exit(2);
    }
    Path file = Path.of(args[0]);
    int minClass = 10;
    boolean check = false;
    List<String> names = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--min-class" -> minClass = Integer.parseInt(args[++i]);
        case "--check" -> check = true;
        default -> {
          if (!VARIANTS.contains(args[i])) {
            throw new IllegalArgumentException("unknown variant " + args[i] + "; known: " + VARIANTS);
          }
          names.add(args[i]);
        }
      }
    }
    if (names.isEmpty()) {
      names.addAll(VARIANTS);
    }
    if (!names.contains("default")) {
      names.add(0, "default"); // every variant is compared with the default on the same posts
    }
    new FramesExperiment(FignewsReader.read(file), Math.max(1, minClass)).run(names, check);
  }

  private final FignewsReader.Data data;
  private final int minClass;

  FramesExperiment(FignewsReader.Data data, int minClass) {
    this.data = data;
    this.minClass = minClass;
  }

  static Variant variant(String name) {
    return switch (name) {
      case "default" -> (train, set, cls, base) -> new FignewsRuns(train, set, cls).predictor(candidate(
          FrameTraining.DEFAULT_SETTINGS));
      case "binary" -> (train, set, cls, base) -> new FignewsRuns(train, set, cls).predictor(candidate(
          weighting(FeatureSettings.Weighting.BINARY)));
      case "log" -> (train, set, cls, base) -> new FignewsRuns(train, set, cls).predictor(candidate(
          weighting(FeatureSettings.Weighting.LOG)));
      case "raw" -> (train, set, cls, base) -> {
        TextClassifier m = base.get().withRawDecision();
        return r -> m.predict(r.input(FIELDS)).label();
      };
      case "prior" -> (train, set, cls, base) -> priorDivided(base.get(), train, set, 1.0);
      case "sqrt-prior" -> (train, set, cls, base) -> priorDivided(base.get(), train, set, 0.5);
      case "grouped-calibration" -> (train, set, cls, base) -> {
        TrainingSettings s = trained();
        ClassifierTrainer.Prepared p = ClassifierTrainer.prepare(s, labelled(train, set));
        TextClassifier m = GroupedCalibrationTrainer.train(s, p, train.stream().map(FignewsRow::batch).toList());
        return r -> m.predict(r.input(FIELDS)).label();
      };
      default -> throw new IllegalArgumentException(name);
    };
  }

  private static FrameCandidate candidate(TrainingSettings s) {
    return FrameCandidate.fixed(s, FIELDS, FignewsEvaluation.Method.SOFTMAX_F1);
  }

  private static TrainingSettings weighting(FeatureSettings.Weighting w) {
    FeatureSettings f = FrameTraining.DEFAULT_SETTINGS.features();
    return FrameTraining.DEFAULT_SETTINGS.withFeatures(new FeatureSettings(f.wordMin(), f.wordMax(), f.charMin(),
        f.charMax(), w, f.minDf()));
  }

  /** The settings the default model is trained with (as {@link FignewsRuns} trains softmax-f1). */
  private static TrainingSettings trained() {
    return candidate(FrameTraining.DEFAULT_SETTINGS).settings().withFocusLabels(List.of());
  }

  private static List<LabeledText> labelled(List<FignewsRow> rows, FignewsLabelSet set) {
    return rows.stream().map(r -> new LabeledText(r.input(FIELDS), set.gold(r))).toList();
  }

  /** The default model trained as the product trains it (same as {@link FignewsRuns} does for softmax-f1). */
  private static TextClassifier base(List<FignewsRow> train, FignewsLabelSet set) {
    TrainingSettings s = trained();
    return new ClassifierTrainer(s).train(ClassifierTrainer.prepare(s, labelled(train, set)));
  }

  /** Picks argmax p(c) / prior(c)^power, prior = the class's share of the training rows; ties to the first class. */
  private static Function<FignewsRow, String> priorDivided(TextClassifier m, List<FignewsRow> train,
      FignewsLabelSet set, double power) {
    List<String> labels = m.labels();
    double[] w = new double[labels.size()];
    for (int c = 0; c < w.length; c++) {
      String label = labels.get(c);
      long n = train.stream().filter(r -> label.equals(set.gold(r))).count();
      w[c] = Math.pow((double) train.size() / n, power);
    }
    return r -> {
      double[] p = m.probabilities(r.input(FIELDS));
      int best = 0;
      for (int c = 1; c < p.length; c++) {
        if (p[c] * w[c] > p[best] * w[best]) {
          best = c;
        }
      }
      return labels.get(best);
    };
  }

  void run(List<String> names, boolean check) {
    long start = System.nanoTime();
    List<FignewsRow> rows = data.rows();
    int[] fold = GroupedFolds.assign(rows.stream().map(FignewsRow::batch).toList(), FignewsDevProtocol.OUTER_FOLDS);
    Map<FignewsLabelSet, Map<String, Integer>> left = new EnumMap<>(FignewsLabelSet.class);
    Map<FignewsLabelSet, TreeSet<String>> scored = new EnumMap<>(FignewsLabelSet.class);
    Map<String, Run> runs = new LinkedHashMap<>();
    Map<String, Double> seconds = new LinkedHashMap<>();
    for (String n : names) {
      Map<FignewsLabelSet, List<Outcome>> o = new EnumMap<>(FignewsLabelSet.class);
      for (FignewsLabelSet set : FignewsLabelSet.values()) {
        o.put(set, new ArrayList<>());
      }
      runs.put(n, new Run(n, o));
      seconds.put(n, 0.0);
    }
    for (FignewsLabelSet set : FignewsLabelSet.values()) {
      left.put(set, new TreeMap<>());
      scored.put(set, new TreeSet<>());
      FignewsEvaluation.labelled(rows, set, left.get(set));
    }
    for (int f = 0; f < FignewsDevProtocol.OUTER_FOLDS; f++) {
      List<FignewsRow> train = GroupedFolds.members(fold, f, false).stream().map(rows::get).toList();
      List<FignewsRow> test = GroupedFolds.members(fold, f, true).stream().map(rows::get).toList();
      for (FignewsLabelSet set : FignewsLabelSet.values()) {
        List<String> cls = FignewsEvaluation.classes(train.stream().filter(r -> set.gold(r) != null).toList(), set,
            minClass);
        scored.get(set).addAll(cls);
        List<FignewsRow> tr = FignewsTuning.within(train, set, cls);
        List<FignewsRow> te = test.stream().filter(r -> set.gold(r) != null
            && FignewsEvaluation.keep(r, set, cls, left.get(set))).toList();
        TextClassifier[] base = new TextClassifier[1];
        Supplier<TextClassifier> lazyBase = () -> base[0] != null ? base[0] : (base[0] = base(tr, set));
        for (String n : names) {
          long t = System.nanoTime();
          Function<FignewsRow, String> model = variant(n).fit(tr, set, cls, lazyBase);
          te.forEach(r -> runs.get(n).outcomes().get(set).add(FignewsEvaluation.outcome(r, set, model)));
          seconds.merge(n, (System.nanoTime() - t) / 1e9, Double::sum);
        }
      }
      System.err.printf("fold %d of %d done (%.0f s)%n", f + 1, FignewsDevProtocol.OUTER_FOLDS,
          (System.nanoTime() - start) / 1e9);
    }
    Map<FignewsLabelSet, List<String>> classes = new EnumMap<>(FignewsLabelSet.class);
    scored.forEach((set, s) -> classes.put(set, List.copyOf(s)));
    Run reference = runs.get("default");
    System.out.printf("FIGNEWS-2024 %s, %d posts; development protocol folds (%s), fixed settings, --min-class %d%n",
        data.file().getFileName(), rows.size(), "5 folds of whole batches", minClass);
    System.out.println("| variant | mean macro-F1 [95% CI] | bias [95% CI] | propaganda [95% CI] | vs default [95% CI] "
        + "| bias F1 per class | s (fit + predict) |");
    System.out.println("|---|---|---|---|---|---|---|");
    Map<String, double[]> summary = new LinkedHashMap<>();
    List<String> precise = new ArrayList<>();
    for (Run r : runs.values()) {
      FignewsReport.LabelSetScores bias = FignewsEvaluation.scores(r.outcomes().get(FignewsLabelSet.BIAS),
          classes.get(FignewsLabelSet.BIAS), left.get(FignewsLabelSet.BIAS));
      FignewsReport.LabelSetScores prop = FignewsEvaluation.scores(r.outcomes().get(FignewsLabelSet.PROPAGANDA),
          classes.get(FignewsLabelSet.PROPAGANDA), left.get(FignewsLabelSet.PROPAGANDA));
      double mean = (bias.macroF1() + prop.macroF1()) / 2;
      List<Outcome> tagged = tagged(r);
      double[] ci = ClassificationMetrics.bootstrap95(tagged, o -> FignewsTuning.meanMacroF1(o, classes), BOOTSTRAP,
          FignewsEvaluation.SEED);
      String vs = r == reference ? "—" : diff(tagged(reference), tagged, classes);
      StringBuilder perClass = new StringBuilder();
      bias.f1().forEach((c, v) -> perClass.append(perClass.length() == 0 ? "" : ", ").append(c).append(' ')
          .append(String.format(Locale.ROOT, "%.2f", v)));
      System.out.printf(Locale.ROOT, "| %s | %.3f [%.3f, %.3f] | %.3f [%.3f, %.3f] | %.3f [%.3f, %.3f] | %s | %s "
              + "| %.0f |%n", r.name(), mean, ci[0], ci[1], bias.macroF1(), bias.ci95()[0], bias.ci95()[1],
          prop.macroF1(), prop.ci95()[0], prop.ci95()[1], vs, perClass, seconds.get(r.name()));
      precise.add(String.format(Locale.ROOT, "%s: mean %.4f [%.4f, %.4f], bias %.4f, propaganda %.4f", r.name(), mean,
          ci[0], ci[1], bias.macroF1(), prop.macroF1()));
      summary.put(r.name(), new double[] {mean, ci[0], ci[1], bias.macroF1(), bias.ci95()[0], bias.ci95()[1],
          prop.macroF1(), prop.ci95()[0], prop.ci95()[1]});
    }
    precise.forEach(System.out::println);
    System.out.printf(Locale.ROOT, "wall %.0f s%n", (System.nanoTime() - start) / 1e9);
    if (check) {
      check(summary.get("default"));
    }
  }

  /** Outcomes of both label sets tagged with the set's id, bias first: the order the protocol's mean interval uses. */
  private static List<Outcome> tagged(Run r) {
    List<Outcome> out = new ArrayList<>();
    r.outcomes().forEach((set, list) -> list.forEach(o -> out.add(new Outcome(o.gold(), o.predicted(), set.id()))));
    return out;
  }

  /**
   * The paired bootstrap of variant minus default mean macro-F1: the same resampled posts (indices) score both, with
   * the product's percentile bootstrap (the index of each post travels as an outcome's group).
   */
  private static String diff(List<Outcome> reference, List<Outcome> variant,
      Map<FignewsLabelSet, List<String>> classes) {
    if (reference.size() != variant.size()) {
      throw new IllegalStateException("variant and default scored different posts");
    }
    for (int i = 0; i < reference.size(); i++) {
      if (!reference.get(i).gold().equals(variant.get(i).gold())
          || !reference.get(i).group().equals(variant.get(i).group())) {
        throw new IllegalStateException("variant and default outcomes are not paired at " + i);
      }
    }
    List<Outcome> index = new ArrayList<>();
    for (int i = 0; i < reference.size(); i++) {
      index.add(new Outcome("", "", Integer.toString(i)));
    }
    double point = FignewsTuning.meanMacroF1(variant, classes) - FignewsTuning.meanMacroF1(reference, classes);
    double[] ci = ClassificationMetrics.bootstrap95(index, sample -> {
      List<Outcome> a = new ArrayList<>(sample.size());
      List<Outcome> b = new ArrayList<>(sample.size());
      for (Outcome s : sample) {
        int i = Integer.parseInt(s.group());
        a.add(variant.get(i));
        b.add(reference.get(i));
      }
      return FignewsTuning.meanMacroF1(a, classes) - FignewsTuning.meanMacroF1(b, classes);
    }, BOOTSTRAP, FignewsEvaluation.SEED);
    return String.format(Locale.ROOT, "%+.3f [%+.3f, %+.3f]", point, ci[0], ci[1]);
  }

  /** The product's protocol on the default, which the harness's default must equal figure for figure. */
  private void check(double[] harness) {
    FignewsDevReport d = new FignewsDevProtocol(List.of(candidate(FrameTraining.DEFAULT_SETTINGS)), minClass)
        .estimate(data);
    FignewsReport s = d.scores();
    double[] product = {s.macroF1(), d.ci95()[0], d.ci95()[1], s.bias().macroF1(), s.bias().ci95()[0],
        s.bias().ci95()[1], s.propaganda().macroF1(), s.propaganda().ci95()[0], s.propaganda().ci95()[1]};
    boolean same = java.util.Arrays.equals(product, harness);
    System.out.printf(Locale.ROOT, "check: FignewsDevProtocol (the CLI's --tuning none) mean %.4f [%.4f, %.4f], bias "
            + "%.4f, propaganda %.4f; harness default %.4f [%.4f, %.4f], bias %.4f, propaganda %.4f: %s%n",
        product[0], product[1], product[2], product[3], product[6], harness[0], harness[1], harness[2], harness[3],
        harness[6], same ? "identical" : "DIFFERENT");
    if (!same) {
      System.exit(1);
    }
  }
}
