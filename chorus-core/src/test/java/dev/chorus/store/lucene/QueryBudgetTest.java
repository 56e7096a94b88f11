package dev.chorus.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.store.PostQuery;
import dev.chorus.store.QueryBudget;
import dev.chorus.store.QueryBudgetExceededException;
import dev.chorus.store.SearchOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A store call under a {@link QueryBudget} stops once the budget is spent, with {@link QueryBudgetExceededException}
 * and no partial answer. Time is a clock the test moves, so nothing here depends on how fast the machine is.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryBudgetTest {
  static final Duration BUDGET = Duration.ofSeconds(10);
  LucenePostStore store;
  final AtomicLong now = new AtomicLong();

  @BeforeAll
  void fill() throws Exception {
    store = LucenePostStore.openWritable(new ByteBuffersDirectory());
    for (int i = 0; i < 300; i++) {
      store.upsert(LucenePostStoreTest.post("p" + i, "en", "talks round " + i,
          Instant.parse("2025-04-01T00:00:00Z").plusSeconds(60L * i), null));
    }
    store.commit();
  }

  @AfterAll
  void close() throws Exception {
    store.close();
  }

  @Test
  void aLongScanStopsWhenItsBudgetIsSpent() throws Exception {
    AtomicInteger seen = new AtomicInteger();
    assertThatThrownBy(() -> QueryBudget.within(BUDGET, now::get, () -> {
      store.forEach(PostQuery.all(), p -> {
        if (seen.incrementAndGet() == 100) {
          now.addAndGet(BUDGET.toNanos()); // the scan has now taken its whole budget
        }
      });
      return null;
    })).isInstanceOf(QueryBudgetExceededException.class).hasMessageContaining("time budget of 10 s");
    assertThat(seen.get()).isEqualTo(100);
  }

  @Test
  void everySearchCallStopsOnASpentBudget() {
    PostQuery q = PostQuery.text("talks");
    // the clock moves one budget per reading: spent by the time the search looks
    java.util.function.LongSupplier racing = () -> now.addAndGet(BUDGET.toNanos());
    for (Runnable call : new Runnable[] {
        () -> run(racing, () -> store.search(q, 10, SearchOrder.RELEVANCE)),
        () -> run(racing, () -> store.stats(q)),
        () -> run(racing, () -> store.facetCounts(q, "lang", 3)),
        () -> run(racing, () -> store.timeSeries(q, dev.chorus.store.TimeSeries.Interval.DAY, "lang")),
        () -> run(racing, () -> store.search(PostQuery.text("talks~ roun*"), 10, SearchOrder.NEWEST))}) {
      assertThatThrownBy(call::run).isInstanceOf(QueryBudgetExceededException.class);
    }
  }

  @Test
  void withinItsBudgetAQueryAnswersInFullAndWithoutOneNothingIsChecked() throws Exception {
    long total = QueryBudget.within(BUDGET, now::get, () -> store.search(PostQuery.text("talks~ roun*"), 5,
        SearchOrder.NEWEST).total());
    assertThat(total).isEqualTo(300);
    assertThat(store.search(PostQuery.text("talks"), 5, SearchOrder.NEWEST).total()).isEqualTo(300);
    assertThat(QueryBudget.current()).isNull();
  }

  private static void run(java.util.function.LongSupplier clock, java.util.concurrent.Callable<?> call) {
    try {
      QueryBudget.within(BUDGET, clock, call);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
