package dev.chorus.analysis.measure;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostQueryParser;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * The posts behind a figure, as a {@link PostQuery}. Services narrow the user's filter step by step (cohort, frame,
 * stance, time bucket, ...) and compute each figure from {@link #query()}; JSON output shows {@link #filters()}: the
 * parameters of {@code chorus search} and of the HTTP API (the names of
 * {@link PostQueryParser#FILTERS}: {@code q}, {@code platform}, {@code lang}, ...) that list the same posts.
 *
 * <p>Narrowing a dimension replaces its filter (a figure about cohort A lists A's posts even when the user asked for
 * cohorts A and B); narrowing time intersects. Any dimension of {@link dev.chorus.dimension.Dimensions} narrows the
 * same way ({@link #narrow}); the named methods are shorthands the services read well with.
 */
public record Drilldown(PostQuery query) {
  public static Drilldown of(PostQuery query) {
    return new Drilldown(query == null ? PostQuery.all() : query);
  }

  /** The posts of these values of one dimension. */
  public Drilldown narrow(String dimension, Set<String> values) {
    return new Drilldown(query.with(dimension, values));
  }

  public Drilldown cohort(String cohort) {
    return cohorts(Set.of(cohort));
  }

  public Drilldown cohorts(Set<String> cohorts) {
    return narrow("cohort", cohorts);
  }

  public Drilldown stance(String targetAndLabel) {
    return narrow("stance", Set.of(targetAndLabel));
  }

  public Drilldown frame(String frame) {
    return frames(Set.of(frame));
  }

  public Drilldown frames(Set<String> frames) {
    return narrow("frame", frames);
  }

  public Drilldown actor(String actor) {
    return narrow("actor", Set.of(actor));
  }

  public Drilldown hashtag(String hashtag) {
    return narrow("hashtag", hashtag == null ? Set.of() : Set.of(hashtag));
  }

  public Drilldown calls(Set<String> calls) {
    return narrow("call", calls);
  }

  public Drilldown platform(String platform) {
    return narrow("platform", Set.of(platform));
  }

  /**
   * Adds a clause in Lucene syntax for an indexed field that has no filter of its own ({@code domain}, {@code source},
   * {@code addressee}): {@code field:"value"}, combined with the user's query by AND.
   */
  public Drilldown field(String field, String value) {
    String clause = field + ":\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    String text = query.text() == null ? clause : "(" + query.text() + ") AND " + clause;
    return new Drilldown(query.withText(text));
  }

  /** Posts created in [since, until), intersected with the current span. */
  public Drilldown span(Instant since, Instant until) {
    PostQuery q = query;
    Instant from = q.since() == null || (since != null && since.isAfter(q.since())) ? since : q.since();
    Instant to = q.until() == null || (until != null && until.isBefore(q.until())) ? until : q.until();
    return new Drilldown(q.withSpan(from, to));
  }

  /**
   * The filter under the CLI's and the API's names ({@link PostQueryParser#describe}): {@code q}, {@code platform},
   * {@code lang}, ... Empty filters are left out, list values sorted.
   */
  @JsonValue
  public Map<String, Object> filters() {
    return PostQueryParser.describe(query);
  }
}
