package dev.chorus.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.post.Author;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostQueryParser;
import dev.chorus.store.StoreStats;
import dev.chorus.store.TimeSeries;
import dev.chorus.store.TimeZones;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Days, weeks, months and hours counted in a time zone by the embedded store: at that zone's midnights (Asia/Tehran, +03:30),
 * and across changes of clocks (America/New_York: a 23-hour day in March, a 25-hour one in November). The OpenSearch
 * store gives the same buckets (OpenSearchParityTest).
 */
class TimeZoneBucketsTest {
  static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @TempDir Path dir;

  @Test
  void postsAt21UtcOnJanuaryFirstAreOnJanuarySecondInTehran() throws Exception {
    try (LucenePostStore store = LucenePostStore.openWritable(dir)) {
      add(store, "2026-01-01T12:00:00Z", "2026-01-01T21:00:00Z", "2026-01-01T21:00:00Z", "2026-01-01T21:00:00Z");
      PostQuery utc = PostQuery.all();
      PostQuery tehran = PostQuery.all().withZone(TEHRAN);

      StoreStats s = store.stats(utc);
      assertThat(s.byDay()).containsExactly(Map.entry("2026-01-01", 4L));
      assertThat(s.timeZone()).isEqualTo(TimeZones.DEFAULT);
      StoreStats local = store.stats(tehran);
      assertThat(local.byDay()).containsExactly(Map.entry("2026-01-01", 1L), Map.entry("2026-01-02", 3L));
      assertThat(local.timeZone()).isEqualTo(TEHRAN);
      assertThat(local.first()).isEqualTo(s.first());
      assertThat(local.posts()).isEqualTo(4);

      TimeSeries days = store.timeSeries(tehran, TimeSeries.Interval.DAY, null);
      assertThat(days.timeZone()).isEqualTo(TEHRAN);
      assertThat(days.buckets()).containsExactly(Instant.parse("2025-12-31T20:30:00Z"),
          Instant.parse("2026-01-01T20:30:00Z"));
      assertThat(days.total()).containsExactly(1, 3);
      assertThat(store.timeSeries(utc, TimeSeries.Interval.DAY, null).total()).containsExactly(4);
      // hours start at the local hour: 00:30 UTC is 04:00 in Tehran
      assertThat(store.timeSeries(tehran, TimeSeries.Interval.HOUR, null).buckets().get(0))
          .isEqualTo(Instant.parse("2026-01-01T11:30:00Z"));

      // a day of since/until is the zone's day
      Map<String, List<String>> since = Map.of(PostQueryParser.SINCE, List.of("2026-01-02"));
      assertThat(store.count(PostQueryParser.parse(since, TEHRAN))).isEqualTo(3);
      assertThat(store.count(PostQueryParser.parse(since))).isZero();
    }
  }

  @Test
  void newYorkDaysLast23And25HoursWhereClocksChangeAndWeeksStartOnLocalMonday() throws Exception {
    try (LucenePostStore store = LucenePostStore.openWritable(dir)) {
      List<String> times = new ArrayList<>();
      // every 6 hours across the spring change (2026-03-08) and the autumn one (2026-11-01)
      for (String from : List.of("2026-03-06T00:00:00Z", "2026-10-30T00:00:00Z")) {
        for (int i = 0; i < 20; i++) {
          times.add(Instant.parse(from).plus(Duration.ofHours(6L * i)).toString());
        }
      }
      times.add("2026-03-09T03:30:00Z"); // 23:30 on Sunday 8 March in New York (EDT)
      times.add("2026-11-02T04:30:00Z"); // 23:30 on Sunday 1 November (EST)
      add(store, times.toArray(String[]::new));
      PostQuery ny = PostQuery.all().withZone(NEW_YORK);

      TimeSeries days = store.timeSeries(ny, TimeSeries.Interval.DAY, null);
      Map<Instant, Long> hours = lengths(days.buckets());
      assertThat(hours.get(Instant.parse("2026-03-08T05:00:00Z"))).as("8 March: clocks go forward").isEqualTo(23);
      assertThat(hours.get(Instant.parse("2026-11-01T04:00:00Z"))).as("1 November: clocks go back").isEqualTo(25);
      assertThat(hours.get(Instant.parse("2026-03-07T05:00:00Z"))).isEqualTo(24);
      StoreStats s = store.stats(ny);
      assertThat(s.byDay().get("2026-03-08")).as("4 posts of the 23 hours and the one at 23:30").isEqualTo(5);
      assertThat(s.byDay().get("2026-03-09")).as("from local midnight, 04:00 UTC: not the post at 03:30 UTC").isEqualTo(4);
      assertThat(s.byDay().get("2026-11-01")).as("4 posts of the 25 hours and the one at 23:30").isEqualTo(5);
      assertThat(store.stats(PostQuery.all()).byDay().get("2026-03-08")).isEqualTo(4);

      TimeSeries weeks = store.timeSeries(ny, TimeSeries.Interval.WEEK, null);
      assertThat(weeks.buckets()).contains(Instant.parse("2026-03-02T05:00:00Z"), Instant.parse("2026-03-09T04:00:00Z"),
          Instant.parse("2026-10-26T04:00:00Z"), Instant.parse("2026-11-02T05:00:00Z"));
      assertThat(weeks.buckets()).allSatisfy(b -> assertThat(b.atZone(NEW_YORK).getDayOfWeek())
          .isEqualTo(java.time.DayOfWeek.MONDAY));

      // the repeated hour of 1 November (01:00 EDT, then 01:00 EST) is two buckets of an hour each
      TimeSeries hourly = store.timeSeries(ny, TimeSeries.Interval.HOUR, null);
      assertThat(hourly.buckets()).contains(Instant.parse("2026-11-01T05:00:00Z"), Instant.parse("2026-11-01T06:00:00Z"));
      assertThat(lengths(hourly.buckets()).values()).containsOnly(1L);
    }
  }

  @Test
  void monthsAreCalendarMonthsOfTheZoneWithEmptyOnesKept() throws Exception {
    try (LucenePostStore store = LucenePostStore.openWritable(dir)) {
      add(store, "2026-01-15T12:00:00Z",
          "2026-01-31T21:00:00Z", // 1 February 00:30 in Tehran
          "2026-02-28T12:00:00Z",
          "2026-03-31T20:29:00Z", // 31 March 23:59 in Tehran
          "2026-03-31T20:30:00Z", // 1 April 00:00 in Tehran
          "2026-05-20T12:00:00Z"); // nothing in April (UTC): an empty month, kept
      TimeSeries utc = store.timeSeries(PostQuery.all(), TimeSeries.Interval.MONTH, null);
      assertThat(utc.buckets()).containsExactly(Instant.parse("2026-01-01T00:00:00Z"),
          Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-03-01T00:00:00Z"),
          Instant.parse("2026-04-01T00:00:00Z"), Instant.parse("2026-05-01T00:00:00Z"));
      assertThat(utc.total()).containsExactly(2, 1, 2, 0, 1);

      TimeSeries tehran = store.timeSeries(PostQuery.all().withZone(TEHRAN), TimeSeries.Interval.MONTH, null);
      assertThat(tehran.buckets()).containsExactly(Instant.parse("2025-12-31T20:30:00Z"),
          Instant.parse("2026-01-31T20:30:00Z"), Instant.parse("2026-02-28T20:30:00Z"),
          Instant.parse("2026-03-31T20:30:00Z"), Instant.parse("2026-04-30T20:30:00Z"));
      assertThat(tehran.total()).containsExactly(1, 2, 1, 1, 1);

      // in New York, March starts in winter time (05:00 UTC) and April in summer time (04:00 UTC)
      TimeSeries ny = store.timeSeries(PostQuery.all().withZone(NEW_YORK), TimeSeries.Interval.MONTH, null);
      assertThat(ny.buckets()).contains(Instant.parse("2026-03-01T05:00:00Z"), Instant.parse("2026-04-01T04:00:00Z"));
      assertThat(ny.buckets()).allSatisfy(b -> assertThat(b.atZone(NEW_YORK).getDayOfMonth()).isOne());
    }
  }

  @Test
  void aMonthHasNoFixedLengthButAnEndInItsZone() {
    TimeSeries.Interval month = TimeSeries.Interval.parse("month");
    assertThat(month.fixed()).isFalse();
    assertThatThrownBy(month::seconds).isInstanceOf(UnsupportedOperationException.class);
    assertThat(month.end(Instant.parse("2026-01-31T20:30:00Z"), TEHRAN))
        .as("February 2026 in Tehran: 28 days").isEqualTo(Instant.parse("2026-02-28T20:30:00Z"));
    assertThat(month.bucketStart(Instant.parse("2024-02-29T23:59:59Z").getEpochSecond()))
        .isEqualTo(Instant.parse("2024-02-01T00:00:00Z").getEpochSecond());
    assertThatThrownBy(() -> TimeSeries.Interval.parse("year"))
        .hasMessage("interval must be hour, day, week or month, not 'year'");
  }

  @Test
  void aZoneThatIsNoneIsNamedWithExamples() {
    assertThatThrownBy(() -> TimeZones.parse("Mars/Olympus"))
        .hasMessage("must be an IANA time zone id such as UTC, Asia/Tehran or America/New_York, not 'Mars/Olympus'");
    assertThat(TimeZones.parse("+03:30").getRules().isFixedOffset()).isTrue();
    assertThat(TimeZones.isUtc(ZoneId.of("Etc/UTC"))).isTrue();
    assertThat(TimeZones.isUtc(TEHRAN)).isFalse();
  }

  /** Hours from each bucket start to the next one (the last left out). */
  private static Map<Instant, Long> lengths(List<Instant> buckets) {
    Map<Instant, Long> out = new java.util.LinkedHashMap<>();
    for (int i = 0; i + 1 < buckets.size(); i++) {
      out.put(buckets.get(i), Duration.between(buckets.get(i), buckets.get(i + 1)).toHours());
    }
    return out;
  }

  private static void add(LucenePostStore store, String... times) throws Exception {
    int id = 0;
    for (String t : times) {
      store.upsert(Post.builder(Platform.X, "p" + id++).author(Author.of("a", null, null))
          .createdAt(Instant.parse(t)).lang("en").text("t").build());
    }
    store.commit();
  }
}
