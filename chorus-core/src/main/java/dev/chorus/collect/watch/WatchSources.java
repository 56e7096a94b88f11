package dev.chorus.collect.watch;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.chorus.collect.CollectorKinds;
import dev.chorus.privacy.Pseudonymizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code WORKSPACE/sources.yaml}: the collectors {@code chorus watch} runs. Every entry is checked at once, as
 * {@code chorus collect} checks its options (the same registry, {@link CollectorKinds}), and a bad one is refused
 * naming the file, the entry, its line, the key, what was expected and what was found.
 */
public final class WatchSources {
  public static final String FILE_NAME = "sources.yaml";
  /** Requests a minute to one host, all sources together, unless the file says otherwise. */
  public static final int DEFAULT_HOST_BUDGET = 60;
  static final int DEFAULT_MAX_PAGES = 10;
  static final Duration SHORTEST = Duration.ofSeconds(1);

  public static final String EXAMPLE = """
      # Collectors that `chorus watch` (and `chorus serve --watch`) run, each on its own interval.
      # Each entry: kind (a collector of `chorus collect`), every (30s, 10m, 2h, 1d), optionally max_pages (default 10),
      # and that collector's options by their command-line names without dashes.
      host_budget: 60   # requests a minute to any one host, all sources together
      sources:
        - kind: mastodon
          every: 10m
          instance: https://mastodon.social
          tag: iran
        - kind: rss
          every: 15m
          url: https://example.org/feed.xml
      """;

  private static final Pattern DURATION = Pattern.compile("([0-9]{1,9})\\s*(s|m|h|d)");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** What a watch runs: its sources and the per-host budget. */
  public record Plan(List<WatchedSource> sources, int hostBudget) {
    public Plan {
      sources = List.copyOf(sources);
    }
  }

  private WatchSources() {}

  public static Path file(Path workspace) {
    return workspace.resolve(FILE_NAME);
  }

  /**
   * The plan in {@code file}; each entry is also made into its collector once (with {@code env} and the workspace's
   * pseudonymiser), so an option a collector refuses is refused here, before anything runs.
   */
  public static Plan load(Path file, Map<String, String> env, Pseudonymizer pseudonymizer) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no " + file + ": write the collectors to watch there, for example:\n"
          + EXAMPLE);
    }
    try (JsonParser p = YAML.getFactory().createParser(file.toFile())) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw problem(file, p.currentTokenLocation(), "expected keys host_budget and sources, found "
            + describe(p.currentToken()));
      }
      int budget = DEFAULT_HOST_BUDGET;
      List<WatchedSource> sources = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonLocation at = p.currentTokenLocation();
        p.nextToken();
        switch (key) {
          case "host_budget" -> budget = hostBudget(file, at, YAML.readTree(p));
          case "sources" -> sources = sources(file, p, env, pseudonymizer);
          default -> throw problem(file, at, "unknown key '" + key + "': the keys are host_budget and sources");
        }
      }
      if (sources == null || sources.isEmpty()) {
        throw new IllegalArgumentException(file + ": no sources listed; expected for example:\n" + EXAMPLE);
      }
      return new Plan(sources, budget);
    } catch (JsonProcessingException e) {
      throw problem(file, e.getLocation(), "not valid YAML (" + e.getOriginalMessage() + ")");
    }
  }

  private static List<WatchedSource> sources(Path file, JsonParser p, Map<String, String> env,
      Pseudonymizer pseudonymizer) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw problem(file, p.currentTokenLocation(), "sources: expected a list of entries (- kind: ...), found "
          + describe(p.currentToken()));
    }
    List<WatchedSource> out = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      JsonLocation at = p.currentTokenLocation();
      String entry = "entry " + (out.size() + 1) + " (line " + at.getLineNr() + ")";
      JsonNode node = YAML.readTree(p);
      if (!node.isObject()) {
        throw new IllegalArgumentException(file + " " + entry + ": expected keys such as kind: and every:, found "
            + node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
      }
      out.add(entry(file, entry, node, env, pseudonymizer));
    }
    return out;
  }

  private static WatchedSource entry(Path file, String entry, JsonNode node, Map<String, String> env,
      Pseudonymizer pseudonymizer) {
    String where = file + " " + entry;
    String kind = text(node, "kind");
    if (kind == null) {
      throw new IllegalArgumentException(where + ": kind is missing; expected one of " + kinds());
    }
    String every = text(node, "every");
    if (every == null) {
      throw new IllegalArgumentException(where + ": every is missing; expected an interval such as 30s, 10m, 2h or 1d");
    }
    Map<String, String> options = new LinkedHashMap<>();
    node.fields().forEachRemaining(f -> options.put(f.getKey(), f.getValue().isValueNode() ? f.getValue().asText()
        : f.getValue().toString()));
    options.remove("kind");
    options.remove("every");
    String pages = options.remove("max_pages");
    try {
      CollectorKinds.create(kind, options, env, pseudonymizer);
    } catch (IllegalArgumentException e) {
      // the registry words options as the command line does (--tag); here they are keys (tag:)
      throw new IllegalArgumentException(where + ": " + e.getMessage().replace("--", ""), e);
    }
    return new WatchedSource(entry, kind, interval(where, every), maxPages(where, pages), options);
  }

  static Duration interval(String where, String text) {
    Matcher m = DURATION.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(where + ": every: expected an interval such as 30s, 10m, 2h or 1d; found '"
          + text + "'");
    }
    long n = Long.parseLong(m.group(1));
    Duration d = switch (m.group(2)) {
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      default -> Duration.ofDays(n);
    };
    if (d.compareTo(SHORTEST) < 0) {
      throw new IllegalArgumentException(where + ": every: expected at least 1s; found '" + text + "'");
    }
    return d;
  }

  private static int maxPages(String where, String text) {
    if (text == null) {
      return DEFAULT_MAX_PAGES;
    }
    if (!text.strip().matches("[0-9]{1,6}") || Integer.parseInt(text.strip()) < 1) {
      throw new IllegalArgumentException(where + ": max_pages: expected a whole number of at least 1; found '" + text
          + "'");
    }
    return Integer.parseInt(text.strip());
  }

  private static int hostBudget(Path file, JsonLocation at, JsonNode value) {
    if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 1) {
      throw problem(file, at, "host_budget: expected a whole number of requests a minute (at least 1); found '"
          + value.asText() + "'");
    }
    return value.asInt();
  }

  private static String text(JsonNode node, String key) {
    JsonNode v = node.get(key);
    return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().strip();
  }

  private static String kinds() {
    return String.join(", ", CollectorKinds.ALL.stream().map(dev.chorus.collect.CollectorKind::kind).toList());
  }

  private static String describe(JsonToken t) {
    return t == null ? "nothing" : switch (t) {
      case START_ARRAY -> "a list";
      case START_OBJECT -> "keys";
      default -> "a single value";
    };
  }

  private static IllegalArgumentException problem(Path file, JsonLocation at, String what) {
    String line = at == null || at.getLineNr() < 1 ? "" : " line " + at.getLineNr();
    return new IllegalArgumentException(file + line + ": " + what);
  }
}
