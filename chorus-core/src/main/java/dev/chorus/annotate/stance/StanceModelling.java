package dev.chorus.annotate.stance;

import java.util.Locale;

/** How the per-target stance classifiers are trained. */
public enum StanceModelling {
  /** Independent models, one per target. */
  PER_TARGET,
  /** One joint model with shared and target-specific feature copies, split into per-target models. */
  JOINT,
  /**
   * The joint model and independent per-target models, combined in each target's calibration. Measured best by
   * 5-fold CV on both SemEval-2016 and Mawqif (see {@code bench/eval-stance.sh}).
   */
  COMBINED;

  public static StanceModelling parse(String name) {
    try {
      return valueOf(name.strip().replace('-', '_').toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown stance modelling '" + name + "' (per-target, joint, combined)");
    }
  }
}
