package dev.chorus.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;

/** JSON of the analysis reports (cohorts, calls, coverage): their records with snake_case names, one line. */
final class ReportJson {
  private ReportJson() {}

  static String write(Object report) throws JsonProcessingException {
    return Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .writeValueAsString(report);
  }

  /** A share as "12.3% [9.1–16.0]". */
  static String percent(dev.chorus.measure.Proportion p) {
    return String.format(java.util.Locale.ROOT, "%5.1f%% [%.1f-%.1f]", 100 * p.share(), 100 * p.low(),
        100 * p.high());
  }
}
