package dev.chorus.annotate.frames;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import dev.chorus.classify.AppendedTraining;
import dev.chorus.classify.ClassificationMetrics;
import dev.chorus.classify.ClassifierTrainer;
import dev.chorus.classify.GroupedFolds;
import dev.chorus.classify.LabeledText;
import dev.chorus.classify.OneStandardErrorRule;
import dev.chorus.classify.Outcome;
import dev.chorus.classify.TrainingSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Experiment, not product code (bench/frames-embeddings.sh; compiled against Chorus's jars only, never by the build):
 * the README's frame rows marked † ("Measured on the development protocol and not adopted"): a sentence embedding
 * (MiniLM; or e5-small-v2, bench/frames-embeddings.sh e5) of each FIGNEWS post's English translation, of the post,
 * or of both, appended to the frame model's tf-idf vector times w/√2 (the unit n-gram vector gets an embedding of
 * length w/√2, as in the stance experiment), on the development protocol's folds exactly as {@code chorus eval
 * frames --format fignews --tuning none --shuffled-cv 0} measures the default ({@link FignewsDevProtocol#estimate},
 * repeated step by step as in bench/experiments' {@code FramesExperiment}).
 *
 * <p>Everything but the appending is Chorus's: the 5 folds of whole batches, the per-fold classes
 * ({@code --min-class 10}) and left-out rows, the default's settings ({@link FrameTraining#DEFAULT_SETTINGS},
 * macro-F1 class weights), {@link ClassifierTrainer}'s preparation, calibration and decision weights (through
 * {@link AppendedTraining}, the trainer step by step with a wider vector), {@link FignewsEvaluation#scores}, the
 * bootstrap (1000 resamples, seed 42) and, for the nested w, {@link FignewsTuning}'s procedure (3 inner folds of
 * whole batches of the outer training part, one w for both label sets by mean macro-F1, the smallest w within one
 * bootstrap standard error of the best, {@link OneStandardErrorRule}). "vs default" is the paired bootstrap of
 * bench/experiments' {@code FramesExperiment} (pooled outcomes of both label sets resampled, batches not).
 *
 * <p>Checks: the default runs through the product's {@link FignewsRuns}; the appending trainer with nothing appended
 * must predict every held-out post as the default does; and the product's {@link FignewsDevProtocol} on the default
 * must give the harness's default figure for figure (exit 1 otherwise).
 *
 * <p>Arguments: {@code texts OUT FIGNEWS.csv} writes the distinct texts to embed (each post's translation, post, and
 * post + translation as the default model reads them; Base64 UTF-8, one a line); {@code run FIGNEWS.csv --cache
 * CACHE.tsv [--json OUT.json] [--min-class N] [--model NAME]} runs every row; NAME (default {@code MiniLM}) is the
 * embedding's name in the row labels and the JSON (the vectors are whatever the cache holds).
 */
public final class FramesEmbeddingExperiment {
  /** The nested tuning's grid of w (ascending: the simplest first), the README's. */
  static final double[] NESTED_GRID = {0, 0.3, 0.5, 0.7, 1};
  private static final int BOOTSTRAP = 1000;

  /**
   * One row: n-grams of {@code ngrams} (null: none, the embedding alone) with the embedding of {@code embedded} times
   * w/√2, logistic regression with C {@code c}; everything else the default's. The embedding alone is measured at
   * w = 1 (length 1/√2), the scale that reproduces the README's first figures (at length 1 it scores 0.529 [0.505, 0.555]).
   */
  record Spec(String name, String label, FignewsRow.Fields ngrams, FignewsRow.Fields embedded, double w, double c) {}

  static final List<Spec> SPECS = List.of(
      new Spec("mt-w0.3", "+ {model} of english_mt, w 0.3", FignewsRow.Fields.BOTH, FignewsRow.Fields.MT, 0.3, 0.5),
      new Spec("mt-w0.5", "+ {model} of english_mt, w 0.5", FignewsRow.Fields.BOTH, FignewsRow.Fields.MT, 0.5, 0.5),
      new Spec("mt-w0.7", "+ {model} of english_mt, w 0.7", FignewsRow.Fields.BOTH, FignewsRow.Fields.MT, 0.7, 0.5),
      new Spec("mt-w1", "+ {model} of english_mt, w 1", FignewsRow.Fields.BOTH, FignewsRow.Fields.MT, 1, 0.5),
      new Spec("mt-w2", "+ {model} of english_mt, w 2", FignewsRow.Fields.BOTH, FignewsRow.Fields.MT, 2, 0.5),
      new Spec("mt-alone", "{model} of english_mt alone (C 1)", null, FignewsRow.Fields.MT, 1, 1),
      new Spec("fields-mt+mt-w1", "--fields mt + {model} of english_mt, w 1", FignewsRow.Fields.MT,
          FignewsRow.Fields.MT, 1, 0.5),
      new Spec("text-w0.5", "+ {model} of the post itself, w 0.5", FignewsRow.Fields.BOTH, FignewsRow.Fields.TEXT,
          0.5, 0.5),
      new Spec("both-w0.5", "+ {model} of post and translation together, w 0.5", FignewsRow.Fields.BOTH,
          FignewsRow.Fields.BOTH, 0.5, 0.5));

  private final FignewsReader.Data data;
  private final int minClass;
  private final Map<String, double[]> byHash;
  private final String modelName;
  private final Map<String, double[]> unit = new HashMap<>();

  FramesEmbeddingExperiment(FignewsReader.Data data, int minClass, Map<String, double[]> byHash, String modelName) {
    this.data = data;
    this.minClass = minClass;
    this.byHash = byHash;
    this.modelName = modelName;
  }

  public static void main(String[] args) throws Exception {
    Linear.disableDebugOutput();
    if (args.length >= 3 && args[0].equals("texts")) {
      FignewsReader.Data d = FignewsReader.read(Path.of(args[2]));
      LinkedHashSet<String> lines = new LinkedHashSet<>();
      for (FignewsRow.Fields f : FignewsRow.Fields.values()) {
        d.rows().forEach(r -> lines.add(Base64.getEncoder().encodeToString(r.input(f).getBytes(
            StandardCharsets.UTF_8))));
      }
      Files.write(Path.of(args[1]), lines, StandardCharsets.UTF_8);
      System.err.printf(Locale.ROOT, "texts: %d posts, %d distinct texts (translation, post, both)%n",
          d.rows().size(), lines.size());
      return;
    }
    if (args.length < 2 || !args[0].equals("run")) {
      System.err.println("usage: FramesEmbeddingExperiment texts OUT FIGNEWS.csv | run FIGNEWS.csv --cache CACHE.tsv "
          + "[--json OUT.json] [--min-class N] [--model NAME]");
      System.exit(2);
    }
    Path file = Path.of(args[1]);
    Path cache = null;
    Path json = null;
    int minClass = 10;
    String modelName = "MiniLM";
    for (int i = 2; i < args.length; i++) {
      switch (args[i]) {
        case "--cache" -> cache = Path.of(args[++i]);
        case "--json" -> json = Path.of(args[++i]);
        case "--min-class" -> minClass = Integer.parseInt(args[++i]);
        case "--model" -> modelName = args[++i];
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    new FramesEmbeddingExperiment(FignewsReader.read(file), Math.max(1, minClass), readCache(cache), modelName)
        .run(json);
  }

  /** The settings the default model is trained with (macro-F1 class weights, as {@link FignewsRuns} trains it). */
  private static TrainingSettings trained() {
    return FrameCandidate.fixed(FrameTraining.DEFAULT_SETTINGS, FignewsRow.Fields.BOTH,
        FignewsEvaluation.Method.SOFTMAX_F1).settings().withFocusLabels(List.of());
  }

  /** A row's embedding of one of its texts, rescaled to unit length. */
  private double[] embedding(FignewsRow r, FignewsRow.Fields f) {
    return unit.computeIfAbsent(r.input(f), text -> {
      double[] v = byHash.get(sha256(text));
      if (v == null) {
        throw new IllegalStateException("no embedding cached for line " + r.line() + " (" + f + ")");
      }
      double norm = Math.sqrt(Arrays.stream(v).map(a -> a * a).sum());
      return Arrays.stream(v).map(a -> a / norm).toArray();
    });
  }

  /** Models trained on one set of rows of one label set, the n-gram vectors prepared once per fields. */
  private final class Runs {
    private final List<FignewsRow> rows;
    private final FignewsLabelSet set;
    private final Map<FignewsRow.Fields, ClassifierTrainer.Prepared> prepared = new EnumMap<>(FignewsRow.Fields.class);

    Runs(List<FignewsRow> rows, FignewsLabelSet set) {
      this.rows = rows;
      this.set = set;
    }

    private ClassifierTrainer.Prepared prepared(FignewsRow.Fields f) {
      return prepared.computeIfAbsent(f, k -> ClassifierTrainer.prepare(trained(), rows.stream()
          .map(r -> new LabeledText(r.input(k), set.gold(r))).toList()));
    }

    /** The predictor of a spec trained on these rows (w = 0 with n-grams: nothing appended, the product's vectors). */
    Function<FignewsRow, String> predictor(Spec s) {
      TrainingSettings settings = trained().withC(s.c());
      if (s.ngrams() == null) {
        ClassifierTrainer.Prepared p = prepared(FignewsRow.Fields.BOTH); // labels and classes only
        double scale = s.w() / Math.sqrt(2);
        Feature[][] x = rows.stream().map(r -> AppendedTraining.appended(new Feature[0], embedding(r, s.embedded()),
            scale, 0)).toArray(Feature[][]::new);
        AppendedTraining.Model m = AppendedTraining.train(settings, p, x, x[0].length);
        return r -> m.label(AppendedTraining.appended(new Feature[0], embedding(r, s.embedded()), scale, 0));
      }
      ClassifierTrainer.Prepared p = prepared(s.ngrams());
      int n = p.space().size();
      if (s.w() == 0) {
        AppendedTraining.Model m = AppendedTraining.train(settings, p, p.x(), n);
        return r -> m.label(m.model().features(r.input(s.ngrams())));
      }
      double scale = s.w() / Math.sqrt(2);
      Feature[][] x = IntStream.range(0, rows.size()).mapToObj(i -> AppendedTraining.appended(p.x()[i],
          embedding(rows.get(i), s.embedded()), scale, n)).toArray(Feature[][]::new);
      int d = embedding(rows.get(0), s.embedded()).length;
      AppendedTraining.Model m = AppendedTraining.train(settings, p, x, n + d);
      return r -> m.label(AppendedTraining.appended(m.model().features(r.input(s.ngrams())),
          embedding(r, s.embedded()), scale, n));
    }
  }

  private static Spec translation(double w) {
    return new Spec("mt-w" + num(w), "+ {model} of english_mt, w " + num(w), FignewsRow.Fields.BOTH,
        FignewsRow.Fields.MT, w, 0.5);
  }

  void run(Path json) throws IOException {
    long start = System.nanoTime();
    List<FignewsRow> rows = data.rows();
    int[] fold = GroupedFolds.assign(rows.stream().map(FignewsRow::batch).toList(), FignewsDevProtocol.OUTER_FOLDS);
    Map<FignewsLabelSet, Map<String, Integer>> left = new EnumMap<>(FignewsLabelSet.class);
    Map<FignewsLabelSet, TreeSet<String>> scored = new EnumMap<>(FignewsLabelSet.class);
    List<String> names = new ArrayList<>(List.of("default", "replica-w0"));
    SPECS.forEach(s -> names.add(s.name()));
    names.add("mt-nested");
    Map<String, Map<FignewsLabelSet, List<Outcome>>> runs = new LinkedHashMap<>();
    for (String n : names) {
      Map<FignewsLabelSet, List<Outcome>> o = new EnumMap<>(FignewsLabelSet.class);
      for (FignewsLabelSet set : FignewsLabelSet.values()) {
        o.put(set, new ArrayList<>());
      }
      runs.put(n, o);
    }
    for (FignewsLabelSet set : FignewsLabelSet.values()) {
      left.put(set, new TreeMap<>());
      scored.put(set, new TreeSet<>());
      FignewsEvaluation.labelled(rows, set, left.get(set));
    }
    List<String> nestedChoices = new ArrayList<>();
    for (int f = 0; f < FignewsDevProtocol.OUTER_FOLDS; f++) {
      List<FignewsRow> train = GroupedFolds.members(fold, f, false).stream().map(rows::get).toList();
      List<FignewsRow> test = GroupedFolds.members(fold, f, true).stream().map(rows::get).toList();
      Map<FignewsLabelSet, List<String>> classes = new EnumMap<>(FignewsLabelSet.class);
      for (FignewsLabelSet set : FignewsLabelSet.values()) {
        classes.put(set, FignewsEvaluation.classes(train.stream().filter(r -> set.gold(r) != null).toList(), set,
            minClass));
      }
      // this fold's outcomes of the fixed weights of the nested grid, per set, to pick the chosen one's from
      Map<Double, Map<FignewsLabelSet, List<Outcome>>> byW = new HashMap<>();
      for (FignewsLabelSet set : FignewsLabelSet.values()) {
        List<String> cls = classes.get(set);
        scored.get(set).addAll(cls);
        List<FignewsRow> tr = FignewsTuning.within(train, set, cls);
        List<FignewsRow> te = test.stream().filter(r -> set.gold(r) != null
            && FignewsEvaluation.keep(r, set, cls, left.get(set))).toList();
        Function<FignewsRow, String> product = new FignewsRuns(tr, set, cls).predictor(FrameCandidate.fixed(
            FrameTraining.DEFAULT_SETTINGS, FignewsRow.Fields.BOTH, FignewsEvaluation.Method.SOFTMAX_F1));
        Runs r = new Runs(tr, set);
        add(runs, "default", set, te, product);
        add(runs, "replica-w0", set, te, r.predictor(translation(0)));
        byW.computeIfAbsent(0.0, k -> new EnumMap<>(FignewsLabelSet.class)).put(set, outcomes(set, te, product));
        for (Spec s : SPECS) {
          Function<FignewsRow, String> m = r.predictor(s);
          add(runs, s.name(), set, te, m);
          if (s.ngrams() == FignewsRow.Fields.BOTH && s.embedded() == FignewsRow.Fields.MT) {
            byW.computeIfAbsent(s.w(), k -> new EnumMap<>(FignewsLabelSet.class)).put(set, outcomes(set, te, m));
          }
        }
      }
      double chosen = chooseW(train, classes, nestedChoices);
      byW.get(chosen).forEach((set, o) -> runs.get("mt-nested").get(set).addAll(o));
      System.err.printf(Locale.ROOT, "fold %d of %d done (nested chose w %s; %.0f s)%n", f + 1,
          FignewsDevProtocol.OUTER_FOLDS, num(chosen), (System.nanoTime() - start) / 1e9);
    }
    Map<FignewsLabelSet, List<String>> classes = new EnumMap<>(FignewsLabelSet.class);
    scored.forEach((set, s) -> classes.put(set, List.copyOf(s)));
    report(runs, classes, left, nestedChoices, json, start);
  }

  private static void add(Map<String, Map<FignewsLabelSet, List<Outcome>>> runs, String name, FignewsLabelSet set,
      List<FignewsRow> te, Function<FignewsRow, String> model) {
    runs.get(name).get(set).addAll(outcomes(set, te, model));
  }

  private static List<Outcome> outcomes(FignewsLabelSet set, List<FignewsRow> te, Function<FignewsRow, String> m) {
    return te.stream().map(r -> FignewsEvaluation.outcome(r, set, m)).toList();
  }

  /**
   * {@link FignewsTuning#choose} with the weights of {@link #NESTED_GRID} as candidates: inner folds of whole batches
   * of the outer training rows, one w for both label sets by mean macro-F1, the smallest w within one standard error.
   */
  private double chooseW(List<FignewsRow> rows, Map<FignewsLabelSet, List<String>> classes, List<String> log) {
    List<String> batches = rows.stream().map(FignewsRow::batch).toList();
    int k = Math.min(FignewsTuning.INNER_FOLDS, new LinkedHashSet<>(batches).size());
    int[] fold = GroupedFolds.assign(batches, k);
    List<List<Outcome>> outcomes = new ArrayList<>();
    for (double w : NESTED_GRID) {
      outcomes.add(new ArrayList<>());
    }
    for (int f = 0; f < k; f++) {
      List<FignewsRow> train = GroupedFolds.members(fold, f, false).stream().map(rows::get).toList();
      List<FignewsRow> valid = GroupedFolds.members(fold, f, true).stream().map(rows::get).toList();
      for (FignewsLabelSet set : FignewsLabelSet.values()) {
        List<String> cls = classes.get(set);
        Runs runs = new Runs(FignewsTuning.within(train, set, cls), set);
        List<FignewsRow> v = FignewsTuning.within(valid, set, cls);
        for (int c = 0; c < NESTED_GRID.length; c++) {
          Function<FignewsRow, String> model = runs.predictor(translation(NESTED_GRID[c]));
          for (FignewsRow r : v) {
            outcomes.get(c).add(new Outcome(set.gold(r), model.apply(r), set.id()));
          }
        }
      }
    }
    OneStandardErrorRule.Choice c = OneStandardErrorRule.choose(outcomes, o -> FignewsTuning.meanMacroF1(o, classes),
        IntStream.range(0, NESTED_GRID.length).toArray());
    log.add(String.format(Locale.ROOT, "w %s (inner mean macro-F1 %s; chosen %.3f, best %.3f ± %.3f)",
        num(NESTED_GRID[c.index()]), IntStream.range(0, NESTED_GRID.length).mapToObj(i -> String.format(Locale.ROOT,
            "%s: %.3f", num(NESTED_GRID[i]), FignewsTuning.meanMacroF1(outcomes.get(i), classes)))
            .reduce((a, b) -> a + ", " + b).orElse(""), c.score(), c.best(), c.standardError()));
    return NESTED_GRID[c.index()];
  }

  private void report(Map<String, Map<FignewsLabelSet, List<Outcome>>> runs,
      Map<FignewsLabelSet, List<String>> classes, Map<FignewsLabelSet, Map<String, Integer>> left,
      List<String> nestedChoices, Path json, long start) throws IOException {
    List<Outcome> reference = tagged(runs.get("default"));
    boolean replicaSame = reference.equals(tagged(runs.get("replica-w0")));
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("default", "the default (w = 0; the product's FignewsRuns)");
    labels.put("replica-w0", "check: the appending trainer, nothing appended");
    SPECS.forEach(s -> labels.put(s.name(), s.label()));
    labels.put("mt-nested", "+ {model} of english_mt, w of {0, 0.3, 0.5, 0.7, 1} chosen by nested tuning in each fold");
    labels.replaceAll((k, v) -> v.replace("{model}", modelName));
    StringBuilder md = new StringBuilder();
    StringBuilder js = new StringBuilder("{\n  \"model\": " + q(modelName) + ",\n  \"file\": "
        + q(data.file().getFileName().toString()) + ",\n  \"posts\": "
        + data.rows().size() + ",\n  \"min_class\": " + minClass + ",\n  \"resamples\": " + BOOTSTRAP + ",\n  \"rows\": [\n");
    md.append(String.format(Locale.ROOT, "FIGNEWS-2024 %s, %d posts; development protocol folds (5 folds of whole "
        + "batches), --min-class %d%n%n", data.file().getFileName(), data.rows().size(), minClass));
    md.append("| row | mean macro-F1 [95% CI] | bias [95% CI] | propaganda [95% CI] | vs default [95% CI] "
        + "| bias F1 per class |\n|---|---|---|---|---|---|\n");
    List<String> precise = new ArrayList<>();
    int i = 0;
    for (var e : runs.entrySet()) {
      String name = e.getKey();
      FignewsReport.LabelSetScores bias = FignewsEvaluation.scores(e.getValue().get(FignewsLabelSet.BIAS),
          classes.get(FignewsLabelSet.BIAS), left.get(FignewsLabelSet.BIAS));
      FignewsReport.LabelSetScores prop = FignewsEvaluation.scores(e.getValue().get(FignewsLabelSet.PROPAGANDA),
          classes.get(FignewsLabelSet.PROPAGANDA), left.get(FignewsLabelSet.PROPAGANDA));
      double mean = (bias.macroF1() + prop.macroF1()) / 2;
      List<Outcome> tagged = tagged(e.getValue());
      double[] ci = ClassificationMetrics.bootstrap95(tagged, o -> FignewsTuning.meanMacroF1(o, classes), BOOTSTRAP,
          FignewsEvaluation.SEED);
      double[] d = name.equals("default") ? null : diff(reference, tagged, classes);
      StringBuilder perClass = new StringBuilder();
      bias.f1().forEach((c, v) -> perClass.append(perClass.length() == 0 ? "" : ", ").append(c).append(' ')
          .append(String.format(Locale.ROOT, "%.2f", v)));
      md.append(String.format(Locale.ROOT, "| %s | %.3f [%.3f, %.3f] | %.3f [%.3f, %.3f] | %.3f [%.3f, %.3f] | %s "
              + "| %s |%n", labels.get(name), mean, ci[0], ci[1], bias.macroF1(), bias.ci95()[0], bias.ci95()[1],
          prop.macroF1(), prop.ci95()[0], prop.ci95()[1], d == null ? "—" : String.format(Locale.ROOT,
              "%+.3f [%+.3f, %+.3f]", d[0], d[1], d[2]).replace('-', '−'), perClass));
      precise.add(String.format(Locale.ROOT, "%s: mean %.4f [%.4f, %.4f], bias %.4f, propaganda %.4f%s", name, mean,
          ci[0], ci[1], bias.macroF1(), prop.macroF1(), d == null ? "" : String.format(Locale.ROOT,
              ", vs default %+.4f [%+.4f, %+.4f]", d[0], d[1], d[2])));
      js.append(String.format(Locale.ROOT, "    {\"name\": %s, \"label\": %s, \"macro_f1\": %.12f, \"macro_f1_ci95\": "
              + "[%.12f, %.12f], \"bias\": %.12f, \"bias_ci95\": [%.12f, %.12f], \"propaganda\": %.12f, "
              + "\"propaganda_ci95\": [%.12f, %.12f], \"vs_default\": %s}%s%n", q(name), q(labels.get(name)), mean,
          ci[0], ci[1], bias.macroF1(), bias.ci95()[0], bias.ci95()[1], prop.macroF1(), prop.ci95()[0],
          prop.ci95()[1], d == null ? "null" : String.format(Locale.ROOT, "[%.6f, %.6f, %.6f]", d[0], d[1], d[2]),
          ++i < runs.size() ? "," : ""));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    md.append("\nNested choices per fold: ");
    for (int f = 0; f < nestedChoices.size(); f++) {
      md.append(f == 0 ? "" : "; ").append("fold ").append(f + 1).append(' ').append(nestedChoices.get(f));
    }
    md.append(String.format(Locale.ROOT, ".%nAppending trainer with nothing appended predicts as the default: %s. "
        + "%.0f s.%n%n", replicaSame ? "yes" : "NO", seconds));
    precise.forEach(p -> md.append(p).append('\n'));
    System.out.print(md);
    js.append("  ],\n  \"nested_choices\": [").append(nestedChoices.stream().map(FramesEmbeddingExperiment::q)
        .reduce((a, b) -> a + ", " + b).orElse("")).append(String.format(Locale.ROOT,
        "],%n  \"replica_matches_default\": %s,%n", replicaSame));
    boolean same = check(runs.get("default"), classes, left, js);
    js.append(String.format(Locale.ROOT, "  \"seconds\": %.1f%n}%n", seconds));
    if (json != null) {
      Files.writeString(json, js.toString());
    }
    if (!replicaSame || !same) {
      System.exit(1);
    }
  }

  /** The product's protocol on the default, which the harness's default must equal figure for figure. */
  private boolean check(Map<FignewsLabelSet, List<Outcome>> harness, Map<FignewsLabelSet, List<String>> classes,
      Map<FignewsLabelSet, Map<String, Integer>> left, StringBuilder js) {
    FignewsReport.LabelSetScores bias = FignewsEvaluation.scores(harness.get(FignewsLabelSet.BIAS),
        classes.get(FignewsLabelSet.BIAS), left.get(FignewsLabelSet.BIAS));
    FignewsReport.LabelSetScores prop = FignewsEvaluation.scores(harness.get(FignewsLabelSet.PROPAGANDA),
        classes.get(FignewsLabelSet.PROPAGANDA), left.get(FignewsLabelSet.PROPAGANDA));
    double[] ci = ClassificationMetrics.bootstrap95(tagged(harness), o -> FignewsTuning.meanMacroF1(o, classes),
        BOOTSTRAP, FignewsEvaluation.SEED);
    double[] mine = {(bias.macroF1() + prop.macroF1()) / 2, ci[0], ci[1], bias.macroF1(), bias.ci95()[0],
        bias.ci95()[1], prop.macroF1(), prop.ci95()[0], prop.ci95()[1]};
    FignewsDevReport d = new FignewsDevProtocol(List.of(FrameCandidate.fixed(FrameTraining.DEFAULT_SETTINGS,
        FignewsRow.Fields.BOTH, FignewsEvaluation.Method.SOFTMAX_F1)), minClass).estimate(data);
    FignewsReport s = d.scores();
    double[] product = {s.macroF1(), d.ci95()[0], d.ci95()[1], s.bias().macroF1(), s.bias().ci95()[0],
        s.bias().ci95()[1], s.propaganda().macroF1(), s.propaganda().ci95()[0], s.propaganda().ci95()[1]};
    boolean same = Arrays.equals(product, mine);
    System.out.printf(Locale.ROOT, "check: FignewsDevProtocol (the CLI's --tuning none) mean %.4f [%.4f, %.4f], bias "
            + "%.4f, propaganda %.4f; harness default %.4f [%.4f, %.4f], bias %.4f, propaganda %.4f: %s%n",
        product[0], product[1], product[2], product[3], product[6], mine[0], mine[1], mine[2], mine[3], mine[6],
        same ? "identical" : "DIFFERENT");
    js.append(String.format(Locale.ROOT, "  \"product_check_identical\": %s,%n", same));
    return same;
  }

  /** Outcomes of both label sets tagged with the set's id, bias first (the protocol's order). */
  private static List<Outcome> tagged(Map<FignewsLabelSet, List<Outcome>> r) {
    List<Outcome> out = new ArrayList<>();
    r.forEach((set, list) -> list.forEach(o -> out.add(new Outcome(o.gold(), o.predicted(), set.id()))));
    return out;
  }

  /** The paired bootstrap of bench/experiments' FramesExperiment: the same resampled outcome indices score both. */
  private static double[] diff(List<Outcome> reference, List<Outcome> variant,
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
    return new double[] {point, ci[0], ci[1]};
  }

  static Map<String, double[]> readCache(Path cache) throws IOException {
    Map<String, double[]> out = new HashMap<>();
    for (String line : Files.readAllLines(cache, StandardCharsets.UTF_8)) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        out.put(line.substring(0, tab), Arrays.stream(line.substring(tab + 1).trim().split(" "))
            .mapToDouble(Double::parseDouble).toArray());
      }
    }
    return out;
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(
          StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String num(double w) {
    return w == Math.rint(w) ? Long.toString((long) w) : Double.toString(w);
  }

  private static String q(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
