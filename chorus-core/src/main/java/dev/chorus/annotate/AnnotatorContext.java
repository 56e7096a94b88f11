package dev.chorus.annotate;

import dev.chorus.codebook.Codebook;
import dev.chorus.privacy.Pseudonymizer;
import java.nio.file.Path;

/**
 * What factories build annotators from: the codebook in force, the folder of trained models (null when there is no
 * workspace, as in {@code chorus eval}), and the workspace's pseudonymiser (null without a workspace), which lets
 * cohort lists written with real handles match pseudonymised authors without storing the handles.
 */
public record AnnotatorContext(Codebook codebook, Path modelsDir, Pseudonymizer pseudonymizer) {
  public AnnotatorContext(Codebook codebook, Path modelsDir) {
    this(codebook, modelsDir, null);
  }
}
