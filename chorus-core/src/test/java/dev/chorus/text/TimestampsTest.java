package dev.chorus.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.time.api.DateTimes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {
  static final Instant NOON = Instant.parse("2024-05-01T12:00:00Z");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      2024-05-01T12:00:00.000Z                  | 2024-05-01T12:00:00Z
      2024-05-01T12:00:00Z                      | 2024-05-01T12:00:00Z
      2024-05-01T14:00:00+02:00                 | 2024-05-01T12:00:00Z
      2024-05-01T08:30:00-03:30                 | 2024-05-01T12:00:00Z
      2024-05-01T12:00:00                       | 2024-05-01T12:00:00Z
      2024-05-01 12:00:00                       | 2024-05-01T12:00:00Z
      2024-05-01T12:00                          | 2024-05-01T12:00:00Z
      2024-05-01 15:30:00+0330                  | 2024-05-01T12:00:00Z
      2024-05-01 12:00:00+00                    | 2024-05-01T12:00:00Z
      2024-05-01T12:00:00 +02:00                | 2024-05-01T10:00:00Z
      2024-05-01T12:00:00.123456Z               | 2024-05-01T12:00:00.123456Z
      2024-05-01                                | 2024-05-01T00:00:00Z
      Wed May 01 12:00:00 +0000 2024            | 2024-05-01T12:00:00Z
      Wed May 01 15:30:00 +0330 2024            | 2024-05-01T12:00:00Z
      'Wed, 01 May 2024 12:00:00 GMT'           | 2024-05-01T12:00:00Z
      'Wed, 1 May 2024 14:00:00 +0200'          | 2024-05-01T12:00:00Z
      1714564800                                | 2024-05-01T12:00:00Z
      1714564800123                             | 2024-05-01T12:00:00.123Z
      1714564800.5                              | 2024-05-01T12:00:00.500Z
      '  1714564800  '                          | 2024-05-01T12:00:00Z
      0                                         | 1970-01-01T00:00:00Z
      """)
  void readsTheFormsPlatformsWrite(String text, String expected) {
    // X API v2, Mastodon and Bluesky (ISO with Z or millis), Telegram desktop (no offset), CSV exports (space, compact
    // or hour-only offsets), the classic Twitter form (archives), RSS (RFC 1123), Reddit and Jetstream (epoch numbers)
    assertThat(Timestamps.parse(text)).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "yesterday", "-1", "1e9", "2024-02-30", "2024-13-01T00:00:00Z",
      "99999999999999999999", "Mon, 01 May 2024 12:00:00 GMT", "12:00:00", "2024-05-01T25:00:00Z"})
  void givesNullForWhatIsNotATimestamp(String text) {
    // "Mon, 01 May 2024" names the wrong weekday: refused rather than guessed
    assertThat(Timestamps.parse(text)).isNull();
    assertThat(Timestamps.parse(null)).isNull();
  }

  @Test
  void anEpochNumberIsSecondsUntil2099AndMillisecondsFrom1973() {
    assertThat(Timestamps.fromEpochNumber(4_100_000_000L)).isEqualTo(Instant.ofEpochSecond(4_100_000_000L));
    assertThat(Timestamps.fromEpochNumber(100_000_000_001L)).isEqualTo(Instant.ofEpochMilli(100_000_000_001L));
    // between the two ranges a number is neither a plausible second nor a plausible millisecond
    assertThat(Timestamps.fromEpochNumber(100_000_000_000L)).isNull();
    assertThat(Timestamps.fromEpochNumber(4_100_000_001.0)).isNull();
    // the known ambiguity: milliseconds before 1973-03-03 are read as seconds
    assertThat(Timestamps.parse("86400000")).isEqualTo(Instant.ofEpochSecond(86_400_000L));
    assertThat(Timestamps.fromEpochNumber(4_100_000_001L)).isNull();
    assertThat(Timestamps.fromEpochNumber(-0.5)).isNull();
    assertThat(Timestamps.fromEpochNumber(4_100_000_000_001L)).isNull();
    assertThat(Timestamps.fromEpochNumber(-1L)).isNull();
    assertThat(Timestamps.fromEpochNumber(Double.NaN)).isNull();
    // a float of milliseconds (some exports write 1714564800123.0) is read as written, not as binary floating point
    assertThat(Timestamps.fromEpochNumber(1714564800123.0)).isEqualTo(Instant.parse("2024-05-01T12:00:00.123Z"));
    assertThat(Timestamps.fromEpochNumber(1714564800.25)).isEqualTo(Instant.parse("2024-05-01T12:00:00.250Z"));
    assertThat(Timestamps.parse("1714564800123.456")).isEqualTo(Instant.parse("2024-05-01T12:00:00.123456Z"));
  }

  @Test
  void theSameMomentInAnyZoneIsTheSameInstant() {
    for (String zone : new String[] {"Asia/Tehran", "Asia/Jerusalem", "America/New_York", "Pacific/Chatham"}) {
      String local = NOON.atZone(ZoneId.of(zone)).toOffsetDateTime().toString();
      assertThat(Timestamps.parse(local)).as(local).isEqualTo(NOON);
    }
  }

  @Property(tries = 300)
  void everyWrittenFormReadsBackToTheSameInstant(@ForAll("instants") Instant at, @ForAll("zones") ZoneId zone) {
    Instant seconds = at.truncatedTo(ChronoUnit.SECONDS);
    Instant millis = at.truncatedTo(ChronoUnit.MILLIS);
    assertThat(Timestamps.parse(at.toString())).isEqualTo(at);
    assertThat(Timestamps.parse(at.atZone(zone).toOffsetDateTime().toString())).isEqualTo(at);
    assertThat(Timestamps.parse(Long.toString(seconds.getEpochSecond()))).isEqualTo(seconds);
    assertThat(Timestamps.parse(Long.toString(millis.toEpochMilli()))).isEqualTo(millis);
    assertThat(Timestamps.parse(DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ROOT)
        .format(at.atZone(zone)))).isEqualTo(seconds);
    assertThat(Timestamps.parse(DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atZone(ZoneOffset.UTC))))
        .isEqualTo(seconds);
    assertThat(Timestamps.parse(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
        .format(at.atZone(ZoneOffset.UTC)))).isEqualTo(seconds);
  }

  @Property(tries = 300)
  void neverThrows(@ForAll String text) {
    Timestamps.parse(text);
  }

  /**
   * The fast path for the shape X, Mastodon and Bluesky write takes exactly what {@code ISO_OFFSET_DATE_TIME} (the
   * first form tried) takes, as the same instant; for a date that does not exist or a field out of range it steps
   * aside (null) and the formatters refuse or read it as before.
   */
  @Property(tries = 3000)
  void theUtcFastPathReadsWhatTheIsoFormReads(@ForAll("isoUtcShaped") String text) {
    assertThat(Timestamps.isoUtc(text)).as(text).isEqualTo(isoOffset(text));
    assertThat(Timestamps.parse(text)).as(text).isEqualTo(Timestamps.parseGeneral(text.trim()));
  }

  /** With a character replaced (a lower-case t or z, a space, an Arabic digit, a sign): never another instant. */
  @Property(tries = 3000)
  void theUtcFastPathNeverReadsAnythingElse(@ForAll("isoUtcMutated") String text) {
    Instant fast = Timestamps.isoUtc(text);
    if (fast != null) {
      assertThat(fast).as(text).isEqualTo(isoOffset(text)).isEqualTo(Timestamps.parseGeneral(text.trim()));
    }
    assertThat(Timestamps.parse(text)).as(text).isEqualTo(Timestamps.parseGeneral(text.trim()));
  }

  @Property(tries = 300)
  void theUtcFastPathTakesEveryInstantAsWritten(@ForAll("anyYear") Instant at) {
    assertThat(Timestamps.isoUtc(at.toString())).isEqualTo(at);
  }

  private static Instant isoOffset(String text) {
    try {
      return java.time.ZonedDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  /** yyyy-MM-ddTHH:mm:ss[.f{1,10}]Z with fields somewhat out of range. */
  @Provide
  Arbitrary<String> isoUtcShaped() {
    return net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 9999),
        Arbitraries.integers().between(0, 13), Arbitraries.integers().between(0, 32),
        Arbitraries.integers().between(0, 25), Arbitraries.integers().between(0, 61),
        Arbitraries.integers().between(0, 61), Arbitraries.strings().numeric().ofMaxLength(10))
        .as((y, mo, d, h, mi, s, f) -> String.format(Locale.ROOT, "%04d-%02d-%02dT%02d:%02d:%02d%sZ", y, mo, d, h,
            mi, s, f.isEmpty() ? "" : "." + f));
  }

  @Provide
  Arbitrary<String> isoUtcMutated() {
    return net.jqwik.api.Combinators.combine(isoUtcShaped(), Arbitraries.integers().between(0, 30),
        Arbitraries.chars().with('-', ':', '.', 'T', 't', 'Z', 'z', ' ', '+', '0', '9', '\u0666'))
        .as((t, at, c) -> at < t.length() ? t.substring(0, at) + c + t.substring(at + 1) : t + c);
  }

  @Provide
  Arbitrary<Instant> anyYear() {
    return DateTimes.instants().between(Instant.parse("0001-01-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59Z"));
  }

  /**
   * Where both epoch readings are unambiguous: from 1973-03-03 (milliseconds below that are read as seconds) to
   * 2099-12-04 (seconds above 4.1e9 are refused), at nanosecond precision.
   */
  @Provide
  Arbitrary<Instant> instants() {
    return DateTimes.instants().between(Instant.parse("1973-03-03T09:46:41Z"), Instant.parse("2099-12-01T00:00:00Z"));
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of(ZoneId.getAvailableZoneIds()).map(ZoneId::of);
  }
}
