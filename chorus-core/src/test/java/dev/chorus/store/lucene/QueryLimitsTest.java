package dev.chorus.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.store.InvalidFilterException;
import dev.chorus.store.PostQuery;
import dev.chorus.store.QueryLimit;
import dev.chorus.store.QueryTooComplexException;
import dev.chorus.store.SearchOrder;
import java.time.Instant;
import java.util.function.Consumer;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Every {@link QueryLimit} refuses a query past it, naming the limit and its allowed value, before it runs. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryLimitsTest {
  LucenePostStore store;

  @BeforeAll
  void fill() throws Exception {
    store = LucenePostStore.openWritable(new ByteBuffersDirectory());
    for (int i = 0; i < 300; i++) {
      store.upsert(LucenePostStoreTest.post("p" + i, "en", "talks round " + i + " word" + i + " alpha" + (i % 17),
          Instant.parse("2025-04-01T00:00:00Z").plusSeconds(60L * i), null));
    }
    store.commit();
  }

  @AfterAll
  void close() throws Exception {
    store.close();
  }

  static String repeat(String s, int n) {
    return String.join(" ", java.util.Collections.nCopies(n, s));
  }

  private void refused(String q, QueryLimit limit) {
    assertThatThrownBy(() -> store.search(PostQuery.text(q), 10, SearchOrder.NEWEST))
        .as(q.length() > 80 ? q.substring(0, 80) : q)
        .isInstanceOfSatisfying(QueryTooComplexException.class, e -> {
          assertThat(e.limit()).isEqualTo(limit);
          assertThat(e.filter()).isEqualTo("q");
          assertThat(e.getMessage()).startsWith("q: ").contains("limit " + limit.id())
              .contains("at most " + limit.allowed());
        });
  }

  @Test
  void theQueriesOfTheIssueAreRefusedWithTheirLimit() {
    refused("text:/a{1000}{1000}/", QueryLimit.AUTOMATON_STATES);
    refused(repeat("talks~", 1024), QueryLimit.FUZZY_TERMS);
    refused("(".repeat(3500) + "talks" + ")".repeat(3500), QueryLimit.NESTING);
  }

  @Test
  void eachLimitHasAQueryJustPastIt() {
    refused("a".repeat(QueryLimit.LENGTH.allowed() + 1), QueryLimit.LENGTH);
    refused("(".repeat(33) + "talks" + ")".repeat(33), QueryLimit.NESTING);
    refused(repeat("talks", 200), QueryLimit.CLAUSES); // 200 words × 6 text fields
    refused(repeat("t:x", 1025), QueryLimit.CLAUSES);
    refused(repeat("talks~", 17), QueryLimit.FUZZY_TERMS);
    refused(repeat("tal*", 17), QueryLimit.PATTERN_TERMS);
    refused(repeat("t?lks", 9) + " " + repeat("/t.*/", 8), QueryLimit.PATTERN_TERMS);
    refused("/" + "a".repeat(300) + "/", QueryLimit.PATTERN_LENGTH);
    refused("text:/((a|b|c|d){50}){50}/", QueryLimit.AUTOMATON_STATES);
    refused("text:" + "a*b".repeat(100) + "*", QueryLimit.PATTERN_LENGTH);
  }

  @Test
  void queriesWithinTheLimitsStillRun() throws Exception {
    assertThat(store.search(PostQuery.text(repeat("talks~", 16)), 5, SearchOrder.NEWEST).total()).isEqualTo(300);
    assertThat(store.search(PostQuery.text("(".repeat(32) + "talks" + ")".repeat(32)), 5, SearchOrder.NEWEST).total())
        .isEqualTo(300);
    assertThat(store.search(PostQuery.text("text:/alpha1[0-6]/ OR text:wor*"), 5, SearchOrder.NEWEST).total())
        .isEqualTo(300);
    assertThat(store.search(PostQuery.text("\"((((((((((((((((((((((((((((((((((((talks\""), 5, SearchOrder.NEWEST)
        .total()).as("parentheses in a phrase do not nest").isEqualTo(300);
  }

  @Test
  void badSyntaxNamesTheQueryInWords() {
    for (String q : new String[] {"(((", "text:/[a/", "\"unclosed", "AND", "a:[b TO"}) {
      assertThatThrownBy(() -> store.stats(PostQuery.text(q))).as(q)
          .isInstanceOfSatisfying(InvalidFilterException.class, e -> {
            assertThat(e.filter()).isEqualTo("q");
            assertThat(e.getMessage()).startsWith("q: ");
          });
    }
  }

  @Test
  void everyStoreCallChecksTheLimitsBeforeRunning() {
    PostQuery q = PostQuery.text(repeat("talks~", 17));
    Consumer<Object> none = x -> { };
    assertThatThrownBy(() -> store.stats(q)).isInstanceOf(QueryTooComplexException.class);
    assertThatThrownBy(() -> store.facetCounts(q, "lang", 5)).isInstanceOf(QueryTooComplexException.class);
    assertThatThrownBy(() -> store.timeSeries(q, dev.chorus.store.TimeSeries.Interval.DAY, null))
        .isInstanceOf(QueryTooComplexException.class);
    assertThatThrownBy(() -> store.forEach(q, none::accept)).isInstanceOf(QueryTooComplexException.class);
  }
}
