package dev.chorus.cli;

import dev.chorus.store.InvalidFilterException;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostQueryParser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The filters shared by every command that reads posts: the options of {@link PostQueryParser#FILTERS} with {@code --}
 * in front, parsed and checked by that class as the HTTP API's parameters are.
 */
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

  /**
   * The query of these options and {@code text}, read by the same parser as the API's parameters; a bad value is an
   * error naming its option ({@code --since: ...}).
   */
  PostQuery toQuery(String text) {
    try {
      return PostQueryParser.parse(values(text));
    } catch (InvalidFilterException e) {
      throw new IllegalArgumentException("--" + e.getMessage(), e);
    }
  }

  /** The filters that are set, under the HTTP API's names ({@code q} for the query), for reports. */
  Map<String, String> describe(String text) {
    Map<String, String> m = new LinkedHashMap<>();
    values(text).forEach((name, v) -> {
      if (!v.isEmpty() && !String.join(",", v).isBlank()) {
        m.put(name, String.join(",", v));
      }
    });
    return m;
  }

  /** The options under the filter names of {@link PostQueryParser#FILTERS}. */
  private Map<String, List<String>> values(String text) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("q", optional(text));
    m.put("platform", platforms);
    m.put("lang", languages);
    m.put("kind", kinds);
    m.put("since", optional(since));
    m.put("until", optional(until));
    m.put("hashtag", optional(hashtag));
    m.put("author", optional(author));
    m.put("stance", stances);
    m.put("frame", frames);
    m.put("actor", actors);
    m.put("cohort", cohorts);
    m.put("call", calls);
    return m;
  }

  private static List<String> optional(String value) {
    return value == null || value.isBlank() ? List.of() : List.of(value);
  }
}
