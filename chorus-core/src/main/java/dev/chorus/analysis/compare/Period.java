package dev.chorus.analysis.compare;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * A half-open time span [since, until) of post creation times.
 *
 * <p>Written {@code FROM..TO}: each side a day ({@code 2025-04-01}, from midnight in the query's time zone) or an
 * instant ({@code 2025-04-01T12:00:00Z}).
 * A day as {@code TO} is included ({@code 2025-04-01..2025-04-07} is seven whole days, as one reads it), an instant
 * as {@code TO} is the exclusive end. The JSON always shows the resolved half-open instants, so no reading is left
 * to guess.
 */
public record Period(Instant since, Instant until) {
  public Period {
    if (since != null && until != null && !since.isBefore(until)) {
      throw new IllegalArgumentException("a period must end after it starts: " + since + ".." + until);
    }
  }

  /** Reads {@code FROM..TO} with days in UTC. */
  public static Period parse(String text) {
    return parse(text, ZoneOffset.UTC);
  }

  /**
   * Reads {@code FROM..TO}, days starting at midnight in {@code zone}.
   *
   * @throws IllegalArgumentException with a message saying what was expected and what was found
   */
  public static Period parse(String text, ZoneId zone) {
    int dots = text.indexOf("..");
    if (dots < 0) {
      throw new IllegalArgumentException("must be FROM..TO (days yyyy-MM-dd, TO included, or instants), not '"
          + text + "'");
    }
    Instant since = time(text.substring(0, dots).trim(), false, zone);
    Instant until = time(text.substring(dots + 2).trim(), true, zone);
    if (!since.isBefore(until)) {
      throw new IllegalArgumentException("must end after it starts, not '" + text + "'");
    }
    return new Period(since, until);
  }

  /** The {@code days} calendar days of {@code zone} from {@code start} (a day of a change of clocks is 23 or 25 h). */
  public static Period days(Instant start, int days, ZoneId zone) {
    return new Period(start, start.atZone(zone).plusDays(days).toInstant());
  }

  /** Whether the two spans share an instant. */
  public boolean overlaps(Period other) {
    return since.isBefore(other.until) && other.since.isBefore(until);
  }

  /** Days covered, fractions for spans that do not start and end at midnight. */
  public double days() {
    return (until.getEpochSecond() - since.getEpochSecond()) / 86_400.0;
  }

  /** A day (its start, or the next day's start when it ends a period) or an instant. */
  private static Instant time(String value, boolean end, ZoneId zone) {
    try {
      LocalDate day = LocalDate.parse(value);
      return (end ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
    } catch (DateTimeParseException notADay) {
      try {
        return Instant.parse(value);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("must be FROM..TO with days (yyyy-MM-dd) or instants "
            + "(2025-04-01T12:00:00Z); '" + value + "' is neither");
      }
    }
  }
}
