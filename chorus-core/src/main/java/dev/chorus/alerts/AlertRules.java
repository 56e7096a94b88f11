package dev.chorus.alerts;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.chorus.analysis.trends.BurstDetector;
import dev.chorus.dimension.Dimensions;
import dev.chorus.store.TimeSeries;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The alert rules of a workspace: {@code WORKSPACE/alerts.yaml} when there is one, else {@link #DEFAULTS} (surges of
 * all posts, hashtags, frames and cohorts per day, with the trends view's detector, and cohorts' weekly stance shifts;
 * the coordination rule is not among them, see {@link CoordinationRules}). A bad rule is refused naming the
 * file, the rule, its line, the key, what was expected and what was found.
 *
 * @param webhook where each new alert is POSTed as JSON, or null
 */
public record AlertRules(List<AlertRule> rules, URI webhook) {
  public static final String FILE_NAME = "alerts.yaml";
  static final int DEFAULT_RECENT = 2;

  public static final AlertRules DEFAULTS = new AlertRules(List.of(
      new AlertRule("posts-surge", null, TimeSeries.Interval.DAY, BurstDetector.DEFAULT, DEFAULT_RECENT),
      new AlertRule("hashtag-surge", "hashtag", TimeSeries.Interval.DAY, BurstDetector.DEFAULT, DEFAULT_RECENT),
      new AlertRule("frame-surge", "frame", TimeSeries.Interval.DAY, BurstDetector.DEFAULT, DEFAULT_RECENT),
      new AlertRule("cohort-surge", "cohort", TimeSeries.Interval.DAY, BurstDetector.DEFAULT, DEFAULT_RECENT),
      // cheap (two facet counts per cohort) and silent without cohorts and stance labels, so on by default
      StanceShiftRules.rule("cohort-stance-shift", TimeSeries.Interval.WEEK, StanceShiftRules.DEFAULT_BASELINE,
          StanceShiftRules.DEFAULT_MIN_LABELLED)), null);

  public static final String EXAMPLE = """
      # Alert rules of this workspace; without this file the defaults are surges of all posts, hashtags, frames and
      # cohorts per day, and cohorts' weekly stance shifts. A surge: a robust z-score of at least `threshold` against
      # the median of the `window` buckets before it, at least `min_count` posts, and a baseline (half the window holds
      # posts).
      webhook: https://hooks.example.org/chorus   # optional: each new alert is POSTed there as JSON
      rules:
        - id: hashtag-surge
          volume: hashtag      # all, or a dimension: hashtag, frame, cohort, actor, call, lang, platform, ...
          interval: day        # hour, day, week or month
          window: 7
          threshold: 3.5
          min_count: 5
          recent: 2            # only surges in the last 2 buckets of the data fire
        - id: fa-talks-busy
          view: fa-talks       # a saved view (views.yaml): fires when a bucket holds at least `threshold` posts
          threshold: 50
          interval: day
        - id: new-coordinated-group
          coordination: [url, hashtag, repost]   # fires once per new member set of a coordinated group
          days: 7              # analysed over the last 7 days of the data
        - id: stance-shift
          stance_shift: week   # day or week: the latest one against the `baseline` ones before it
          baseline: 4
          min_labelled: 20     # labelled posts of the cohort and target each side needs
      """;

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  public AlertRules {
    rules = List.copyOf(rules);
  }

  /** The rules of a workspace folder: its file, or the defaults. */
  public static AlertRules load(Path workspace) throws IOException {
    Path file = workspace.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return DEFAULTS;
    }
    List<AlertRule> rules = new ArrayList<>();
    URI webhook = null;
    try (JsonParser p = YAML.getFactory().createParser(file.toFile())) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw problem(file, p.currentTokenLocation(), "expected keys webhook and rules");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonLocation at = p.currentTokenLocation();
        p.nextToken();
        switch (key) {
          case "webhook" -> webhook = webhook(file, at, ((JsonNode) YAML.readTree(p)).asText());
          case "rules" -> readRules(file, p, rules);
          default -> throw problem(file, at, "unknown key '" + key + "': the keys are webhook and rules");
        }
      }
    } catch (JsonProcessingException e) {
      throw problem(file, e.getLocation(), "not valid YAML (" + e.getOriginalMessage() + ")");
    }
    return new AlertRules(rules, webhook);
  }

  private static void readRules(Path file, JsonParser p, List<AlertRule> rules) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw problem(file, p.currentTokenLocation(), "rules: expected a list of rules (- id: ...)");
    }
    Set<String> ids = new HashSet<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      String where = file + " rule " + (rules.size() + 1) + " (line " + p.currentTokenLocation().getLineNr() + ")";
      AlertRule rule = rule(where, (JsonNode) YAML.readTree(p), file.getParent());
      if (!ids.add(rule.id())) {
        throw new IllegalArgumentException(where + ": id '" + rule.id() + "' is used by an earlier rule; each rule "
            + "needs its own id (it is part of every alert's identity)");
      }
      rules.add(rule);
    }
  }

  private static AlertRule rule(String where, JsonNode n, Path workspace) throws IOException {
    RuleFields f = new RuleFields(where, n);
    if (n.has(ViewRules.VIEW)) {
      return ViewRules.rule(where, f, workspace);
    }
    if (n.has(CoordinationRules.KEY)) {
      return CoordinationRules.rule(where, f, n);
    }
    if (n.has(StanceShiftRules.KEY)) {
      return StanceShiftRules.rule(where, f);
    }
    f.onlyKeys("id", "volume", "interval", "window", "threshold", "min_count", "recent");
    String id = f.id();
    String volume = f.text("volume", "all");
    if (!volume.equals("all") && !Dimensions.splittable().contains(volume)) {
      throw new IllegalArgumentException(where + ": volume: expected all or one of " + Dimensions.splittable()
          + "; found '" + volume + "'");
    }
    TimeSeries.Interval interval = f.interval();
    BurstDetector d = BurstDetector.DEFAULT;
    BurstDetector detector = new BurstDetector(f.whole("window", d.window(), 2), f.number("threshold",
        d.threshold()), f.whole("min_count", (int) d.minCount(), 1));
    return new AlertRule(id, volume.equals("all") ? null : volume, interval, detector,
        f.whole("recent", DEFAULT_RECENT, 1));
  }

  private static URI webhook(Path file, JsonLocation at, String text) {
    try {
      URI uri = new URI(text.strip());
      if (uri.getHost() != null && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
        return uri;
      }
    } catch (java.net.URISyntaxException e) {
      // refused below
    }
    throw problem(file, at, "webhook: expected an http(s) address; found '" + text + "'");
  }

  private static IllegalArgumentException problem(Path file, JsonLocation at, String what) {
    String line = at == null || at.getLineNr() < 1 ? "" : " line " + at.getLineNr();
    return new IllegalArgumentException(file + line + ": " + what);
  }
}
