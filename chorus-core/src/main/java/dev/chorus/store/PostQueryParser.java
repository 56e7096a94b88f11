package dev.chorus.store;

import dev.chorus.dimension.Dimension;
import dev.chorus.dimension.Dimensions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one definition of the filters shared by the CLI ({@code --lang fa}), the HTTP API ({@code ?lang=fa}), the page
 * and the drill-downs of every figure: their names, how values are read and checked, and how a {@link PostQuery} is
 * written back under the same names. The filters are the query {@code q}, the time span {@code since}/{@code until}
 * and every filterable dimension of {@link Dimensions}. Values of a list filter are alternatives, given repeated or
 * separated by commas; a day starts at midnight in the time zone the query is read in ({@code until} exclusive).
 */
public final class PostQueryParser {
  /** One filter: its name (the API parameter, the CLI option without {@code --}) and whether it takes a list. */
  public record Filter(String name, boolean list, String description, String label, String placeholder) {}

  public static final String QUERY = "q";
  public static final String SINCE = "since";
  public static final String UNTIL = "until";

  /**
   * Where the time span stands among the dimensions' filters ({@link Dimension#order()}): after platform, language and
   * kind, before hashtag, author and the labels.
   */
  static final int TIME_ORDER = 50;

  /** Every filter, in the order forms and documents show them. */
  public static final List<Filter> FILTERS = filters();

  private PostQueryParser() {}

  private static List<Filter> filters() {
    List<Filter> f = new ArrayList<>();
    f.add(new Filter(QUERY, false, "Lucene query: words (all must match), OR, \"phrases\", field:value.", "Query",
        "words, \"phrase\", A OR B, hashtag:NoDeal"));
    boolean timeAdded = false;
    for (Dimension d : Dimensions.filters()) {
      if (!timeAdded && d.order() >= TIME_ORDER) {
        addTime(f);
        timeAdded = true;
      }
      f.add(new Filter(d.id(), d.filter() == Dimension.Filter.LIST, d.description(), d.name(), d.placeholder()));
    }
    if (!timeAdded) {
      addTime(f);
    }
    return List.copyOf(f);
  }

  private static void addTime(List<Filter> f) {
    f.add(new Filter(SINCE, false, "From this day (yyyy-MM-dd, from midnight in the time zone tz) or instant, inclusive.", "Since", "yyyy-mm-dd"));
    f.add(new Filter(UNTIL, false, "Up to this day (yyyy-MM-dd, midnight in the time zone tz) or instant, exclusive.", "Until (excl.)",
        "yyyy-mm-dd"));
  }

  /**
   * The query described by filter values (name to values as given; names not in {@link #FILTERS} are not looked at).
   *
   * @throws InvalidFilterException naming the filter when a value cannot be used
   */
  public static PostQuery parse(Map<String, List<String>> values) {
    return parse(values, TimeZones.DEFAULT);
  }

  /**
   * The query described by filter values, its days ({@code since=2026-01-02}) starting at midnight in {@code zone}
   * and its results counted in that zone.
   *
   * @throws InvalidFilterException naming the filter when a value cannot be used
   */
  public static PostQuery parse(Map<String, List<String>> values, java.time.ZoneId zone) {
    Instant since = time(SINCE, single(values, SINCE), zone);
    Instant until = time(UNTIL, single(values, UNTIL), zone);
    if (since != null && until != null && !since.isBefore(until)) {
      throw new InvalidFilterException(UNTIL, "must be after since (" + since + "), not " + until);
    }
    Map<String, Set<String>> dims = new LinkedHashMap<>();
    for (Dimension d : Dimensions.filters()) {
      Set<String> v = d.filter() == Dimension.Filter.LIST ? known(d, list(values, d))
          : singleValue(d, single(values, d.id()));
      dims.put(d.id(), v);
    }
    return new PostQuery(single(values, QUERY), since, until, dims, zone);
  }

  /**
   * The filters of a query under their names, as {@link #parse} reads them back: empty filters left out, list values
   * sorted, times as ISO-8601 instants.
   */
  public static Map<String, Object> describe(PostQuery q) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (Filter f : FILTERS) {
      switch (f.name()) {
        case QUERY -> put(m, QUERY, q.text());
        case SINCE -> put(m, SINCE, q.since());
        case UNTIL -> put(m, UNTIL, q.until());
        default -> {
          if (!q.isDefault(f.name())) {
            put(m, f.name(), f.list() ? lifted(f.name(), q.values(f.name())) : q.value(f.name()));
          }
        }
      }
    }
    // a dimension without a filter (a drill-down never sets one) still reads back
    q.dimensions().forEach((name, v) -> {
      if (!q.isDefault(name)) {
        m.putIfAbsent(name, List.copyOf(new TreeSet<>(v)));
      }
    });
    return m;
  }

  /** The one value of a filter, null when absent or blank; an error when given more than once. */
  public static String single(Map<String, List<String>> values, String name) {
    List<String> given = values.getOrDefault(name, List.of()).stream().filter(v -> v != null && !v.isBlank())
        .toList();
    if (given.size() > 1) {
      throw new InvalidFilterException(name, "given " + given.size() + " times; give it once");
    }
    return given.isEmpty() ? null : given.get(0).trim();
  }

  private static Set<String> singleValue(Dimension d, String value) {
    if (value == null) {
      return Set.of();
    }
    // read by the dimension's input rule, case kept: the term rule folds it where the store looks it up (author ids
    // are case-sensitive)
    return Set.of(d.read(value));
  }

  private static Set<String> list(Map<String, List<String>> values, Dimension d) {
    Set<String> out = new LinkedHashSet<>();
    for (String v : values.getOrDefault(d.id(), List.of())) {
      for (String part : v == null ? new String[0] : v.split(",")) {
        if (!part.isBlank()) {
          out.add(d.read(part.trim().toLowerCase(Locale.ROOT)));
        }
      }
    }
    return out;
  }

  private static Set<String> known(Dimension d, Set<String> values) {
    for (String v : values) {
      boolean lifts = d.hasDefault() && Dimension.ANY.equals(v);
      if (!d.knownValues().isEmpty() && !d.knownValues().contains(v) && !lifts) {
        throw new InvalidFilterException(d.id(), "'" + v + "' is not one of "
            + String.join(", ", d.knownValues()) + (d.hasDefault() ? ", " + Dimension.ANY : ""));
      }
    }
    return values;
  }

  /** Every known value of a dimension with a default filter reads back as {@value Dimension#ANY}. */
  private static Set<String> lifted(String dimension, Set<String> values) {
    Dimension d = Dimensions.find(dimension).orElse(null);
    return d != null && d.hasDefault() && values.equals(d.knownValues()) ? Set.of(Dimension.ANY) : values;
  }

  /** A UTC day (its start) or an instant. */
  public static Instant time(String name, String value) {
    return time(name, value, ZoneOffset.UTC);
  }

  /** A day (its start in {@code zone}) or an instant. */
  public static Instant time(String name, String value, java.time.ZoneId zone) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value).atStartOfDay(zone).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(value);
      } catch (DateTimeParseException e2) {
        throw new InvalidFilterException(name, "'" + value
            + "' is not a date (yyyy-MM-dd) or an instant (2025-05-01T12:00:00Z)");
      }
    }
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
