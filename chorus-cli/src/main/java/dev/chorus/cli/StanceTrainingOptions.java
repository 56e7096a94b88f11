package dev.chorus.cli;

import dev.chorus.annotate.stance.StanceEmbeddings;
import dev.chorus.annotate.stance.StanceLabels;
import dev.chorus.annotate.stance.StanceModelling;
import dev.chorus.annotate.stance.StanceTraining;
import dev.chorus.annotate.stance.StanceTuning;
import dev.chorus.classify.FeatureSettings;
import dev.chorus.classify.TrainingSettings;
import picocli.CommandLine.Option;

/** Model options of {@code eval stance} and {@code train stance}; defaults: {@link StanceTraining#DEFAULT_SETTINGS}. */
final class StanceTrainingOptions extends TrainingOptions {
  @Option(names = "--weighting", paramLabel = "tfidf|log|binary", description = "N-gram weighting (default: "
      + "${DEFAULT-VALUE}).")
  String weighting = OptionValues.name(StanceTraining.DEFAULT_SETTINGS.features().weighting());

  @Option(names = "--argmax", description = "Pick the most probable stance instead of weighting favor/against to "
      + "maximise F_avg on held-out training scores.")
  boolean argmax;

  @Option(names = "--modelling", paramLabel = "combined|joint|per-target", description = "per-target: independent "
      + "models; joint: one model over all targets with shared and target-specific feature copies; combined: both, "
      + "merged in each target's calibration (default: ${DEFAULT-VALUE}).")
  String modelling = OptionValues.name(StanceTraining.DEFAULT_MODELLING);

  @Option(names = "--tuning", paramLabel = "per-target|shared|none", description = "Choose the settings on a "
      + "blocked split of the training file (the later 25%% of each target's posts held out): per target, one shared "
      + "setting, or none (train the model options as given); tuning chooses solver, C, class weights and decision "
      + "weights itself, so only the n-gram options apply (default: ${DEFAULT-VALUE}).")
  String tuning = StanceTraining.DEFAULT_TUNING == null ? "none"
      : StanceTraining.DEFAULT_TUNING.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');

  @Option(names = "--embeddings", paramLabel = "auto|none|ID", description = "Append a sentence embedding of each "
      + "post to the n-grams, its weight chosen by tuning after the settings from 0 (n-grams only) to 3. auto: the "
      + "embedder made for the training posts' language if there is one (e5-small-v2 for English; it costs ~12 ms a "
      + "post on one core when training and annotating, where its weight is above 0); none: n-grams only; or an "
      + "embedder's id (default: ${DEFAULT-VALUE}).")
  String embeddings = StanceTraining.DEFAULT_EMBEDDINGS;

  StanceTrainingOptions() {
    super(StanceTraining.DEFAULT_SETTINGS);
  }

  StanceModelling modelling() {
    return StanceModelling.parse(modelling);
  }

  /** The tuning scope, null for none. */
  StanceTuning.Scope tuning() {
    return StanceTuning.parseScope(tuning);
  }

  /** As given: auto, none or an embedder's id ({@link dev.chorus.annotate.stance.StanceEmbeddings#choose}). */
  String embeddings() {
    return embeddings;
  }

  /** Whether an embedder was named by id (auto and none name none). */
  boolean embedderNamed() {
    return StanceEmbeddings.namesEmbedder(embeddings);
  }

  @Override
  FeatureSettings.Weighting weighting() {
    return OptionValues.oneOf(FeatureSettings.Weighting.class, weighting, "--weighting");
  }

  @Override
  TrainingSettings settings() {
    return super.settings().withFocusLabels(argmax ? null : StanceLabels.POLAR);
  }
}
