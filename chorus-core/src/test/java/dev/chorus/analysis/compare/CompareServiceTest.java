package dev.chorus.analysis.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.chorus.analysis.FilterWarnings;
import dev.chorus.analysis.measure.Difference;
import dev.chorus.analysis.measure.Proportion;
import dev.chorus.codebook.Codebook;
import dev.chorus.post.Annotations;
import dev.chorus.post.Author;
import dev.chorus.post.Label;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import dev.chorus.post.PostKind;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostStore;
import dev.chorus.store.lucene.LucenePostStore;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareServiceTest {
  static final Codebook CODEBOOK = new Codebook("1", "d", List.of(), List.of(), List.of(), List.of(),
      List.of(new Codebook.Event("round-1", LocalDate.parse("2025-04-07"), "Round one", "")));
  @TempDir Path dir;

  /** 20 posts a week: before round one 18 against the talks and 2 for, after it the other way round. */
  static void fill(PostStore store) throws Exception {
    for (int i = 0; i < 40; i++) {
      boolean after = i >= 20;
      Instant at = Instant.parse(after ? "2025-04-08T10:00:00Z" : "2025-04-02T10:00:00Z").plusSeconds(60L * i);
      boolean against = after ? i % 10 == 0 : i % 10 != 0;
      Annotations labels = Annotations.EMPTY.with("stance:talks",
          List.of(new Label(against ? "against" : "favor", 0.9, "test")), null, null);
      store.upsert(Post.builder(Platform.X, "p" + i).kind(PostKind.POST).author(Author.of("u_" + i, null, null))
          .createdAt(at).lang(i % 2 == 0 ? "en" : "fa").text("talks " + i).annotations(labels).build());
    }
    // a post without a stance label: counted in the period's posts, not in the share's denominator
    store.upsert(Post.builder(Platform.X, "plain").kind(PostKind.POST).author(Author.of("u_x", null, null))
        .createdAt(Instant.parse("2025-04-09T10:00:00Z")).lang("en").text("weather").build());
    store.commit();
  }

  @Test
  void aroundACodebookEventComparesTheWeekBeforeWithTheWeekFrom() throws Exception {
    try (PostStore store = LucenePostStore.openWritable(dir)) {
      fill(store);
      Periods periods = Periods.resolve(new Periods.Request(null, null, "round-1", 7), CODEBOOK, Optional::empty, java.time.ZoneOffset.UTC);
      CompareReport r = new CompareService(store).compare(PostQuery.all(), periods, "stance", 10, 30);

      assertThat(r.event().id()).isEqualTo("round-1");
      assertThat(r.before().since()).isEqualTo(Instant.parse("2025-03-31T00:00:00Z"));
      assertThat(r.after().since()).isEqualTo(Instant.parse("2025-04-07T00:00:00Z"));
      assertThat(r.before().posts()).isEqualTo(20);
      assertThat(r.after().posts()).isEqualTo(21);
      CompareReport.Row against = r.rows().stream().filter(x -> x.value().equals("talks:against")).findFirst()
          .orElseThrow();
      assertThat(against.before()).isEqualTo(Proportion.of(18, 20));
      assertThat(against.after()).isEqualTo(Proportion.of(2, 20)); // the unlabelled post is not in the denominator
      assertThat(against.change().difference()).isCloseTo(-0.8, within(1e-9));
      assertThat(against.change().high()).isNegative();
      assertThat(against.intervalsOverlap()).isFalse();
      assertThat(store.count(against.beforePosts().query())).isEqualTo(18);
      assertThat(store.count(against.afterPosts().query())).isEqualTo(2);
      assertThat(r.warnings()).extracting(FilterWarnings.Warning::message)
          .containsExactly("the before period has only 20 posts (fewer than min_posts 30): its shares have wide "
              + "intervals", "the after period has only 21 posts (fewer than min_posts 30): its shares have wide "
              + "intervals");
    }
  }

  @Test
  void daysAreThoseOfTheQuerysTimeZone() throws Exception {
    java.time.ZoneId tehran = java.time.ZoneId.of("Asia/Tehran"); // +03:30
    Periods around = Periods.resolve(new Periods.Request(null, null, "2025-04-08", 2), CODEBOOK, Optional::empty,
        tehran);
    assertThat(around.before()).isEqualTo(new Period(Instant.parse("2025-04-05T20:30:00Z"),
        Instant.parse("2025-04-07T20:30:00Z")));
    assertThat(around.after()).isEqualTo(new Period(Instant.parse("2025-04-07T20:30:00Z"),
        Instant.parse("2025-04-09T20:30:00Z")));
    Periods given = Periods.resolve(new Periods.Request("2025-04-01..2025-04-01", "2025-04-02..2025-04-02", null, 7),
        CODEBOOK, Optional::empty, tehran);
    assertThat(given.after()).isEqualTo(new Period(Instant.parse("2025-04-01T20:30:00Z"),
        Instant.parse("2025-04-02T20:30:00Z")));
    // 23:00 UTC on the 9th is already the 10th in Tehran: the latest day is the 10th there
    Periods latest = Periods.resolve(new Periods.Request(null, null, null, 1), CODEBOOK,
        () -> Optional.of(Instant.parse("2025-04-09T23:00:00Z")), tehran);
    assertThat(latest.after()).isEqualTo(new Period(Instant.parse("2025-04-09T20:30:00Z"),
        Instant.parse("2025-04-10T20:30:00Z")));
  }

  @Test
  void withoutPeriodsTheLatestDaysAreComparedWithTheDaysBefore() throws Exception {
    try (PostStore store = LucenePostStore.openWritable(dir)) {
      fill(store);
      Periods periods = Periods.resolve(new Periods.Request(null, null, null, 3), CODEBOOK,
          () -> Optional.of(Instant.parse("2025-04-09T10:00:00Z")), java.time.ZoneOffset.UTC);
      assertThat(periods.basis()).isEqualTo("latest");
      assertThat(periods.after()).isEqualTo(new Period(Instant.parse("2025-04-07T00:00:00Z"),
          Instant.parse("2025-04-10T00:00:00Z")));
      CompareReport r = new CompareService(store).compare(PostQuery.all().with("lang", "en"), periods, "lang", 10, 5);
      assertThat(r.before().posts()).isZero();
      assertThat(r.after().posts()).isEqualTo(11);
      assertThat(r.rows()).singleElement().satisfies(row -> {
        assertThat(row.value()).isEqualTo("en");
        assertThat(row.before().total()).isZero();
        assertThat(row.after().share()).isEqualTo(1.0);
      });
      assertThat(r.warnings()).extracting(FilterWarnings.Warning::message).singleElement().asString()
          .contains("before period", "has no post matching the filters");
    }
  }

  @Test
  void givenPeriodsThatOverlapAreWarnedOf() throws Exception {
    try (PostStore store = LucenePostStore.openWritable(dir)) {
      fill(store);
      Periods periods = Periods.resolve(new Periods.Request("2025-04-01..2025-04-08",
          "2025-04-08..2025-04-14", null, 7), CODEBOOK, Optional::empty, java.time.ZoneOffset.UTC);
      CompareReport r = new CompareService(store).compare(PostQuery.all(), periods, "lang", 1, 1);
      assertThat(r.rows()).hasSize(1);
      assertThat(r.before().posts()).isEqualTo(40); // 2025-04-08 is included in both
      assertThat(r.warnings()).extracting(FilterWarnings.Warning::message).singleElement().asString()
          .startsWith("the periods overlap");
    }
  }

  @Test
  void anEventThatIsNoDayNoInstantAndNotInTheCodebookIsNamedWithTheKnownOnes() {
    assertThatThrownBy(() -> Periods.resolve(new Periods.Request(null, null, "round-9", 7), CODEBOOK,
        Optional::empty, java.time.ZoneOffset.UTC)).isInstanceOf(Periods.UnknownEventException.class)
        .hasMessageContaining("'round-9'").hasMessageContaining("round-1");
  }

  @Test
  void aDayAsTheEndOfAPeriodIsIncludedAnInstantIsNot() {
    assertThat(Period.parse("2025-04-01..2025-04-07")).isEqualTo(new Period(Instant.parse("2025-04-01T00:00:00Z"),
        Instant.parse("2025-04-08T00:00:00Z")));
    assertThat(Period.parse("2025-04-01T12:00:00Z..2025-04-02T06:00:00Z").days()).isEqualTo(0.75);
    assertThatThrownBy(() -> Period.parse("2025-04-07..2025-04-01")).hasMessageContaining("must end after");
    assertThatThrownBy(() -> Period.parse("2025-04-07")).hasMessageContaining("FROM..TO");
  }

  /** Newcombe (1998), Statistics in Medicine 17:873-890, Table II, method 10 (the hybrid score interval). */
  @Test
  void differenceMatchesNewcombesPublishedIntervals() {
    check(56, 70, 48, 80, 0.0524, 0.3339);
    check(9, 10, 3, 10, 0.1705, 0.8090);
    check(5, 56, 0, 29, -0.0381, 0.1926);
    check(0, 10, 0, 20, -0.1611, 0.2775);
    check(10, 10, 0, 20, 0.6791, 1.0);
  }

  private static void check(int a, int m, int b, int n, double low, double high) {
    Difference d = Difference.between(Proportion.of(b, n), Proportion.of(a, m));
    assertThat(d.low()).as("low of %d/%d - %d/%d", a, m, b, n).isCloseTo(low, within(0.00006));
    assertThat(d.high()).as("high of %d/%d - %d/%d", a, m, b, n).isCloseTo(high, within(0.00006));
  }
}
