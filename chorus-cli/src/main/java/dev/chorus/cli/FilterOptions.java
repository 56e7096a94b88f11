package dev.chorus.cli;

import dev.chorus.store.PostQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** The filters shared by search, stats and export; the same names as the HTTP API's parameters. */
final class FilterOptions {
  @Option(names = "--platform", split = ",", paramLabel = "P", description = "Platform id(s): x, telegram, ...")
  List<String> platforms = List.of();

  @Option(names = "--lang", split = ",", paramLabel = "L", description = "Language code(s) as given by the platform.")
  List<String> languages = List.of();

  @Option(names = "--kind", split = ",", paramLabel = "K", description = "post, reply, quote, repost, comment, article.")
  List<String> kinds = List.of();

  @Option(names = "--since", paramLabel = "D", description = "From this day or instant (UTC), inclusive.")
  String since;

  @Option(names = "--until", paramLabel = "D", description = "Up to this day or instant (UTC), exclusive.")
  String until;

  @Option(names = "--hashtag", paramLabel = "TAG", description = "Only posts with this hashtag.")
  String hashtag;

  @Option(names = "--author", paramLabel = "ID", description = "Only posts by this (pseudonymised) author id.")
  String author;

  @Option(names = "--stance", split = ",", paramLabel = "S",
      description = "Stance label(s): favor, against, none, uncertain, or target:label.")
  List<String> stances = List.of();

  @Option(names = "--frame", split = ",", paramLabel = "F", description = "Frame id(s) from the codebook.")
  List<String> frames = List.of();

  @Option(names = "--actor", split = ",", paramLabel = "A", description = "Actor id(s) from the codebook.")
  List<String> actors = List.of();

  @Option(names = "--cohort", split = ",", paramLabel = "C", description = "Cohort id(s) from the codebook.")
  List<String> cohorts = List.of();

  @Option(names = "--call", split = ",", paramLabel = "T",
      description = "Call-to-action type(s): end-talks, no-deal, petition, solidarity, appeal, support-talks.")
  List<String> calls = List.of();

  PostQuery toQuery(String text) {
    return new PostQuery(text, lower(platforms), lower(languages), lower(kinds), time("--since", since),
        time("--until", until), author, hashtag, lower(stances), lower(frames), lower(actors), lower(cohorts),
        lower(calls));
  }

  /** The filters that are set, under the HTTP API's names ({@code q} for the query), for reports. */
  java.util.Map<String, String> describe(String text) {
    java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
    put(m, "q", text);
    put(m, "platform", String.join(",", platforms));
    put(m, "lang", String.join(",", languages));
    put(m, "kind", String.join(",", kinds));
    put(m, "since", since);
    put(m, "until", until);
    put(m, "hashtag", hashtag);
    put(m, "author", author);
    put(m, "stance", String.join(",", stances));
    put(m, "frame", String.join(",", frames));
    put(m, "actor", String.join(",", actors));
    put(m, "cohort", String.join(",", cohorts));
    return m;
  }

  private static void put(java.util.Map<String, String> m, String name, String value) {
    if (value != null && !value.isBlank()) {
      m.put(name, value);
    }
  }

  private static Set<String> lower(List<String> values) {
    Set<String> out = new LinkedHashSet<>();
    values.forEach(v -> out.add(v.trim().toLowerCase(java.util.Locale.ROOT)));
    return out;
  }

  static Instant time(String option, String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(value);
      } catch (DateTimeParseException e2) {
        throw new IllegalArgumentException(option + ": '" + value
            + "' is not a date (yyyy-MM-dd) or an instant (2025-05-01T12:00:00Z)");
      }
    }
  }
}
