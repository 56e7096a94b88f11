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
   * The measured best settings, by 5-fold CV on SemEval-2016 and Mawqif training data (bench/eval-stance.sh): NB-SVM
   * with C = 0.1 (its naive-Bayes-scaled features are larger than tf-idf values, so it needs stronger
   * regularisation), the standard n-grams, favor/against weighted to maximise F_avg.
   */
  public static final TrainingSettings DEFAULT_SETTINGS = TrainingSettings.standard()
      .withSolver(TrainingSettings.Solver.NBSVM).withC(0.1).withFocusLabels(StanceLabels.POLAR);
  /** Joint and per-target models merged in each target's calibration: the measured best. */
  public static final StanceModelling DEFAULT_MODELLING = StanceModelling.COMBINED;
  public static final int DEFAULT_FOLDS = 5;

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
   */
  public record Options(Path labels, StanceFormat format, String target, TrainingSettings settings,
      StanceModelling modelling, double threshold, int folds) {
    public Options {
      if (!(threshold >= 0 && threshold <= 1)) {
        throw new IllegalArgumentException("--threshold must be in [0,1], got " + threshold);
      }
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
   */
  public record Result(Path modelsDir, int examples, int skipped, double trainSeconds, List<ModelCard> cards) {}

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
    long start = System.nanoTime();
    StanceModels models = StanceModels.train(data.examples(), o.settings(), o.modelling());
    double seconds = (System.nanoTime() - start) / 1e9;
    StanceReport cv = o.folds() >= 2
        ? new StanceEvaluation(o.settings(), o.format(), o.modelling()).crossValidate(data, o.folds()) : null;
    String dataHash = Sha256.hex(o.labels());
    List<ModelCard> cards = new ArrayList<>();
    for (String name : data.targets()) {
      String id = StanceLabels.targetId(name);
      List<StanceExample> mine = data.examples().stream().filter(e -> e.target().equals(name)).toList();
      cards.add(store.save(id, models.classifier(id), new ModelCard(StanceAnnotator.KEY_PREFIX + id,
          o.labels().toAbsolutePath().toString(), dataHash, mine.size(), counts(mine), clock.instant(),
          o.settings(), o.threshold(), cvScores(cv, name), null)));
    }
    return new Result(store.dir(), data.examples().size(), data.skipped(), seconds, cards);
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
