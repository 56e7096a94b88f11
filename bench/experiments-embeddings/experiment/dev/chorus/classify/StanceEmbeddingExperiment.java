package dev.chorus.classify;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import dev.chorus.annotate.stance.StanceCandidate;
import dev.chorus.annotate.stance.StanceDataset;
import dev.chorus.annotate.stance.StanceDevProtocol;
import dev.chorus.annotate.stance.StanceExample;
import dev.chorus.annotate.stance.StanceFileReader;
import dev.chorus.annotate.stance.StanceFormat;
import dev.chorus.annotate.stance.StanceLabels;
import dev.chorus.annotate.stance.StanceTraining;
import dev.chorus.annotate.stance.StanceTuning;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Experiment, not product code (run by bench/stance-embeddings.sh; compiled against Chorus's jars only, never by the
 * build): do English sentence embeddings appended to the n-gram features help the default stance model on the
 * development protocol? Each post's embedding (unit length, read from a cache the script fills with
 * {@code EmbedTexts}) is appended to its tf-idf vector (word and character blocks of length 1/√2 each) times w/√2,
 * so at w = 1 it weighs as much as either n-gram block.
 *
 * <p>Everything but the appending is Chorus's own code: the blocked split ({@link BlockedSplit} with
 * {@link StanceDevProtocol#HELD_OUT} outside and {@link StanceTuning#HELD_OUT} inside), the model the shipped tuning
 * chose on SemEval (the tuning grid's per-target "svm C=0.03 calibrated", fixed), {@link ClassifierTrainer}'s
 * preparation, held-out calibration scores, {@link SoftmaxCalibration} and liblinear fits, the pooled F_avg of
 * {@link ClassificationMetrics}, its bootstrap (1,000 resamples, seed 42, as {@code StanceEvaluation}) and
 * {@link OneStandardErrorRule} for the nested choice of w. At w = 0 the models are trained by
 * {@link ClassifierTrainer#train(ClassifierTrainer.Prepared)} and decide by {@link TextClassifier#predict}, the very
 * path of {@code chorus eval stance}, so w = 0 must give its dev-blocked F_avg; the appending variant is checked to
 * give the same predictions at w = 0.
 *
 * <p>Arguments: {@code texts OUT FILE...} writes the distinct post texts (Base64 UTF-8, one a line) for the embedder;
 * {@code run --model NAME --cache CACHE.tsv --json OUT.json FILE...} runs the experiment (SemEval format).
 */
public final class StanceEmbeddingExperiment {
  /** The fixed weights measured, and the nested tuning's grid (ascending: the simplest first). */
  static final double[] WEIGHTS = {0, 0.3, 0.5, 0.7, 1, 1.5, 2, 3};
  /** The smaller grid of README's first nested row. */
  static final double[] README_GRID = {0, 0.3, 0.5, 1, 2};
  static final String CANDIDATE = "svm C=0.03 calibrated";
  static final int RESAMPLES = 1000;
  static final long SEED = 42;

  private StanceEmbeddingExperiment() {}

  public static void main(String[] args) throws Exception {
    Linear.disableDebugOutput();
    if (args[0].equals("texts")) {
      StanceDataset data = read(Arrays.asList(args).subList(2, args.length));
      LinkedHashSet<String> lines = new LinkedHashSet<>();
      data.examples().forEach(e -> lines.add(Base64.getEncoder().encodeToString(e.text().getBytes(
          StandardCharsets.UTF_8))));
      Files.write(Path.of(args[1]), lines, StandardCharsets.UTF_8);
      System.err.printf(Locale.ROOT, "texts: %d posts, %d distinct texts%n", data.examples().size(), lines.size());
      return;
    }
    String model = null;
    Path cache = null;
    Path json = null;
    boolean joint = false;
    List<String> files = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--model" -> model = args[++i];
        case "--cache" -> cache = Path.of(args[++i]);
        case "--json" -> json = Path.of(args[++i]);
        case "--joint" -> joint = true;
        default -> files.add(args[i]);
      }
    }
    run(model, cache, json, joint, read(files));
  }

  private static StanceDataset read(List<String> files) throws IOException {
    return StanceFileReader.readAll(files.stream().map(Path::of).toList(), StanceFormat.SEMEVAL);
  }

  static void run(String modelName, Path cache, Path json, boolean joint, StanceDataset data) throws IOException {
    long start = System.nanoTime();
    Map<String, double[]> byHash = readCache(cache);
    Map<StanceExample, double[]> emb = new HashMap<>();
    double minNorm = Double.MAX_VALUE;
    double maxNorm = 0;
    int dims = -1;
    for (StanceExample e : data.examples()) {
      double[] v = byHash.get(sha256(e.text()));
      if (v == null) {
        throw new IllegalStateException("no embedding cached for line " + e.line() + " in " + cache);
      }
      dims = v.length;
      double norm = Math.sqrt(Arrays.stream(v).map(a -> a * a).sum());
      minNorm = Math.min(minNorm, norm);
      maxNorm = Math.max(maxNorm, norm);
      emb.put(e, Arrays.stream(v).map(a -> a / norm).toArray()); // unit length whatever the model returns
    }
    StanceCandidate candidate = StanceCandidate.tuningGrid(StanceTraining.DEFAULT_SETTINGS.features())
        .stream().filter(c -> c.name().equals(CANDIDATE)).findFirst().orElseThrow();
    TrainingSettings settings = candidate.settings();

    List<List<StanceExample>> outer = split(data.examples(), StanceDevProtocol.HELD_OUT);
    List<StanceExample> train = outer.get(0);
    List<StanceExample> test = outer.get(1);
    System.err.printf(Locale.ROOT, "%s: %d posts (%d train, %d held out), %d dims (norms %.4f–%.4f, rescaled to 1)%n",
        modelName, data.examples().size(), train.size(), test.size(), dims, minNorm, maxNorm);

    // the fixed weights on the outer split
    Runs outerRuns = new Runs(settings, train, emb);
    List<List<Outcome>> fixed = new ArrayList<>();
    for (double w : WEIGHTS) {
      fixed.add(outerRuns.outcomes(candidate, w, test));
      System.err.printf(Locale.ROOT, "  w %.1f: F_avg %.4f%n", w, fAvg(fixed.get(fixed.size() - 1)));
    }
    boolean replicaSame = outerRuns.replicaMatchesProduct(candidate, test);

    // w by nested tuning: the inner blocked split of the training part, shared scope (one w for all targets)
    List<List<StanceExample>> inner = split(train, StanceTuning.HELD_OUT);
    Runs innerRuns = new Runs(settings, inner.get(0), emb);
    List<List<Outcome>> validation = new ArrayList<>();
    for (double w : WEIGHTS) {
      validation.add(innerRuns.outcomes(candidate, w, inner.get(1)));
    }

    List<Outcome> base = fixed.get(0);
    StringBuilder md = new StringBuilder();
    StringBuilder js = new StringBuilder();
    md.append(String.format(Locale.ROOT, "%n### %s (SemEval train + trial, blocked split: %d train, %d held out)%n%n",
        modelName, train.size(), test.size()));
    md.append("| setting | F_avg [95% CI] | vs w = 0 [95% CI] |\n|---|---|---|\n");
    js.append("{\n  \"model\": ").append(q(modelName)).append(",\n  \"dimensions\": ").append(dims)
        .append(",\n  \"train_n\": ").append(train.size()).append(",\n  \"held_out_n\": ").append(test.size())
        .append(",\n  \"candidate\": ").append(q(CANDIDATE)).append(",\n  \"resamples\": ").append(RESAMPLES)
        .append(",\n  \"replica_matches_product_at_w0\": ").append(replicaSame).append(",\n  \"fixed\": [\n");
    for (int k = 0; k < WEIGHTS.length; k++) {
      double f = fAvg(fixed.get(k));
      double[] ci = ClassificationMetrics.bootstrap95(fixed.get(k), StanceEmbeddingExperiment::fAvg, RESAMPLES, SEED);
      double[] d = pairedDifference(fixed.get(k), base);
      String label = WEIGHTS[k] == 0 ? "the default's choice fixed (SVM C 0.03 calibrated), w = 0"
          : "+ embedding, w " + num(WEIGHTS[k]);
      md.append(String.format(Locale.ROOT, "| %s | %.3f [%.3f, %.3f] | %s |%n", label, f, ci[0], ci[1],
          WEIGHTS[k] == 0 ? "—" : diff(d)));
      js.append(String.format(Locale.ROOT, "    {\"w\": %s, \"f_avg\": %.12f, \"ci95\": [%.6f, %.6f], "
          + "\"diff_vs_w0\": %.6f, \"diff_ci95\": [%.6f, %.6f], \"inner_f_avg\": %.6f}%s%n", num(WEIGHTS[k]), f, ci[0],
          ci[1], d[0], d[1], d[2], fAvg(validation.get(k)), k + 1 < WEIGHTS.length ? "," : ""));
    }
    js.append("  ],\n  \"nested\": [\n");
    double[][] grids = {WEIGHTS, README_GRID};
    for (int g = 0; g < grids.length; g++) {
      int[] idx = Arrays.stream(grids[g]).mapToInt(w -> indexOf(WEIGHTS, w)).toArray();
      OneStandardErrorRule.Choice c = OneStandardErrorRule.choose(
          Arrays.stream(idx).mapToObj(validation::get).toList(), StanceEmbeddingExperiment::fAvg,
          IntStream.range(0, idx.length).toArray());
      int chosen = idx[c.index()];
      List<Outcome> o = fixed.get(chosen);
      double f = fAvg(o);
      double[] ci = ClassificationMetrics.bootstrap95(o, StanceEmbeddingExperiment::fAvg, RESAMPLES, SEED);
      double[] d = pairedDifference(o, base);
      String grid = Arrays.stream(grids[g]).mapToObj(StanceEmbeddingExperiment::num).reduce((a, b) -> a + ", " + b)
          .orElse("");
      md.append(String.format(Locale.ROOT, "| + embedding, w of {%s} by nested tuning (chose %s; inner F_avg %.3f, "
          + "best %.3f ± %.3f) | %.3f [%.3f, %.3f] | %s |%n", grid, num(WEIGHTS[chosen]), c.score(), c.best(),
          c.standardError(), f, ci[0], ci[1], diff(d)));
      js.append(String.format(Locale.ROOT, "    {\"grid\": [%s], \"chose\": %s, \"inner_f_avg\": %.6f, "
          + "\"inner_best\": %.6f, \"inner_se\": %.6f, \"f_avg\": %.12f, \"ci95\": [%.6f, %.6f], \"diff_vs_w0\": %.6f, "
          + "\"diff_ci95\": [%.6f, %.6f]}%s%n", grid, num(WEIGHTS[chosen]), c.score(), c.best(), c.standardError(), f,
          ci[0], ci[1], d[0], d[1], d[2], g + 1 < grids.length ? "," : ""));
    }
    String jointJson = "";
    if (joint) {
      jointJson = jointTuning(settings, candidate, inner, outerRuns, innerRuns, test, base, md, js);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    js.append(String.format(Locale.ROOT, "  ],%n  \"joint\": [%s],%n  \"seconds\": %.1f%n}%n", jointJson, seconds));
    md.append(String.format(Locale.ROOT, "%nInner F_avg by w (validation part of the training part): %s. "
        + "Appending replica identical to the product at w = 0: %s. %.0f s.%n",
        IntStream.range(0, WEIGHTS.length).mapToObj(k -> String.format(Locale.ROOT, "%s %.3f", num(WEIGHTS[k]),
            fAvg(validation.get(k)))).reduce((a, b) -> a + ", " + b).orElse(""), replicaSame ? "yes" : "NO",
        seconds));
    System.out.print(md);
    if (json != null) {
      Files.writeString(json, js.toString());
    }
    if (!replicaSame) {
      throw new IllegalStateException("the appending trainer differs from ClassifierTrainer at w = 0");
    }
  }

  /**
   * The shipped tuning grid (per-target SVM C 0.03–1, (un)balanced, calibrated or +fw; shared scope) crossed with the
   * weights, chosen jointly on the inner split by the one-standard-error rule. The grid has no order between a
   * simpler model and a smaller weight, so two are reported: the model's complexity first (then w), and w first.
   */
  private static String jointTuning(TrainingSettings settings, StanceCandidate fixedCandidate,
      List<List<StanceExample>> inner, Runs outerRuns, Runs innerRuns, List<StanceExample> test, List<Outcome> base,
      StringBuilder md, StringBuilder js) {
    Map<TrainingSettings, List<StanceCandidate>> bySettings = new LinkedHashMap<>();
    StanceCandidate.tuningGrid(settings.features()).forEach(c -> bySettings.computeIfAbsent(c.settings(),
        k -> new ArrayList<>()).add(c));
    List<StanceCandidate> cands = new ArrayList<>();
    List<Integer> wIndex = new ArrayList<>();
    List<List<Outcome>> validation = new ArrayList<>();
    for (int k = 0; k < WEIGHTS.length; k++) {
      for (List<StanceCandidate> group : bySettings.values()) {
        List<List<Outcome>> o = innerRuns.outcomes(group, WEIGHTS[k], inner.get(1));
        for (int i = 0; i < group.size(); i++) {
          cands.add(group.get(i));
          wIndex.add(k);
          validation.add(o.get(i));
        }
      }
      System.err.printf(Locale.ROOT, "  joint: w %s done%n", num(WEIGHTS[k]));
    }
    // the shipped tuning alone (w = 0): must choose what chorus eval stance chose
    int[] atZero = IntStream.range(0, cands.size()).filter(i -> wIndex.get(i) == 0).toArray();
    OneStandardErrorRule.Choice shipped = OneStandardErrorRule.choose(Arrays.stream(atZero).mapToObj(validation::get)
        .toList(), StanceEmbeddingExperiment::fAvg, Arrays.stream(atZero).map(i -> cands.get(i).complexity())
        .toArray());
    String shippedName = cands.get(atZero[shipped.index()]).name();
    md.append(String.format(Locale.ROOT, "| the shipped tuning, w = 0 (chose %s; inner F_avg %.3f, best %.3f ± %.3f)"
        + " | (as w = 0 above when it chose %s) | |%n", shippedName, shipped.score(), shipped.best(),
        shipped.standardError(), fixedCandidate.name()));
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "{\"order\": \"shipped grid, w = 0 only\", "
        + "\"chose\": %s, \"w\": 0, \"inner_f_avg\": %.6f, \"inner_best\": %.6f, \"inner_se\": %.6f}",
        q(shippedName), shipped.score(), shipped.best(), shipped.standardError()));
    String[] orders = {"model first, then w", "w first, then model"};
    for (int ord = 0; ord < 2; ord++) {
      final int order = ord;
      int[] complexity = IntStream.range(0, cands.size()).map(i -> order == 0
          ? cands.get(i).complexity() * 100 + wIndex.get(i) : wIndex.get(i) * 10000 + cands.get(i).complexity())
          .toArray();
      OneStandardErrorRule.Choice c = OneStandardErrorRule.choose(validation, StanceEmbeddingExperiment::fAvg,
          complexity);
      StanceCandidate chosen = cands.get(c.index());
      double w = WEIGHTS[wIndex.get(c.index())];
      List<Outcome> o = outerRuns.outcomes(chosen, w, test);
      double f = fAvg(o);
      double[] ci = ClassificationMetrics.bootstrap95(o, StanceEmbeddingExperiment::fAvg, RESAMPLES, SEED);
      double[] d = pairedDifference(o, base);
      md.append(String.format(Locale.ROOT, "| the shipped tuning grid × w, tuned jointly, simplest %s (chose %s, w %s;"
          + " inner F_avg %.3f, best %.3f ± %.3f) | %.3f [%.3f, %.3f] | %s |%n", orders[ord], chosen.name(), num(w),
          c.score(), c.best(), c.standardError(), f, ci[0], ci[1], diff(d)));
      out.append(String.format(Locale.ROOT, ",%n    {\"order\": %s, \"chose\": %s, \"w\": %s, \"inner_f_avg\": "
          + "%.6f, \"inner_best\": %.6f, \"inner_se\": %.6f, \"f_avg\": %.12f, \"ci95\": [%.6f, %.6f], "
          + "\"diff_vs_w0\": %.6f, \"diff_ci95\": [%.6f, %.6f]}", q(orders[ord]), q(chosen.name()), num(w),
          c.score(), c.best(), c.standardError(), f, ci[0], ci[1], d[0], d[1], d[2]));
    }
    return out.toString();
  }

  /** Trained models per target and weight, on one training set (the vectors prepared once per target). */
  static final class Runs {
    private final Map<StanceExample, double[]> emb;
    private final Map<String, ClassifierTrainer.Prepared> prepared = new LinkedHashMap<>();
    private final Map<String, double[][]> embeddings = new LinkedHashMap<>();

    /** @param settings whose features and normaliser every candidate shares (those of the tuning grid) */
    Runs(TrainingSettings settings, List<StanceExample> train, Map<StanceExample, double[]> emb) {
      this.emb = emb;
      Map<String, List<StanceExample>> byTarget = new LinkedHashMap<>();
      train.forEach(e -> byTarget.computeIfAbsent(StanceLabels.targetId(e.target()), t -> new ArrayList<>()).add(e));
      byTarget.forEach((t, list) -> {
        prepared.put(t, ClassifierTrainer.prepare(settings, list.stream().map(e -> new LabeledText(e.text(),
            e.stance())).toList()));
        embeddings.put(t, list.stream().map(emb::get).toArray(double[][]::new));
      });
    }

    /** The held-out outcomes of a candidate at weight w (w = 0: the product's own training and prediction). */
    List<Outcome> outcomes(StanceCandidate c, double w, List<StanceExample> test) {
      return outcomes(List.of(c), w, test).get(0);
    }

    /**
     * The held-out outcomes of candidates that share one trained model (same settings, other decisions), at weight
     * w: trained once per target, decided as each candidate says.
     */
    List<List<Outcome>> outcomes(List<StanceCandidate> sameModel, double w, List<StanceExample> test) {
      TrainingSettings settings = sameModel.get(0).settings();
      Map<String, Appended> models = new HashMap<>();
      prepared.forEach((t, p) -> models.put(t, w == 0 ? new Appended(new ClassifierTrainer(settings).train(p), null)
          : trainAppended(settings, p, embeddings.get(t), w)));
      List<List<Outcome>> out = new ArrayList<>();
      for (StanceCandidate c : sameModel) {
        if (!c.settings().equals(settings)) {
          throw new IllegalArgumentException(c.name() + " does not share the model of " + sameModel.get(0).name());
        }
        List<Outcome> o = new ArrayList<>();
        for (StanceExample e : test) {
          String t = StanceLabels.targetId(e.target());
          Appended m = models.get(t);
          String label = w == 0 ? decided(m.model(), c.decision()).predict(e.text()).label()
              : m.label(appended(m.model().features(e.text()), emb.get(e), w, prepared.get(t).space().size()),
                  c.decision());
          o.add(new Outcome(e.stance(), label, t));
        }
        out.add(o);
      }
      return out;
    }

    /** Whether the appending trainer and predictor give the product's predictions when nothing is appended. */
    boolean replicaMatchesProduct(StanceCandidate c, List<StanceExample> test) {
      Map<String, TextClassifier> product = new HashMap<>();
      Map<String, Appended> replica = new HashMap<>();
      prepared.forEach((t, p) -> {
        product.put(t, decided(new ClassifierTrainer(c.settings()).train(p), c.decision()));
        replica.put(t, trainAppended(c.settings(), p, embeddings.get(t), 0));
      });
      for (StanceExample e : test) {
        String t = StanceLabels.targetId(e.target());
        Feature[] x = appended(replica.get(t).model().features(e.text()), emb.get(e), 0,
            prepared.get(t).space().size());
        if (!Arrays.equals(product.get(t).probabilities(e.text()), replica.get(t).model().probabilities(x))
            || !product.get(t).predict(e.text()).label().equals(replica.get(t).label(x, c.decision()))) {
          return false;
        }
      }
      return true;
    }

    /**
     * {@link ClassifierTrainer#train(ClassifierTrainer.Prepared)} step by step, with the embedding appended to every
     * vector and the width grown by its dimensions (nothing appended, same width, at w = 0).
     */
    private static Appended trainAppended(TrainingSettings settings, ClassifierTrainer.Prepared p,
        double[][] e, double w) {
      int n = p.space().size();
      int width = w == 0 ? n : n + e[0].length;
      Feature[][] x = IntStream.range(0, p.x().length).mapToObj(i -> appended(p.x()[i], e[i], w, n))
          .toArray(Feature[][]::new);
      AppendedTraining.Model m = AppendedTraining.train(settings, p, x, width);
      return new Appended(m.model(), m.decisionWeights());
    }
  }

  /**
   * A model trained on appended vectors, with its F_avg decision weights ({@link TextClassifier#predict} reads only
   * texts, so the decision on an appended vector is made here, as {@code predict} makes it).
   */
  record Appended(TextClassifier model, double[] decisionWeights) {
    String label(Feature[] x, StanceCandidate.Decision d) {
      double[] p = model.probabilities(x);
      double[] w = switch (d) {
        case CALIBRATED -> ones(p.length);
        case F_AVG_WEIGHTS -> decisionWeights;
        case RAW -> throw new IllegalArgumentException("raw decisions are not in the shipped tuning grid");
      };
      return model.labels().get(DecisionWeights.argmax(p, w));
    }

    private static double[] ones(int n) {
      double[] a = new double[n];
      Arrays.fill(a, 1.0);
      return a;
    }
  }

  /** As CandidateRuns decides: raw scores, most probable label, or the F_avg decision weights. */
  static TextClassifier decided(TextClassifier m, StanceCandidate.Decision d) {
    return switch (d) {
      case RAW -> m.withRawDecision();
      case CALIBRATED -> m.withoutDecisionWeights();
      case F_AVG_WEIGHTS -> m;
    };
  }

  /** The n-gram vector with the embedding times w/√2 after it (indices n+1..n+d); unchanged at w = 0. */
  static Feature[] appended(Feature[] x, double[] e, double w, int n) {
    if (w == 0) {
      return x;
    }
    return AppendedTraining.appended(x, e, w / Math.sqrt(2), n);
  }

  /** Per target, the earlier and later part of its posts in file order. */
  static List<List<StanceExample>> split(List<StanceExample> all, double heldOut) {
    boolean[] held = BlockedSplit.lastPart(all.stream().map(StanceExample::target).toList(), heldOut);
    List<StanceExample> train = new ArrayList<>();
    List<StanceExample> test = new ArrayList<>();
    for (int i = 0; i < held.length; i++) {
      (held[i] ? test : train).add(all.get(i));
    }
    return List.of(train, test);
  }

  /** SemEval's pooled F_avg, as {@code chorus eval stance --format semeval} scores it. */
  static double fAvg(List<Outcome> o) {
    return ClassificationMetrics.fAvgPooled(o, StanceLabels.POLAR);
  }

  /**
   * F_avg(a) − F_avg(b) on the same posts, with the 95% percentile interval of Chorus's bootstrap (same resampling of
   * post indices for both).
   */
  static double[] pairedDifference(List<Outcome> a, List<Outcome> b) {
    List<Outcome> index = IntStream.range(0, a.size()).mapToObj(i -> new Outcome("", "", Integer.toString(i)))
        .toList();
    double[] ci = ClassificationMetrics.bootstrap95(index, s -> fAvg(pick(a, s)) - fAvg(pick(b, s)), RESAMPLES, SEED);
    return new double[] {fAvg(a) - fAvg(b), ci[0], ci[1]};
  }

  private static List<Outcome> pick(List<Outcome> o, List<Outcome> index) {
    return index.stream().map(i -> o.get(Integer.parseInt(i.group()))).toList();
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

  private static int indexOf(double[] a, double v) {
    return IntStream.range(0, a.length).filter(i -> a[i] == v).findFirst().orElseThrow();
  }

  private static String num(double w) {
    return w == Math.rint(w) ? Long.toString((long) w) : Double.toString(w);
  }

  private static String diff(double[] d) {
    return String.format(Locale.ROOT, "%+.3f [%+.3f, %+.3f]", d[0], d[1], d[2]).replace('-', '−');
  }

  private static String q(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
