package dev.chorus.analysis.compare;

import dev.chorus.codebook.Codebook;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The two periods of a comparison and how they were chosen ({@code basis}):
 * <ul>
 *   <li>{@code given}: both spans as the user wrote them ({@code before=FROM..TO}, {@code after=FROM..TO});</li>
 *   <li>{@code around}: the {@code days} days before an event and the {@code days} days from it (the event's day is
 *       the first day after it: an event's own day already shows its effect); the event is a day, an instant or
 *       the id of a codebook event;</li>
 *   <li>{@code latest}: nothing given, so the latest {@code days} days of the matching posts (up to the end of the
 *       newest post's day) against the {@code days} days before them: "what changed this week".</li>
 * </ul>
 * Days are those of the query's time zone: they start at its midnights.
 *
 * @param before the earlier period, null when no post matches (basis {@code latest})
 * @param after the later period, null likewise
 * @param basis {@code given}, {@code around} or {@code latest}
 * @param event the codebook event the periods are around (named, or on the day given), else null
 */
public record Periods(Period before, Period after, String basis, Codebook.Event event) {
  /**
   * What the user asked for: either both spans ({@code FROM..TO}, read once the time zone is known), or an event
   * (and days), or neither.
   */
  public record Request(String before, String after, String around, int days) {}

  /** {@code around} names no day, instant or codebook event; the message says what was expected. */
  public static final class UnknownEventException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    UnknownEventException(String message) {
      super(message);
    }
  }

  /** The creation time of the newest matching post, or nothing when no post matches. */
  @FunctionalInterface
  public interface Newest {
    Optional<Instant> newest() throws IOException;
  }

  /**
   * The periods of {@code request}.
   *
   * @throws UnknownEventException when {@code around} is neither a day, an instant nor a codebook event id
   */
  public static Periods resolve(Request request, Codebook codebook, Newest newest, ZoneId zone) throws IOException {
    int days = request.days();
    if (request.before() != null) {
      return new Periods(Period.parse(request.before(), zone), Period.parse(request.after(), zone), "given", null);
    }
    if (request.around() != null) {
      Codebook.Event named = event(codebook, request.around());
      Instant at = named != null ? start(named.date(), zone) : instant(request.around(), codebook, zone);
      Codebook.Event event = named != null ? named : onDay(codebook, at, zone);
      return new Periods(Period.days(at.atZone(zone).minusDays(days).toInstant(), days, zone),
          Period.days(at, days, zone), "around", event);
    }
    Optional<Instant> last = newest.newest();
    if (last.isEmpty()) {
      return new Periods(null, null, "latest", null);
    }
    LocalDate lastDay = LocalDate.ofInstant(last.get(), zone);
    Instant split = start(lastDay.plusDays(1L - days), zone);
    return new Periods(Period.days(start(lastDay.plusDays(1L - 2L * days), zone), days, zone),
        Period.days(split, days, zone), "latest", null);
  }

  private static Instant start(LocalDate day, ZoneId zone) {
    return day.atStartOfDay(zone).toInstant();
  }

  private static Codebook.Event event(Codebook codebook, String id) {
    return codebook.events().stream().filter(e -> e.id().equalsIgnoreCase(id.trim())).findFirst().orElse(null);
  }

  private static Codebook.Event onDay(Codebook codebook, Instant at, ZoneId zone) {
    LocalDate day = LocalDate.ofInstant(at, zone);
    return codebook.events().stream().filter(e -> day.equals(e.date())).findFirst().orElse(null);
  }

  private static Instant instant(String around, Codebook codebook, ZoneId zone) {
    String v = around.trim();
    try {
      return start(LocalDate.parse(v), zone);
    } catch (DateTimeParseException notADay) {
      try {
        return Instant.parse(v);
      } catch (DateTimeParseException e) {
        String known = codebook.events().isEmpty() ? "the codebook lists none"
            : "the codebook's: " + String.join(", ", codebook.events().stream().map(Codebook.Event::id).toList());
        throw new UnknownEventException("must be a day (yyyy-MM-dd), an instant (2025-04-07T12:00:00Z) or the id "
            + "of a codebook event, not '" + v + "'; events: " + known);
      }
    }
  }
}
