package dev.chorus.labelling;

import java.util.List;

/**
 * The coding sheet's columns. The model's answer ({@code model_*}) is shown so coders see what is being checked;
 * {@code coder}, {@code stance} and {@code frames} are theirs to fill ({@code frames}: codebook frame ids separated
 * by {@code ;}). {@code model_frames} is {@code none} when the frame model found no frame and empty when no frame
 * model ran.
 */
public final class LabelSheet {
  public static final List<String> COLUMNS = List.of("id", "platform", "lang", "created_at", "text", "target",
      "model_stance", "model_confidence", "model_frames", "coder", "stance", "frames");
  /** {@code model_frames} when the frame model ran and assigned nothing. */
  public static final String NO_FRAMES = "none";

  private LabelSheet() {}
}
