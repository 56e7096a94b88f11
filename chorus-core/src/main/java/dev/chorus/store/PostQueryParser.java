package dev.chorus.store;

import dev.chorus.post.Platform;
import dev.chorus.post.PostKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The one definition of the filters shared by the CLI ({@code --lang fa}), the HTTP API ({@code ?lang=fa}) and the
 * drill-downs of every figure: their names, how values are read and checked, and how a {@link PostQuery} is written
 * back under the same names. Values of a list filter are alternatives, given repeated or separated by commas; days
 * are UTC ({@code until} exclusive).
 */
public final class PostQueryParser {
  /** One filter: its name (the API parameter, the CLI option without {@code --}) and whether it takes a list. */
  public record Filter(String name, boolean list, String description) {}

  private static final Set<String> PLATFORMS = ids(Platform.values());
  private static final Set<String> KINDS = ids(PostKind.values());

  /** Every filter, in the order forms and documents show them. */
  public static final List<Filter> FILTERS = List.of(
      new Filter("q", false, "Lucene query: words (all must match), OR, \"phrases\", field:value."),
      new Filter("platform", true, "Platform id(s): " + String.join(", ", PLATFORMS) + "."),
      new Filter("lang", true, "Language code(s), e.g. en, fa, ar, he."),
      new Filter("kind", true, "Kind(s): " + String.join(", ", KINDS) + "."),
      new Filter("since", false, "From this UTC day (yyyy-MM-dd) or instant, inclusive."),
      new Filter("until", false, "Up to this UTC day (yyyy-MM-dd) or instant, exclusive."),
      new Filter("hashtag", false, "Only posts with this hashtag ('#' optional)."),
      new Filter("author", false, "Only posts by this pseudonymised author id (u_...)."),
      new Filter("stance", true, "Stance label(s): favor, against, none, uncertain, or target:label."),
      new Filter("frame", true, "Frame id(s) from the codebook."),
      new Filter("actor", true, "Actor id(s) from the codebook."),
      new Filter("cohort", true, "Cohort id(s) from the codebook."),
      new Filter("call", true, "Call-to-action type(s), e.g. petition, no-deal, support-talks."));

  private PostQueryParser() {}

  /**
   * The query described by filter values (name to values as given; names not in {@link #FILTERS} are not looked at).
   *
   * @throws InvalidFilterException naming the filter when a value cannot be used
   */
  public static PostQuery parse(Map<String, List<String>> values) {
    Instant since = time("since", single(values, "since"));
    Instant until = time("until", single(values, "until"));
    if (since != null && until != null && !since.isBefore(until)) {
      throw new InvalidFilterException("until", "must be after since (" + since + "), not " + until);
    }
    String hashtag = single(values, "hashtag");
    return new PostQuery(single(values, "q"), known("platform", list(values, "platform"), PLATFORMS),
        list(values, "lang"), known("kind", list(values, "kind"), KINDS), since, until, single(values, "author"),
        hashtag == null ? null : hashtag.replaceFirst("^#", ""), list(values, "stance"), list(values, "frame"),
        list(values, "actor"), list(values, "cohort"), list(values, "call"));
  }

  /**
   * The filters of a query under their names, as {@link #parse} reads them back: empty filters left out, list values
   * sorted, times as ISO-8601 instants.
   */
  public static Map<String, Object> describe(PostQuery q) {
    Map<String, Object> m = new LinkedHashMap<>();
    put(m, "q", q.text());
    put(m, "platform", q.platforms());
    put(m, "lang", q.languages());
    put(m, "kind", q.kinds());
    put(m, "since", q.since());
    put(m, "until", q.until());
    put(m, "hashtag", q.hashtag());
    put(m, "author", q.author());
    put(m, "stance", q.stances());
    put(m, "frame", q.frames());
    put(m, "actor", q.actors());
    put(m, "cohort", q.cohorts());
    put(m, "call", q.calls());
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

  private static Set<String> list(Map<String, List<String>> values, String name) {
    Set<String> out = new LinkedHashSet<>();
    for (String v : values.getOrDefault(name, List.of())) {
      for (String part : v == null ? new String[0] : v.split(",")) {
        if (!part.isBlank()) {
          out.add(part.trim().toLowerCase(Locale.ROOT));
        }
      }
    }
    return out;
  }

  private static Set<String> known(String name, Set<String> values, Set<String> known) {
    for (String v : values) {
      if (!known.contains(v)) {
        throw new InvalidFilterException(name, "'" + v + "' is not one of " + String.join(", ", known));
      }
    }
    return values;
  }

  /** A UTC day (its start) or an instant. */
  public static Instant time(String name, String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
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

  private static Set<String> ids(Enum<?>[] values) {
    return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
