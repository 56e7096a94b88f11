package dev.chorus.annotate.stance;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import dev.chorus.classify.BlockAugmentedTrainer;
import dev.chorus.classify.BlockedSplit;
import dev.chorus.classify.ClassificationMetrics;
import dev.chorus.classify.ClassifierTrainer;
import dev.chorus.classify.LabeledText;
import dev.chorus.classify.OneStandardErrorRule;
import dev.chorus.classify.Outcome;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Experiment, not product code (run by bench/stance-feature-blocks.sh): does a feature block ({@link FeatureBlocks})
 * appended to each target's n-gram vector times a weight w help the shipped stance models? The protocol is
 * {@link StanceDevProtocol}'s: per target the first 75% of posts in file order train, the last 25% are held out;
 * settings are chosen inside the training part only ({@link StanceTuning}'s inner blocked split and one-standard-error
 * rule, shared scope). Models, features, calibration and decision are Chorus's own ({@link ClassifierTrainer}'s
 * steps via {@link BlockAugmentedTrainer}); with w = 0 there is no block and the vectors are exactly the default's.
 *
 * <p>Reported, on the held-out posts: the setting the default chose ({@code --setting}, held fixed) without block
 * (w = 0); with the block at each w; with w chosen among {0, the weights} by nested tuning inside the training part
 * (the setting fixed); each with F_avg and its 95% bootstrap interval (1,000 resamples, seed 42, as
 * {@code chorus eval stance}) and the paired bootstrap of the F_avg difference against w = 0 (the same 1,000
 * resamples of held-out posts for both). {@code --sanity} also reruns the shipped tuning over the whole grid at w = 0,
 * which must reproduce {@code chorus eval stance}'s dev-blocked estimate and chosen setting exactly.
 *
 * <p>Arguments: {@code semeval|mawqif --block NAME|none --weights W,W,... [--setting NAME] [--lexicon FILE]
 * [--sanity] [--joint] FILE...}; {@code --joint} adds the shipped tuning grid × w tuned jointly.
 */
public final class StanceFeatureBlockExperiment {
  private static final int REPS = 1000;
  private static final long SEED = 42;

  private final StanceFormat format;
  private final VaderValence vader;

  private StanceFeatureBlockExperiment(StanceFormat format, VaderValence vader) {
    this.format = format;
    this.vader = vader;
  }

  public static void main(String[] args) throws IOException {
    long start = System.nanoTime();
    StanceFormat format = StanceFormat.parse(args[0]);
    String block = "none";
    double[] weights = new double[0];
    String setting = null;
    Path lexicon = null;
    boolean sanity = false;
    boolean joint = false;
    List<Path> files = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--block" -> block = args[++i];
        case "--weights" -> weights = Arrays.stream(args[++i].split(",")).filter(s -> !s.isBlank())
            .mapToDouble(Double::parseDouble).toArray();
        case "--setting" -> setting = args[++i];
        case "--lexicon" -> lexicon = Path.of(args[++i]);
        case "--sanity" -> sanity = true;
        case "--joint" -> joint = true;
        default -> files.add(Path.of(args[i]));
      }
    }
    if (setting == null) {
      setting = format == StanceFormat.MAWQIF ? "svm C=0.3 balanced calibrated" : "svm C=0.03 calibrated";
    }
    VaderValence vader = lexicon == null ? null : VaderValence.read(lexicon);
    if (vader != null) {
      System.out.printf(Locale.ROOT, "lexicon: %s, %d entries%n", lexicon, vader.size());
    }
    StanceDataset data = StanceFileReader.readAll(files, format);
    new StanceFeatureBlockExperiment(format, vader).run(data, block, weights, setting, sanity, joint);
    System.out.printf(Locale.ROOT, "wall time %.1f s%n", (System.nanoTime() - start) / 1e9);
  }

  private void run(StanceDataset data, String block, double[] weights, String settingName, boolean sanity,
      boolean joint) {
    List<StanceCandidate> grid = StanceCandidate.tuningGrid(StanceTraining.DEFAULT_SETTINGS.features());
    StanceCandidate setting = grid.stream().filter(c -> c.name().equals(settingName)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no setting '" + settingName + "' in the tuning grid: "
            + grid.stream().map(StanceCandidate::name).toList()));
    List<List<StanceExample>> outer = split(data.examples(), StanceDevProtocol.HELD_OUT);
    List<StanceExample> test = outer.get(1);
    System.out.printf(Locale.ROOT, "%s: %d posts, %d train, %d held out; block %s; setting %s%n",
        data.file().getFileName(), data.examples().size(), outer.get(0).size(), test.size(), block, setting.name());
    TrainingSet train = new TrainingSet(outer.get(0), block);
    if (!block.equals("none") && !block.equals("hashtags") && !block.startsWith("lex")) {
      FeatureBlocks.TargetTerms terms = FeatureBlocks.TargetTerms.fit(outer.get(0));
      for (String t : train.byTarget.keySet()) {
        long named = train.byTarget.get(t).stream().filter(e -> terms.names(t, e.text())).count();
        System.out.printf(Locale.ROOT, "  terms %s: %s (named in %d of %d training posts)%n", t, terms.describe(t),
            named, train.byTarget.get(t).size());
      }
    }

    if (sanity) {
      long t0 = System.nanoTime();
      StanceCandidate chosen = tuneGrid(outer.get(0), grid);
      List<Outcome> o = train.outcomes(chosen, 0, test);
      report("sanity: shipped tuning over the grid, w 0 (chose " + chosen.name() + ")", o, null, t0);
    }
    long t0 = System.nanoTime();
    List<Outcome> base = train.outcomes(setting, 0, test);
    report("w 0 (no block), " + setting.name() + " fixed", base, null, t0);
    if (block.equals("none")) {
      return;
    }
    for (double w : weights) {
      long t1 = System.nanoTime();
      report(block + " w " + fmt(w) + " fixed", train.outcomes(setting, w, test), base, t1);
    }
    long t2 = System.nanoTime();
    double[] options = new double[weights.length + 1];
    System.arraycopy(weights, 0, options, 1, weights.length);
    double w = tuneWeight(outer.get(0), block, setting, options);
    report(block + " w of " + Arrays.stream(options).mapToObj(StanceFeatureBlockExperiment::fmt).toList()
        + " by nested tuning (chose " + fmt(w) + ")", train.outcomes(setting, w, test), base, t2);
    if (joint) {
      long t3 = System.nanoTime();
      Object[] c = tuneJointly(outer.get(0), block, grid, options);
      StanceCandidate chosen = (StanceCandidate) c[0];
      double cw = (Double) c[1];
      report(block + ": the shipped grid x w, tuned jointly (chose " + chosen.name() + ", w " + fmt(cw) + ")",
          train.outcomes(chosen, cw, test), base, t3);
    }
  }

  /**
   * Setting and w together by the inner blocked split (shared scope); a smaller w is simpler than any setting, so
   * among pairs within one standard error of the best the smallest w wins, then the simplest setting.
   */
  private Object[] tuneJointly(List<StanceExample> examples, String block, List<StanceCandidate> grid,
      double[] options) {
    List<List<StanceExample>> inner = split(examples, StanceTuning.HELD_OUT);
    TrainingSet runs = new TrainingSet(inner.get(0), block);
    double[] sorted = Arrays.stream(options).map(Math::abs).sorted().toArray();
    List<List<Outcome>> outcomes = new ArrayList<>();
    List<Object[]> pairs = new ArrayList<>();
    List<Integer> complexity = new ArrayList<>();
    for (double w : options) {
      int rank = Arrays.binarySearch(sorted, Math.abs(w));
      for (StanceCandidate c : grid) {
        outcomes.add(runs.outcomes(c, w, inner.get(1)));
        pairs.add(new Object[] {c, w});
        complexity.add(rank * 100_000 + c.complexity());
      }
    }
    OneStandardErrorRule.Choice c = OneStandardErrorRule.choose(outcomes, this::fAvg,
        complexity.stream().mapToInt(Integer::intValue).toArray());
    int top = 0;
    for (int i = 1; i < outcomes.size(); i++) {
      top = fAvg(outcomes.get(i)) > fAvg(outcomes.get(top)) ? i : top;
    }
    Object[] best = pairs.get(top);
    System.out.printf(Locale.ROOT, "  joint tuning: best %s w %s inner %.4f, se %.4f -> %s w %s (inner %.4f)%n",
        ((StanceCandidate) best[0]).name(), fmt((Double) best[1]), c.best(), c.standardError(),
        ((StanceCandidate) pairs.get(c.index())[0]).name(), fmt((Double) pairs.get(c.index())[1]), c.score());
    return pairs.get(c.index());
  }

  /** The shipped tuning (shared scope, {@link StanceTuning#select}) at w 0, replayed on the block trainer. */
  private StanceCandidate tuneGrid(List<StanceExample> examples, List<StanceCandidate> grid) {
    List<List<StanceExample>> inner = split(examples, StanceTuning.HELD_OUT);
    TrainingSet runs = new TrainingSet(inner.get(0), "none");
    List<List<Outcome>> outcomes = new ArrayList<>();
    for (StanceCandidate c : grid) {
      outcomes.add(runs.outcomes(c, 0, inner.get(1)));
    }
    OneStandardErrorRule.Choice c = OneStandardErrorRule.choose(outcomes, this::fAvg,
        grid.stream().mapToInt(StanceCandidate::complexity).toArray());
    System.out.printf(Locale.ROOT, "  grid tuning: chose %s, inner F_avg %.4f, best %.4f, se %.4f%n",
        grid.get(c.index()).name(), c.score(), c.best(), c.standardError());
    return grid.get(c.index());
  }

  /** w among {@code options} (the first 0) by the inner blocked split, the setting fixed; smaller w is simpler. */
  private double tuneWeight(List<StanceExample> examples, String block, StanceCandidate setting, double[] options) {
    List<List<StanceExample>> inner = split(examples, StanceTuning.HELD_OUT);
    TrainingSet runs = new TrainingSet(inner.get(0), block);
    List<List<Outcome>> outcomes = new ArrayList<>();
    StringBuilder scores = new StringBuilder();
    for (double w : options) {
      List<Outcome> o = runs.outcomes(setting, w, inner.get(1));
      outcomes.add(o);
      scores.append(String.format(Locale.ROOT, " w %s: %.4f;", fmt(w), fAvg(o)));
    }
    int[] complexity = new int[options.length];
    Integer[] order = new Integer[options.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (a, b) -> Double.compare(Math.abs(options[a]), Math.abs(options[b])));
    for (int r = 0; r < order.length; r++) {
      complexity[order[r]] = r;
    }
    OneStandardErrorRule.Choice c = OneStandardErrorRule.choose(outcomes, this::fAvg, complexity);
    System.out.printf(Locale.ROOT, "  nested w tuning, inner F_avg:%s best %.4f, se %.4f -> w %s%n", scores,
        c.best(), c.standardError(), fmt(options[c.index()]));
    return options[c.index()];
  }

  private void report(String what, List<Outcome> o, List<Outcome> base, long start) {
    double[] ci = ClassificationMetrics.bootstrap95(o, this::fAvg, REPS, SEED);
    String vs = String.format(Locale.ROOT, "  (F_avg %s, CI [%s, %s])", fAvg(o), ci[0], ci[1]);
    if (base != null) {
      double[] d = paired(o, base);
      vs = String.format(Locale.ROOT, "  vs w 0 %+.3f [%+.3f, %+.3f]", fAvg(o) - fAvg(base), d[0], d[1]);
    }
    System.out.printf(Locale.ROOT, "%s: F_avg %.4f [%.3f, %.3f] n %d%s  (%.1f s)%n", what, fAvg(o), ci[0], ci[1],
        o.size(), vs, (System.nanoTime() - start) / 1e9);
  }

  /** 95% percentile interval of F_avg(a) − F_avg(b) over the same resamples of the held-out posts. */
  private double[] paired(List<Outcome> a, List<Outcome> b) {
    Random random = new Random(SEED);
    double[] values = new double[REPS];
    List<Outcome> sa = new ArrayList<>(a.size());
    List<Outcome> sb = new ArrayList<>(b.size());
    for (int r = 0; r < REPS; r++) {
      sa.clear();
      sb.clear();
      for (int i = 0; i < a.size(); i++) {
        int k = random.nextInt(a.size());
        sa.add(a.get(k));
        sb.add(b.get(k));
      }
      values[r] = fAvg(sa) - fAvg(sb);
    }
    Arrays.sort(values);
    return new double[] {values[(int) Math.floor(0.025 * (REPS - 1))], values[(int) Math.ceil(0.975 * (REPS - 1))]};
  }

  private double fAvg(List<Outcome> o) {
    return format.fAvgPerTarget() ? ClassificationMetrics.fAvgPerGroup(o, StanceLabels.POLAR)
        : ClassificationMetrics.fAvgPooled(o, StanceLabels.POLAR);
  }

  /** Per target, the first (1 − held) of its posts in file order and the last {@code held} ({@link BlockedSplit}). */
  static List<List<StanceExample>> split(List<StanceExample> all, double held) {
    boolean[] out = BlockedSplit.lastPart(all.stream().map(StanceExample::target).toList(), held);
    List<StanceExample> train = new ArrayList<>();
    List<StanceExample> test = new ArrayList<>();
    for (int i = 0; i < out.length; i++) {
      (out[i] ? test : train).add(all.get(i));
    }
    return List.of(train, test);
  }

  private static String fmt(double w) {
    return w == Math.rint(w) ? String.valueOf((long) w) : String.valueOf(w);
  }

  /**
   * One training set: per target its n-gram vectors (built once, as {@link CandidateRuns} does), the block fitted on
   * it, and the trained models by (settings, target, w); candidates that differ only in their decision share a model.
   */
  private final class TrainingSet {
    final Map<String, List<StanceExample>> byTarget = new LinkedHashMap<>();
    private final Map<String, ClassifierTrainer.Prepared> prepared = new HashMap<>();
    private final Map<List<Object>, BlockAugmentedTrainer.Model> models = new HashMap<>();
    private final FeatureBlocks.Fitted block;

    TrainingSet(List<StanceExample> examples, String blockName) {
      for (StanceExample e : examples) {
        byTarget.computeIfAbsent(StanceLabels.targetId(e.target()), t -> new ArrayList<>()).add(e);
      }
      block = blockName.equals("none") ? null : FeatureBlocks.fit(blockName, examples, vader);
    }

    /** Each test post's outcome (group: its target as named in the file, as the CLI reports). */
    List<Outcome> outcomes(StanceCandidate c, double w, List<StanceExample> test) {
      if (c.modelling() != StanceModelling.PER_TARGET || c.decision() == StanceCandidate.Decision.RAW) {
        throw new IllegalArgumentException("only per-target calibrated or +fw settings: " + c.name());
      }
      boolean weighted = c.decision() == StanceCandidate.Decision.F_AVG_WEIGHTS;
      List<Outcome> out = new ArrayList<>();
      for (StanceExample e : test) {
        String t = StanceLabels.targetId(e.target());
        ClassifierTrainer.Prepared p = prepared(c, t);
        BlockAugmentedTrainer.Model m = model(c, t, w);
        Feature[] base = p.space().vectorize(c.settings().normalizer().normalize(e.text()));
        Feature[] x = w == 0 ? base
            : BlockAugmentedTrainer.append(base, p.space().size(), scaled(block.block(t, e.text(), base,
                p.space().size()), w));
        out.add(new Outcome(e.stance(), m.predict(x, weighted), e.target()));
      }
      return out;
    }

    private ClassifierTrainer.Prepared prepared(StanceCandidate c, String t) {
      List<StanceExample> list = byTarget.get(t);
      if (list == null) {
        throw new IllegalArgumentException("target '" + t + "' has no posts in the training part");
      }
      return prepared.computeIfAbsent(t, k -> ClassifierTrainer.prepare(c.settings(), list.stream()
          .map(e -> new LabeledText(e.text(), e.stance())).toList()));
    }

    private BlockAugmentedTrainer.Model model(StanceCandidate c, String t, double w) {
      return models.computeIfAbsent(List.of(c.settings(), t, w), k -> {
        ClassifierTrainer.Prepared p = prepared(c, t);
        if (w == 0) {
          return BlockAugmentedTrainer.train(c.settings(), p, List.of(), 0);
        }
        int baseSize = p.space().size();
        List<StanceExample> list = byTarget.get(t);
        List<Feature[]> blocks = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
          blocks.add(scaled(block.block(t, list.get(i).text(), p.x()[i], baseSize), w));
        }
        return BlockAugmentedTrainer.train(c.settings(), p, blocks, block.size(t, baseSize));
      });
    }
  }

  private static Feature[] scaled(Feature[] block, double w) {
    Feature[] out = new Feature[block.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = new FeatureNode(block[i].getIndex(), block[i].getValue() * w);
    }
    return out;
  }
}
