package dev.chorus.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;

/**
 * Parses the timestamp forms found in platform exports to UTC instants: ISO-8601 with or without offset (no offset
 * means UTC), "2024-05-01 12:00:00", the classic Twitter form {@code Wed Oct 10 20:19:24 +0000 2018}, RFC 1123, and
 * epoch seconds or milliseconds. Returns null when nothing fits.
 */
public final class Timestamps {
  private static final DateTimeFormatter TWITTER =
      DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ROOT);
  private static final DateTimeFormatter LOCAL_SPACE = new DateTimeFormatterBuilder()
      .appendPattern("yyyy-MM-dd[ ]['T']HH:mm[:ss]")
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
      .toFormatter(Locale.ROOT);
  private static final DateTimeFormatter OFFSET_SPACE = new DateTimeFormatterBuilder()
      .appendPattern("yyyy-MM-dd[ ]['T']HH:mm[:ss]")
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
      .optionalStart().appendLiteral(' ').optionalEnd()
      .appendOffset("+HH:mm", "Z")
      .toFormatter(Locale.ROOT);
  private static final DateTimeFormatter OFFSET_COMPACT = new DateTimeFormatterBuilder()
      .appendPattern("yyyy-MM-dd[ ]['T']HH:mm[:ss]")
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
      .optionalStart().appendLiteral(' ').optionalEnd()
      .appendOffset("+HHmm", "Z")
      .toFormatter(Locale.ROOT);
  private static final List<DateTimeFormatter> ZONED =
      List.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME, OFFSET_SPACE, OFFSET_COMPACT, TWITTER,
          DateTimeFormatter.RFC_1123_DATE_TIME);

  /** Epoch numbers above this are milliseconds (as seconds they would be after the year 5138). */
  private static final BigDecimal MILLIS_FROM = BigDecimal.valueOf(100_000_000_000L);
  /** The last epoch second taken as plausible (in 2099). */
  private static final BigDecimal LAST_SECOND = BigDecimal.valueOf(4_100_000_000L);

  private Timestamps() {}

  public static Instant parse(String s) {
    if (s == null) {
      return null;
    }
    String t = s.trim();
    if (t.isEmpty()) {
      return null;
    }
    Instant utc = isoUtc(t);
    return utc != null ? utc : parseGeneral(t);
  }

  /** {@link #parse} without the fast path: every form, tried in turn; {@code t} trimmed and not empty. */
  static Instant parseGeneral(String t) {
    if (t.length() <= 18 && t.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return fromEpochNumber(Long.parseLong(t));
    }
    if (t.chars().allMatch(c -> c >= '0' && c <= '9' || c == '.') && t.chars().filter(c -> c == '.').count() <= 1) {
      try {
        return fromEpochDecimal(new BigDecimal(t));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    for (DateTimeFormatter f : ZONED) {
      try {
        return ZonedDateTime.parse(t, f).toInstant();
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    try {
      return OffsetDateTime.parse(t).toInstant();
    } catch (DateTimeParseException e) {
      // try local forms
    }
    try {
      return LocalDateTime.parse(t, LOCAL_SPACE).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      // try a bare date
    }
    try {
      return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * The one shape most platforms write (X API v2, Mastodon, Bluesky: {@code 2026-11-03T12:34:56Z}, with 1 to 9
   * fraction digits before the {@code Z}) read without the formatters, which cost more than the rest of mapping a
   * post; null for anything else, a date that does not exist included, which {@link #parseGeneral} then reads (or
   * refuses) as before. It accepts only what {@code ISO_OFFSET_DATE_TIME}, the first form tried, reads, and gives
   * the same instant ({@code TimestampsTest} holds it to that).
   */
  static Instant isoUtc(String t) {
    int n = t.length();
    if (n < 20 || n > 30 || n == 21 || t.charAt(n - 1) != 'Z' || t.charAt(4) != '-' || t.charAt(7) != '-'
        || t.charAt(10) != 'T' || t.charAt(13) != ':' || t.charAt(16) != ':' || (n > 20 && t.charAt(19) != '.')) {
      return null;
    }
    int year = digits(t, 0, 4);
    int month = digits(t, 5, 7);
    int day = digits(t, 8, 10);
    int hour = digits(t, 11, 13);
    int minute = digits(t, 14, 16);
    int second = digits(t, 17, 19);
    int fraction = n > 20 ? digits(t, 20, n - 1) : 0;
    if ((year | month | day | hour | minute | second | fraction) < 0 || month < 1 || month > 12 || day < 1
        || day > Month.of(month).length(Year.isLeap(year)) || hour > 23 || minute > 59 || second > 59) {
      return null;
    }
    int nanos = fraction;
    for (int scale = n - 21; n > 20 && scale < 9; scale++) {
      nanos *= 10; // the fraction's 1 to 9 digits as nanoseconds: .5 is 500,000,000
    }
    long epochDay = LocalDate.of(year, month, day).toEpochDay();
    return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3600 + minute * 60 + second, nanos);
  }

  /** The number the ASCII digits {@code t[from, to)} spell, or -1 when one is not a digit. */
  private static int digits(String t, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** Whole epoch seconds, or milliseconds when too large to be seconds; exact (no floating point). */
  public static Instant fromEpochNumber(long v) {
    return fromEpochDecimal(BigDecimal.valueOf(v));
  }

  /**
   * Epoch seconds, or milliseconds when the number is too large to be seconds (after the year 5138 as seconds).
   * Returns null for negative or absurd values. Read through its shortest decimal form, so that a fraction of a
   * millisecond written in the export is kept as written rather than as binary floating point makes it.
   */
  public static Instant fromEpochNumber(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return null;
    }
    return fromEpochDecimal(new BigDecimal(Double.toString(v)));
  }

  private static Instant fromEpochDecimal(BigDecimal v) {
    if (v.signum() < 0) {
      return null;
    }
    BigDecimal seconds = v.compareTo(MILLIS_FROM) > 0 ? v.movePointLeft(3) : v;
    if (seconds.compareTo(LAST_SECOND) > 0) {
      return null;
    }
    long whole = seconds.longValue();
    long nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).setScale(0, RoundingMode.HALF_UP)
        .longValue();
    return Instant.ofEpochSecond(whole, Math.min(nanos, 999_999_999));
  }
}
