package dev.chorus.annotate.frames;

import dev.chorus.classify.FeatureSettings;
import dev.chorus.classify.ModelCard;
import dev.chorus.classify.TextClassifier;
import dev.chorus.classify.TrainingSettings;
import dev.chorus.hash.Sha256;
import dev.chorus.models.ModelStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains one calibrated model per frame from a labelled file into a workspace's frame models, replacing the previous
 * set, each saved with its model card (data hash, counts, settings, the threshold chosen by cross-validation and the
 * held-out scores at it). What {@code chorus train frames} runs; the command only parses options and prints the
 * {@link Result}.
 */
public final class FrameTraining {
  /**
   * Logistic regression with C = 0.5, balanced class weights, on word 1–2-grams in at least 2 posts, without
   * character n-grams: what the development protocol's tuning ({@link FignewsDevProtocol}, grid
   * {@link FrameCandidate#grid}) chooses on the whole of FIGNEWS-2024 (README, "Frames and human labelling"), with
   * macro-F1 class weights in the FIGNEWS evaluation ({@link FignewsEvaluation#DEFAULT_METHOD}).
   */
  public static final TrainingSettings DEFAULT_SETTINGS = TrainingSettings.standard()
      .withSolver(TrainingSettings.Solver.LOGISTIC).withC(0.5)
      .withFeatures(new FeatureSettings(1, 2, 0, 0, FeatureSettings.Weighting.TFIDF, 2)).withFocusLabels(null);
  public static final int DEFAULT_FOLDS = 5;
  /**
   * How {@link #DEFAULT_SETTINGS} were chosen and what they are expected to score, as every frame card trained with
   * them records it: the FIGNEWS-2024 development estimate (2026-12-06, {@code bench/eval-frames.sh --json}), the
   * tuning nested in each fold. It is the estimate of FIGNEWS's multi-class bias and propaganda models, not of a
   * workspace's own frames, whose held-out F1 is the card's {@code crossValidation}.
   */
  public static final ModelCard.Development DEFAULT_DEVELOPMENT = new ModelCard.Development(
      "FIGNEWS-2024 fignews_iaa_joined.csv (chorus eval frames --format fignews): " + FignewsDevProtocol.DESCRIPTION,
      FrameCandidate.name(DEFAULT_SETTINGS, FignewsRow.Fields.BOTH, FignewsEvaluation.DEFAULT_METHOD),
      Map.of("macro_f1", 0.5772, "ci95_low", 0.5373, "ci95_high", 0.6139, "bias_macro_f1", 0.4780,
          "propaganda_macro_f1", 0.6765), null);

  /**
   * What to train.
   *
   * @param labels the labelled file
   * @param format its format
   * @param codebookFrames the frame ids the file may use (the workspace codebook's)
   * @param settings features and solver
   * @param folds folds of the cross-validation that picks each frame's threshold, below 2 for a fixed 0.5
   */
  public record Options(Path labels, FrameFormat format, List<String> codebookFrames, TrainingSettings settings,
      int folds) {
    public Options {
      codebookFrames = List.copyOf(codebookFrames);
    }
  }

  /**
   * What was trained.
   *
   * @param modelsDir where the models were written
   * @param examples posts trained on
   * @param skipped posts of the file that could not be used
   * @param trainSeconds time to train, threshold cross-validation included
   * @param skippedFrames frames that could not be trained, with the reason
   * @param cards the cards as saved, by frame id
   */
  public record Result(Path modelsDir, int examples, int skipped, double trainSeconds,
      Map<String, String> skippedFrames, List<ModelCard> cards) {}

  private final ModelStore store;
  private final Clock clock;

  public FrameTraining(ModelStore store) {
    this(store, Clock.systemUTC());
  }

  public FrameTraining(ModelStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  public Result train(Options o) throws IOException {
    FrameDataset data = FrameFileReader.read(o.labels(), o.format(), o.codebookFrames());
    long start = System.nanoTime();
    FrameTrainer.Result result = new FrameTrainer(o.settings(), o.folds()).train(data.examples(), data.frames());
    double seconds = (System.nanoTime() - start) / 1e9;
    if (result.model().frames().isEmpty()) {
      throw new IllegalArgumentException(o.labels() + ": no frame could be trained: " + (result.skipped().isEmpty()
          ? "no post carries a frame" : result.skipped()));
    }
    String dataHash = Sha256.hex(o.labels());
    Map<String, TextClassifier> models = new LinkedHashMap<>();
    Map<String, ModelCard> cards = new LinkedHashMap<>();
    for (String frame : result.model().frames()) {
      FrameTrainer.FrameFit fit = result.fits().get(frame);
      models.put(frame, result.model().classifier(frame).classifier());
      cards.put(frame, new ModelCard("frame:" + frame, o.labels().toAbsolutePath().toString(), dataHash,
          fit.positives() + fit.negatives(),
          Map.of(FrameTrainer.PRESENT, fit.positives(), FrameTrainer.ABSENT, fit.negatives()), clock.instant(),
          o.settings(), fit.threshold(), cvScores(fit, o.folds()), null,
          o.settings().equals(DEFAULT_SETTINGS) ? DEFAULT_DEVELOPMENT : null));
    }
    List<ModelCard> saved = store.replaceAll(models, cards);
    return new Result(store.dir(), data.examples().size(), data.skipped(), seconds, result.skipped(), saved);
  }

  private static Map<String, Double> cvScores(FrameTrainer.FrameFit fit, int folds) {
    if (Double.isNaN(fit.f1())) {
      return Map.of();
    }
    return Map.of("f1", fit.f1(), "precision", fit.precision(), "recall", fit.recall(), "folds", (double) folds);
  }
}
