package dev.chorus.analysis;

import dev.chorus.codebook.Codebook;
import dev.chorus.privacy.Pseudonymizer;
import dev.chorus.store.PostStore;
import dev.chorus.workspace.Workspace;
import java.io.IOException;

/**
 * What an analysis reads: the open store, the workspace (run logs, rejects), its codebook and, when an analysis needs
 * it, the pseudonymizer (loaded on demand: loading it may create the key file, which most analyses never need).
 */
public record AnalysisContext(PostStore store, Workspace workspace, Codebook codebook, PseudonymizerSource pseudonyms) {
  /** The pseudonymizer, or null when none is available (then cohort mentions are not matched). */
  @FunctionalInterface
  public interface PseudonymizerSource {
    Pseudonymizer get() throws IOException;
  }
}
