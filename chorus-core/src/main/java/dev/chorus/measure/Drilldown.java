package dev.chorus.measure;

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
 * <p>Narrowing a set-valued filter replaces it (a figure about cohort A lists A's posts even when the user asked for
 * cohorts A and B); narrowing time intersects.
 */
public record Drilldown(PostQuery query) {
  public static Drilldown of(PostQuery query) {
    return new Drilldown(query == null ? PostQuery.all() : query);
  }

  public Drilldown cohort(String cohort) {
    return cohorts(Set.of(cohort));
  }

  public Drilldown cohorts(Set<String> cohorts) {
    PostQuery q = query;
    return with(new PostQuery(q.text(), q.platforms(), q.languages(), q.kinds(), q.since(), q.until(), q.author(),
        q.hashtag(), q.stances(), q.frames(), q.actors(), cohorts, q.calls()));
  }

  public Drilldown stance(String targetAndLabel) {
    PostQuery q = query;
    return with(new PostQuery(q.text(), q.platforms(), q.languages(), q.kinds(), q.since(), q.until(), q.author(),
        q.hashtag(), Set.of(targetAndLabel), q.frames(), q.actors(), q.cohorts(), q.calls()));
  }

  public Drilldown frame(String frame) {
    return frames(Set.of(frame));
  }

  public Drilldown frames(Set<String> frames) {
    PostQuery q = query;
    return with(new PostQuery(q.text(), q.platforms(), q.languages(), q.kinds(), q.since(), q.until(), q.author(),
        q.hashtag(), q.stances(), frames, q.actors(), q.cohorts(), q.calls()));
  }

  public Drilldown actor(String actor) {
    PostQuery q = query;
    return with(new PostQuery(q.text(), q.platforms(), q.languages(), q.kinds(), q.since(), q.until(), q.author(),
        q.hashtag(), q.stances(), q.frames(), Set.of(actor), q.cohorts(), q.calls()));
  }

  public Drilldown hashtag(String hashtag) {
    PostQuery q = query;
    return with(new PostQuery(q.text(), q.platforms(), q.languages(), q.kinds(), q.since(), q.until(), q.author(),
        hashtag, q.stances(), q.frames(), q.actors(), q.cohorts(), q.calls()));
  }

  public Drilldown calls(Set<String> calls) {
    PostQuery q = query;
    return with(new PostQuery(q.text(), q.platforms(), q.languages(), q.kinds(), q.since(), q.until(), q.author(),
        q.hashtag(), q.stances(), q.frames(), q.actors(), q.cohorts(), calls));
  }

  public Drilldown platform(String platform) {
    PostQuery q = query;
    return with(new PostQuery(q.text(), Set.of(platform), q.languages(), q.kinds(), q.since(), q.until(), q.author(),
        q.hashtag(), q.stances(), q.frames(), q.actors(), q.cohorts(), q.calls()));
  }

  /**
   * Adds a clause in Lucene syntax for an indexed field that has no filter of its own ({@code domain}, {@code source},
   * {@code addressee}): {@code field:"value"}, combined with the user's query by AND.
   */
  public Drilldown field(String field, String value) {
    String clause = field + ":\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    PostQuery q = query;
    String text = q.text() == null ? clause : "(" + q.text() + ") AND " + clause;
    return with(new PostQuery(text, q.platforms(), q.languages(), q.kinds(), q.since(), q.until(), q.author(),
        q.hashtag(), q.stances(), q.frames(), q.actors(), q.cohorts(), q.calls()));
  }

  /** Posts created in [since, until), intersected with the current span. */
  public Drilldown span(Instant since, Instant until) {
    PostQuery q = query;
    Instant from = q.since() == null || (since != null && since.isAfter(q.since())) ? since : q.since();
    Instant to = q.until() == null || (until != null && until.isBefore(q.until())) ? until : q.until();
    return with(new PostQuery(q.text(), q.platforms(), q.languages(), q.kinds(), from, to, q.author(), q.hashtag(),
        q.stances(), q.frames(), q.actors(), q.cohorts(), q.calls()));
  }

  private static Drilldown with(PostQuery q) {
    return new Drilldown(q);
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
