package dev.chorus.store;

import dev.chorus.dimension.Dimension;
import dev.chorus.dimension.Dimensions;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The filter shared by search, stats, export and every analysis: a full-text query in Lucene syntax, a time span and
 * the values of label dimensions ({@link dev.chorus.dimension.Dimensions}: {@code lang}, {@code frame}, ...). Values
 * within one dimension are alternatives (OR), dimensions combine with AND; an absent or empty dimension does not
 * restrict, except a dimension with a default filter ({@link Dimension#defaultValues()}: {@code role} is {@code
 * collected} unless asked), which holds its default when absent and every known value for {@code any}. {@code until}
 * is exclusive. Stance values are {@code against} (any target) or {@code target:against}. The query also names the
 * time zone its results are counted in ({@link TimeZones}): days, weeks and hours of time series and day counts
 * start at that zone's midnights, Mondays and hours (the days of {@code since}/{@code until} were read in it too).
 *
 * @param text Lucene query, null for all posts
 * @param since inclusive start, or null
 * @param until exclusive end, or null
 * @param dimensions filter values by dimension id (empty sets are dropped, defaults applied)
 * @param zone the time zone results are counted in (null: UTC)
 */
public record PostQuery(String text, Instant since, Instant until, Map<String, Set<String>> dimensions,
    java.time.ZoneId zone) {
  /** The dimensions that restrict a query that does not name them. */
  private static final List<Dimension> DEFAULTED = Dimensions.filters().stream().filter(Dimension::hasDefault)
      .toList();
  private static final PostQuery ALL = new PostQuery(null, null, null, Map.of());

  public PostQuery {
    text = text == null || text.isBlank() ? null : text;
    Map<String, Set<String>> copy = new TreeMap<>();
    if (dimensions != null) {
      dimensions.forEach((k, v) -> {
        if (v != null && !v.isEmpty()) {
          copy.put(k, Collections.unmodifiableSet(new LinkedHashSet<>(v)));
        }
      });
    }
    for (Dimension d : DEFAULTED) {
      copy.put(d.id(), d.effectiveFilter(copy.get(d.id())));
    }
    dimensions = Collections.unmodifiableMap(copy);
    zone = zone == null ? TimeZones.DEFAULT : zone;
  }

  /** A query counted in UTC. */
  public PostQuery(String text, Instant since, Instant until, Map<String, Set<String>> dimensions) {
    this(text, since, until, dimensions, null);
  }

  /** This query with its results counted in {@code newZone}. */
  public PostQuery withZone(java.time.ZoneId newZone) {
    return new PostQuery(text, since, until, dimensions, newZone);
  }

  /** Every post of the default filters (collected posts); {@link #any} for every stored post. */
  public static PostQuery all() {
    return ALL;
  }

  /** Every stored post: the default filters lifted too (referenced posts included). */
  public static PostQuery any() {
    PostQuery q = ALL;
    for (Dimension d : DEFAULTED) {
      q = q.with(d.id(), Dimension.ANY);
    }
    return q;
  }

  /** Whether the filter of {@code dimension} is its default (also when the dimension has none and is absent). */
  public boolean isDefault(String dimension) {
    return Dimensions.find(dimension).map(d -> d.effectiveFilter(Set.of()).equals(values(dimension)))
        .orElse(values(dimension).isEmpty());
  }

  public static PostQuery text(String text) {
    return ALL.withText(text);
  }

  /** The values of one dimension's filter, empty when it does not restrict. */
  public Set<String> values(String dimension) {
    return dimensions.getOrDefault(dimension, Set.of());
  }

  /** The value of a single-valued filter ({@code author}, {@code hashtag}), or null. */
  public String value(String dimension) {
    Set<String> v = values(dimension);
    return v.isEmpty() ? null : v.iterator().next();
  }

  /** This query with one dimension's filter replaced (an empty set removes it). */
  public PostQuery with(String dimension, Set<String> values) {
    Map<String, Set<String>> m = new TreeMap<>(dimensions);
    m.put(dimension, values);
    return new PostQuery(text, since, until, m, zone);
  }

  /** This query with one dimension restricted to one value. */
  public PostQuery with(String dimension, String value) {
    return with(dimension, value == null ? Set.of() : Set.of(value));
  }

  public PostQuery withText(String newText) {
    return new PostQuery(newText, since, until, dimensions, zone);
  }

  public PostQuery withSpan(Instant newSince, Instant newUntil) {
    return new PostQuery(text, newSince, newUntil, dimensions, zone);
  }
}
