package dev.chorus.server;

import dev.chorus.post.Platform;
import dev.chorus.post.PostKind;
import dev.chorus.store.PostQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The filters shared by every view, as query parameters with the CLI's names ({@code q} for the query text).
 * List filters take several values, repeated or separated by commas; values within one filter are alternatives.
 */
public final class FilterParameters {
  /** The filter parameters, in the order the dashboard shows them. */
  public static final List<ApiParameter> ALL = List.of(
      ApiParameter.query("q", "string", "Lucene query: words (all must match), OR, \"phrases\", field:value."),
      ApiParameter.list("platform", "Platform id(s): " + ids(Platform.values()) + "."),
      ApiParameter.list("lang", "Language code(s), e.g. en, fa, ar, he."),
      ApiParameter.list("kind", "Kind(s): " + ids(PostKind.values()) + "."),
      ApiParameter.query("since", "string", "From this UTC day (yyyy-MM-dd) or instant, inclusive."),
      ApiParameter.query("until", "string", "Up to this UTC day (yyyy-MM-dd) or instant, exclusive."),
      ApiParameter.query("hashtag", "string", "Only posts with this hashtag (without '#')."),
      ApiParameter.query("author", "string", "Only posts by this pseudonymised author id (u_...)."),
      ApiParameter.list("stance", "Stance label(s): favor, against, none, uncertain, or target:label."),
      ApiParameter.list("frame", "Frame id(s) from the codebook."),
      ApiParameter.list("actor", "Actor id(s) from the codebook."),
      ApiParameter.list("cohort", "Cohort id(s) from the codebook."));

  private static final Set<String> PLATFORMS = idSet(Platform.values());
  private static final Set<String> KINDS = idSet(PostKind.values());

  private FilterParameters() {}

  /** The query described by the parameters; throws {@link ApiException} (400) naming a bad parameter. */
  public static PostQuery toQuery(Map<String, List<String>> params) {
    Instant since = time("since", single(params, "since"));
    Instant until = time("until", single(params, "until"));
    if (since != null && until != null && !since.isBefore(until)) {
      throw ApiException.badParameter("until", "until (" + until + ") must be after since (" + since + ")");
    }
    String hashtag = single(params, "hashtag");
    return new PostQuery(single(params, "q"), known("platform", list(params, "platform"), PLATFORMS),
        list(params, "lang"), known("kind", list(params, "kind"), KINDS), since, until, single(params, "author"),
        hashtag == null ? null : hashtag.replaceFirst("^#", ""), list(params, "stance"), list(params, "frame"),
        list(params, "actor"), list(params, "cohort"));
  }

  /** The one value of a parameter, null when absent or blank; 400 when given twice. */
  static String single(Map<String, List<String>> params, String name) {
    List<String> values = params.getOrDefault(name, List.of());
    if (values.size() > 1) {
      throw ApiException.badParameter(name, name + " is given " + values.size() + " times; give it once");
    }
    return values.isEmpty() || values.get(0).isBlank() ? null : values.get(0).trim();
  }

  private static Set<String> list(Map<String, List<String>> params, String name) {
    Set<String> out = new LinkedHashSet<>();
    for (String v : params.getOrDefault(name, List.of())) {
      for (String part : v.split(",")) {
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
        throw ApiException.badParameter(name, name + " '" + v + "' is not one of " + String.join(", ", known));
      }
    }
    return values;
  }

  static Instant time(String name, String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(value);
      } catch (DateTimeParseException e2) {
        throw ApiException.badParameter(name, name + " '" + value
            + "' is not a date (yyyy-MM-dd) or an instant (2025-05-01T12:00:00Z)");
      }
    }
  }

  private static String ids(Enum<?>[] values) {
    return String.join(", ", idSet(values));
  }

  private static Set<String> idSet(Enum<?>[] values) {
    return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
