package dev.chorus.measure;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.chorus.store.PostQuery;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The posts behind a figure, as a {@link PostQuery}. Services narrow the user's filter step by step (cohort, frame,
 * stance, time bucket, ...) and compute each figure from {@link #query()}; JSON output shows {@link #filters()}: the
 * parameters of {@code chorus search} and of the HTTP API ({@code query}, {@code platform}, {@code lang},
 * {@code kind}, {@code since}, {@code until}, {@code author}, {@code hashtag}, {@code stance}, {@code frame},
 * {@code actor}, {@code cohort}, {@code call}) that list the same posts.
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

  /** The filter in the CLI's and API's parameter names; empty filters are left out, set values sorted. */
  @JsonValue
  public Map<String, Object> filters() {
    Map<String, Object> m = new LinkedHashMap<>();
    put(m, "query", query.text());
    put(m, "platform", query.platforms());
    put(m, "lang", query.languages());
    put(m, "kind", query.kinds());
    put(m, "since", query.since());
    put(m, "until", query.until());
    put(m, "author", query.author());
    put(m, "hashtag", query.hashtag());
    put(m, "stance", query.stances());
    put(m, "frame", query.frames());
    put(m, "actor", query.actors());
    put(m, "cohort", query.cohorts());
    put(m, "call", query.calls());
    return m;
  }

  private static void put(Map<String, Object> m, String name, Object value) {
    if (value instanceof Set<?> s) {
      if (!s.isEmpty()) {
        m.put(name, List.copyOf(new TreeSet<>(s.stream().map(String::valueOf).toList())));
      }
    } else if (value instanceof Instant t) {
      m.put(name, t.toString());
    } else if (value != null) {
      m.put(name, value);
    }
  }
}
