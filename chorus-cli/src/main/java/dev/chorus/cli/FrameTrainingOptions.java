package dev.chorus.cli;

import dev.chorus.annotate.frames.FignewsRow;
import dev.chorus.annotate.frames.FrameTraining;

/** Model options of {@code eval frames} and {@code train frames}; defaults: {@link FrameTraining#DEFAULT_SETTINGS}. */
final class FrameTrainingOptions extends TrainingOptions {
  FrameTrainingOptions() {
    super(FrameTraining.DEFAULT_SETTINGS);
  }

  static FignewsRow.Fields fields(String value) {
    return OptionValues.oneOf(FignewsRow.Fields.class, value, "--fields");
  }
}
