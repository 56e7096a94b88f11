package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.analysis.Analyses;
import dev.chorus.analysis.Analysis;
import dev.chorus.server.ChorusServer;
import dev.chorus.store.PostStore;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code chorus X --json} prints exactly the body of {@code GET /api/X} with the same parameters, for every
 * registered analysis, on the demo sample against a real server (volatile timing fields aside). The parameters are
 * written once, as the API's names; the CLI arguments are derived from them the way users are told to (
 * {@code min_count} is {@code --min-count}; search's {@code q} is its positional argument).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalysisParityTest {
  /** Cases per analysis: each registered analysis must have one (checked below), filters included. */
  static final Map<String, List<Map<String, String>>> CASES = Map.of(
      "stats", List.of(Map.of(), Map.of("platform", "x", "lang", "fa"), Map.of("lang", "xx", "frame", "sanctoins"),
          Map.of("tz", "Asia/Tehran", "since", "2025-04-12")),
      "search", List.of(Map.of("q", "talks OR مذاکره", "limit", "5"),
          Map.of("q", "talks", "sort", "relevance", "limit", "3", "platform", "x")),
      "top", List.of(Map.of("by", "domain"), Map.of("by", "hashtag", "top", "5", "lang", "fa")),
      "trends", List.of(Map.of("by", "lang", "interval", "week"),
          Map.of("q", "talks", "by", "hashtag", "top", "3", "window", "3", "threshold", "2", "min_count", "2"),
          Map.of("by", "lang", "interval", "day", "tz", "America/New_York", "until", "2025-04-20"),
          Map.of("by", "cohort", "interval", "month", "tz", "Asia/Tehran")),
      "cohorts", List.of(Map.of(), Map.of("interval", "day", "top", "3", "min_framed", "2", "max_ids", "5"),
          Map.of("interval", "month", "tz", "Asia/Tehran")),
      "calls", List.of(Map.of(), Map.of("top", "3", "lang", "fa")),
      "coverage", List.of(Map.of(), Map.of("files", "true", "tz", "Asia/Tehran")),
      "compare", List.of(Map.of("around", "talks-announced", "by", "cohort", "top", "4"),
          Map.of("by", "frame", "before", "2025-04-01..2025-04-10", "after", "2025-04-11..2025-04-20", "top", "3",
              "lang", "fa", "min_posts", "50")),
      "coordination", List.of(Map.of("by", "hashtag"),
          Map.of("by", "text", "similarity", "0.6", "time_window", "300", "min_participation", "2",
              "weight_quantile", "0.5", "community", "label-propagation", "groups", "5")));

  private final HttpClient http = HttpClient.newHttpClient();
  private DemoSample sample;
  private PostStore store;
  private ChorusServer server;

  @BeforeAll
  void start() throws Exception {
    sample = DemoSample.get();
    store = sample.workspace.openStore(false);
    server = sample.server(store);
  }

  @AfterAll
  void stop() throws Exception {
    server.close();
    store.close();
  }

  @Test
  void everyAnalysisHasParityCases() {
    assertThat(CASES.keySet()).containsExactlyInAnyOrderElementsOf(Analyses.ALL.stream().map(Analysis::id).toList());
  }

  @Test
  void cliJsonEqualsTheApiBody() throws Exception {
    for (Analysis<?, ?> a : Analyses.ALL) {
      for (Map<String, String> parameters : CASES.get(a.id())) {
        CliRun cli = sample.run(cliArguments(a.id(), parameters));
        assertThat(cli.code()).as(a.id() + " " + parameters + ": " + cli.err()).isZero();
        String api = get(a.id(), parameters);
        assertThat(sample.stable(cli.out())).as(a.id() + " " + parameters).isEqualTo(sample.stable(api));
      }
    }
  }

  @Test
  void aFilterValueNoPostHasIsWarnedOfInTheBodyAndOnStderr() throws Exception {
    for (String[] args : List.of(new String[] {"stats", "--json", "--lang", "xx"},
        new String[] {"stats", "--lang", "xx"})) {
      CliRun cli = sample.run(args);
      assertThat(cli.code()).isZero();
      assertThat(cli.err()).as(String.join(" ", args)).contains("chorus: warning: no post has lang 'xx'; known: ");
    }
    JsonNode body = sample.stable(sample.run("stats", "--json", "--lang", "xx").out());
    assertThat(body.path("warnings").path(0).path("parameter").asText()).isEqualTo("lang");
    assertThat(sample.run("stats", "--json", "--lang", "fa").err()).doesNotContain("warning");
  }

  /** {@code X --json --name-with-dashes value ...}; search's {@code q} as its positional argument. */
  static String[] cliArguments(String id, Map<String, String> parameters) {
    List<String> args = new ArrayList<>(List.of(id, "--json"));
    parameters.forEach((name, value) -> {
      if (id.equals("search") && name.equals("q")) {
        args.add(value);
      } else {
        args.add("--" + name.replace('_', '-'));
        args.add(value);
      }
    });
    return args.toArray(String[]::new);
  }

  private String get(String id, Map<String, String> parameters) throws Exception {
    StringJoiner query = new StringJoiner("&", "?", "");
    parameters.forEach((k, v) -> query.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/" + id + query))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(id + " " + parameters + ": " + r.body()).isEqualTo(200);
    return r.body();
  }
}
