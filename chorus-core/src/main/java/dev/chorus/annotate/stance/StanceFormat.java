package dev.chorus.annotate.stance;

import java.util.Locale;

/** The labelled stance file formats that {@link StanceFileReader} reads, and the F_avg each is scored with. */
public enum StanceFormat {
  /** SemEval-2016 Task 6: TSV {@code ID Target Tweet Stance ...}; F_avg over all posts pooled. */
  SEMEVAL(false),
  /** Mawqif / StanceEval 2024: CSV {@code ID,text,target,stance,...}; F_avg per target, then averaged. */
  MAWQIF(true),
  /** Generic CSV with header {@code text,target,stance}; F_avg pooled as in SemEval. */
  CSV(false);

  private final boolean fAvgPerTarget;

  StanceFormat(boolean fAvgPerTarget) {
    this.fAvgPerTarget = fAvgPerTarget;
  }

  public boolean fAvgPerTarget() {
    return fAvgPerTarget;
  }

  public static StanceFormat parse(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown stance format '" + name + "' (semeval, mawqif, csv)");
    }
  }
}
