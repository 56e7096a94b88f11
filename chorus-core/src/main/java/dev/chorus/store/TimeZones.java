package dev.chorus.store;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The time zone days, weeks and hours are counted in ({@link TimeSeries.Interval#bucketStart(long, ZoneId)}) and in
 * which a day of {@code since}/{@code until} starts: UTC unless the workspace ({@code workspace.yaml}
 * {@code time_zone}) or the request ({@code tz}) names another IANA zone.
 */
public final class TimeZones {
  /** The zone when nothing names one. */
  public static final ZoneId DEFAULT = ZoneId.of("UTC");

  private TimeZones() {}

  /**
   * The zone of an IANA id ({@code Asia/Tehran}) or an offset ({@code +03:30}).
   *
   * @throws IllegalArgumentException saying what was expected and what was found
   */
  public static ZoneId parse(String id) {
    String v = id == null ? "" : id.strip();
    try {
      return ZoneId.of(v);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("must be an IANA time zone id such as UTC, Asia/Tehran or America/New_York,"
          + " not '" + v + "'");
    }
  }

  /** Whether the zone is UTC at every instant (then buckets are plain arithmetic on epoch seconds). */
  public static boolean isUtc(ZoneId zone) {
    return zone.getRules().isFixedOffset() && zone.getRules().getOffset(java.time.Instant.EPOCH)
        .equals(ZoneOffset.UTC);
  }
}
