package dev.chorus.cli;

import dev.chorus.annotate.stance.StanceLabels;
import dev.chorus.annotate.stance.StanceModelling;
import dev.chorus.annotate.stance.StanceTraining;
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

  StanceTrainingOptions() {
    super(StanceTraining.DEFAULT_SETTINGS);
  }

  StanceModelling modelling() {
    return StanceModelling.parse(modelling);
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
