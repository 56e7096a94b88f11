package dev.chorus.coverage;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Consecutive UTC days without any post, {@code from} and {@code to} included. */
public record DayGap(LocalDate from, LocalDate to) {
  public DayGap {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("gap ends (" + to + ") before it starts (" + from + ")");
    }
  }

  @com.fasterxml.jackson.annotation.JsonProperty
  public long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }
}
