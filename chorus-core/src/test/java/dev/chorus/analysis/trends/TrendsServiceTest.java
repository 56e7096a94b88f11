package dev.chorus.analysis.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.codebook.Codebook;
import dev.chorus.post.Author;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import dev.chorus.store.PostQuery;
import dev.chorus.store.TimeSeries;
import dev.chorus.store.lucene.LucenePostStore;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrendsServiceTest {
  @TempDir Path dir;
  static final Instant DAY0 = Instant.parse("2025-04-01T00:00:00Z");

  @Test
  void countsPerDayByLanguageWithEmptyDaysEventsAndASurge() throws Exception {
    try (LucenePostStore store = LucenePostStore.openWritable(dir)) {
      int id = 0;
      for (int day = 0; day < 12; day++) {
        int n = day == 10 ? 40 : 3;
        if (day == 5) {
          continue; // a day with no data
        }
        for (int i = 0; i < n; i++) {
          String lang = i % 3 == 0 ? "fa" : "en";
          store.upsert(Post.builder(Platform.X, "p" + id++).author(Author.of("a" + i, null, null))
              .createdAt(DAY0.plusSeconds(day * 86_400L + i * 60L)).lang(lang).text("t").build());
        }
      }
      store.commit();
      Codebook cb = new Codebook("1", "d", List.of(), List.of(), List.of(), List.of(),
          List.of(new Codebook.Event("round", LocalDate.parse("2025-04-11"), "Round two", ""),
              new Codebook.Event("later", LocalDate.parse("2025-06-01"), "Out of range", "")));
      Trends t = new TrendsService(store, cb).trends(PostQuery.all(), TimeSeries.Interval.DAY, "lang",
          BurstDetector.DEFAULT);
      assertThat(t.series().buckets()).hasSize(12);
      assertThat(t.series().total()[5]).isZero();
      assertThat(t.series().total()[10]).isEqualTo(40);
      assertThat(t.series().series().get("fa")[10] + t.series().series().get("en")[10]).isEqualTo(40);
      assertThat(t.events()).extracting(Codebook.Event::id).containsExactly("round");
      assertThat(t.surges()).extracting(BurstDetector.Surge::bucket).containsExactly(10);
      assertThatThrownBy(() -> new TrendsService(store, cb).trends(PostQuery.all(), TimeSeries.Interval.DAY, "nope",
          BurstDetector.DEFAULT)).hasMessageContaining("nope");
    }
  }

  @Test
  void theLabelsBeyondTheTopOnesAreSummedAsOther() {
    TimeSeries ts = new TimeSeries(TimeSeries.Interval.DAY, List.of(DAY0, DAY0.plusSeconds(86_400)),
        new long[] {10, 6}, new java.util.LinkedHashMap<>(java.util.Map.of()));
    ts.series().put("en", new long[] {5, 3});
    ts.series().put("fa", new long[] {3, 2});
    ts.series().put("ar", new long[] {1, 1});
    ts.series().put("he", new long[] {1, 0});
    TimeSeries top = TrendsService.top(ts, 2);
    assertThat(top.series().keySet()).containsExactly("en", "fa", TrendsService.OTHER);
    assertThat(top.series().get(TrendsService.OTHER)).containsExactly(2, 1);
    assertThat(top.total()).containsExactly(10, 6);
    assertThat(TrendsService.top(ts, 0).series()).hasSize(4);
    assertThat(TrendsService.top(ts, 4).series()).hasSize(4);
  }

  @Test
  void weeksStartOnMonday() {
    long wed = Instant.parse("2025-04-02T12:00:00Z").getEpochSecond();
    assertThat(Instant.ofEpochSecond(TimeSeries.Interval.WEEK.bucketStart(wed)))
        .isEqualTo(Instant.parse("2025-03-31T00:00:00Z"));
  }

  @Property(tries = 200)
  void aFlatSeriesHasNoSurge(@ForAll @LongRange(min = 0, max = 1000) long level,
      @ForAll @Size(min = 0, max = 60) List<@LongRange(min = 0, max = 2) Long> noise) {
    long[] counts = noise.stream().mapToLong(x -> level + x).toArray();
    assertThat(BurstDetector.DEFAULT.detect(counts)).isEmpty();
  }
}
