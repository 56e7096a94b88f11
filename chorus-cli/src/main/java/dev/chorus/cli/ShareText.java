package dev.chorus.cli;

import dev.chorus.analysis.measure.Proportion;
import java.util.Locale;

/** A share with its interval as terminal text, for the reports of cohorts and calls. */
final class ShareText {
  private ShareText() {}

  /** A share as "12.3% [9.1-16.0]". */
  static String percent(Proportion p) {
    return String.format(Locale.ROOT, "%5.1f%% [%.1f-%.1f]", 100 * p.share(), 100 * p.low(), 100 * p.high());
  }
}
