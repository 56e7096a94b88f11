package dev.chorus.annotate.stance;

import dev.chorus.classify.ModelCard;
import dev.chorus.classify.TrainingSettings;
import dev.chorus.hash.Sha256;
import dev.chorus.models.ModelStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trains one stance model per target from a labelled file into a workspace's stance models, each saved with its model
 * card: the training file and its hash, label counts, settings, threshold and cross-validated scores. What
 * {@code chorus train stance} runs; the command only parses options and prints the {@link Result}.
 */
public final class StanceTraining {
  /**
   * The settings trained with {@code --tuning none}, and whose n-gram features the tuning grid uses: the former
   * default, measured best by shuffled 5-fold CV on SemEval-2016 and Mawqif training data (bench/eval-stance.sh): NB-SVM
   * with C = 0.1 (its naive-Bayes-scaled features are larger than tf-idf values, so it needs stronger
   * regularisation), the standard n-grams, favor/against weighted to maximise F_avg.
   */
  public static final TrainingSettings DEFAULT_SETTINGS = TrainingSettings.standard()
      .withSolver(TrainingSettings.Solver.NBSVM).withC(0.1).withFocusLabels(StanceLabels.POLAR);
  /** Joint and per-target models merged in each target's calibration (with {@code --tuning none}). */
  public static final StanceModelling DEFAULT_MODELLING = StanceModelling.COMBINED;
  public static final int DEFAULT_FOLDS = 5;
  /** Settings chosen per target by the development protocol's tuning (null: the settings above as given). */
  public static final StanceTuning.Scope DEFAULT_TUNING = StanceTuning.Scope.SHARED;
  /** The sentence embedder of the training posts' language, if one is on the classpath ({@link StanceEmbeddings}). */
  public static final String DEFAULT_EMBEDDINGS = StanceEmbeddings.AUTO;

  /**
   * What to train.
   *
   * @param labels the labelled file
   * @param format its format
   * @param target train only this target (name or id), null for all
   * @param settings features and solver
   * @param modelling per-target, joint or combined models
   * @param threshold below this calibrated probability the annotator says "uncertain"
   * @param folds folds of the cross-validation reported in the cards, below 2 to skip it
   * @param tuning how settings are chosen ({@link StanceTuning} on a blocked split of the file, each target its own
   *     setting or one shared), null to train {@code settings} and {@code modelling} as given
   * @param devEstimate run the development protocol ({@link StanceDevProtocol}) and record its estimate in the cards
   * @param embeddings the sentence embedder whose block is appended, its weight tuned after the settings
   *     ({@link StanceTuning#withEmbeddings}): an id, {@value StanceEmbeddings#AUTO} (the CLI's default) or null
   *     for n-grams only ({@link StanceEmbeddings#choose})
   */
  public record Options(Path labels, StanceFormat format, String target, TrainingSettings settings,
      StanceModelling modelling, double threshold, int folds, StanceTuning.Scope tuning, boolean devEstimate,
      String embeddings) {
    public Options {
      if (!(threshold >= 0 && threshold <= 1)) {
        throw new IllegalArgumentException("--threshold must be in [0,1], got " + threshold);
      }
    }

    /** N-grams only. */
    public Options(Path labels, StanceFormat format, String target, TrainingSettings settings,
        StanceModelling modelling, double threshold, int folds, StanceTuning.Scope tuning, boolean devEstimate) {
      this(labels, format, target, settings, modelling, threshold, folds, tuning, devEstimate, null);
    }

    /** The settings as given, without tuning or development estimate. */
    public Options(Path labels, StanceFormat format, String target, TrainingSettings settings,
        StanceModelling modelling, double threshold, int folds) {
      this(labels, format, target, settings, modelling, threshold, folds, null, false, null);
    }

    /** What chooses the settings: the tuning grid, or the one setting given, without an embedding block. */
    StanceTuning ngramTuner() {
      return StanceTuning.of(tuning, settings, modelling, format);
    }
  }

  /**
   * What was trained.
   *
   * @param modelsDir where the models were written
   * @param examples posts trained on
   * @param skipped posts of the file without a stance
   * @param trainSeconds time to train the models (the cross-validation not counted)
   * @param cards the cards as saved, one per target, in the file's target order
   * @param embeddings which sentence embedder was offered to the tuning, and why
   */
  public record Result(Path modelsDir, int examples, int skipped, double trainSeconds, List<ModelCard> cards,
      StanceEmbeddings.Choice embeddings) {}

  private final ModelStore store;
  private final Clock clock;

  public StanceTraining(ModelStore store) {
    this(store, Clock.systemUTC());
  }

  public StanceTraining(ModelStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  public Result train(Options o) throws IOException {
    StanceDataset data = selected(StanceFileReader.read(o.labels(), o.format()), o);
    StanceTuning ngrams = o.ngramTuner();
    StanceEmbeddings.Choice embeddings = StanceEmbeddings.choose(o.embeddings(), ngrams, data.examples());
    StanceTuning tuner = ngrams.withEmbeddings(embeddings.embedder());
    long start = System.nanoTime();
    StanceTuning.Tuned tuned = tuner.fit(data.examples());
    StanceModels models = tuned.models();
    double seconds = (System.nanoTime() - start) / 1e9;
    StanceReport cv = o.folds() >= 2 ? new StanceEvaluation(tuner, o.format()).crossValidate(data, o.folds())
        : null;
    StanceDevReport dev = o.devEstimate() ? new StanceDevProtocol(tuner, o.format()).estimate(data) : null;
    String dataHash = Sha256.hex(o.labels());
    List<ModelCard> cards = new ArrayList<>();
    for (String name : data.targets()) {
      String id = StanceLabels.targetId(name);
      List<StanceExample> mine = data.examples().stream().filter(e -> e.target().equals(name)).toList();
      cards.add(store.save(id, models.classifier(id), new ModelCard(StanceAnnotator.KEY_PREFIX + id,
          o.labels().toAbsolutePath().toString(), dataHash, mine.size(), counts(mine), clock.instant(),
          models.classifier(id).settings(), o.threshold(), cvScores(cv, name), null,
          development(dev, tuned.chosen().get(id), name), temperature(tuned.chosen().get(id)))));
    }
    return new Result(store.dir(), data.examples().size(), data.skipped(), seconds, cards, embeddings);
  }

  private static StanceDataset selected(StanceDataset all, Options o) {
    if (o.target() == null) {
      return all;
    }
    String id = StanceLabels.targetId(o.target());
    List<StanceExample> mine = all.examples().stream().filter(e -> StanceLabels.targetId(e.target()).equals(id))
        .toList();
    if (mine.isEmpty()) {
      throw new IllegalArgumentException(o.labels() + ": no posts for target '" + o.target() + "' (targets: "
          + all.targets() + ")");
    }
    return new StanceDataset(all.file(), mine, all.skipped());
  }

  /** The card's development record: the file's estimate, this target's part of it, and what was chosen. */
  private static ModelCard.Development development(StanceDevReport dev, StanceTuning.Choice choice, String target) {
    if (dev == null) {
      return null;
    }
    Map<String, Double> estimate = new TreeMap<>();
    estimate.put("f_avg", dev.scores().fAvg());
    estimate.put("ci95_low", dev.scores().ci95()[0]);
    estimate.put("ci95_high", dev.scores().ci95()[1]);
    StanceReport.TargetScores mine = dev.scores().perTarget().get(target);
    if (mine != null) {
      estimate.put("target_f_avg", mine.fAvg());
      estimate.put("target_n", (double) mine.n());
    }
    return new ModelCard.Development(dev.protocol(), choice.candidate().name(), estimate, dev.reliability());
  }

  /** The temperature the model's confidences were divided by, null when none ({@link StanceTuning.Choice}). */
  private static Double temperature(StanceTuning.Choice choice) {
    return choice.temperature() == 1.0 ? null : choice.temperature();
  }

  private static Map<String, Integer> counts(List<StanceExample> examples) {
    Map<String, Integer> m = new TreeMap<>();
    examples.forEach(e -> m.merge(e.stance(), 1, Integer::sum));
    return m;
  }

  private static Map<String, Double> cvScores(StanceReport cv, String target) {
    if (cv == null || !cv.perTarget().containsKey(target)) {
      return Map.of();
    }
    StanceReport.TargetScores s = cv.perTarget().get(target);
    return Map.of("f_avg", s.fAvg(), "macro_f1", s.macroF1(), "folds", Double.parseDouble(cv.mode().substring(3)));
  }
}
