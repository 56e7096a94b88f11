package dev.chorus.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Nothing a user can type answers 500: generated and mutated queries and filter values, sent to the API of a real
 * server on a small store, answer 2xx, or 4xx with a reason in the JSON body.
 */
class ApiFuzzProperties {
  static final List<String> ROUTES = List.of("/api/search", "/api/stats", "/api/top?by=hashtag&", "/api/trends",
      "/api/calls");
  static final List<String> PARAMETERS = List.of("q", "q", "q", "lang", "since", "until", "hashtag", "stance",
      "limit", "platform");
  /** Pieces of the query syntax and of filter values (the parser's own property test has the full set). */
  static final List<String> PIECES = List.of("talks", "Muscat", "مذاکره", "(", ")", "\"", " ", " ", "AND", "OR",
      "NOT", "-", "~", "~2", "^2", "*", "?", "/", "[", "]", "{", "}", " TO ", ":", "text:", "\\", "&&", ",", "%",
      "\u0000", "\uD83D\uDE00", "\uD800", "2025-13-01", "-1", "99999999999");
  static final List<String> SEEDS = List.of("talks AND (round OR Muscat)", "text:/a{1000}{1000}/", "\"new round\"~3",
      "hashtag:NoDeal OR lang:fa", "talk* -round", "2025-04-01", "against", "talks:against", "50", "x,telegram");

  static Path dir;
  static FixtureWorkspace fixture;
  static ChorusServer server;
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeContainer
  static void start() throws IOException {
    dir = Files.createTempDirectory("chorus-api-fuzz");
    fixture = new FixtureWorkspace(dir);
    server = fixture.server(null);
  }

  @AfterContainer
  static void stop() throws IOException {
    server.close();
    fixture.close();
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Provide
  Arbitrary<String> typed() {
    Arbitrary<String> pieces = Arbitraries.of(PIECES).list().ofMaxSize(20)
        .map(l -> String.join("", l));
    Arbitrary<String> mutated = Arbitraries.of(SEEDS).flatMap(seed -> Arbitraries.integers().between(0, seed.length())
        .flatMap(at -> Arbitraries.of(PIECES)
            .map(p -> seed.substring(0, at) + p + seed.substring(at))));
    return Arbitraries.oneOf(pieces, mutated, Arbitraries.strings().ofMaxLength(30));
  }

  @Property(tries = 120)
  void anythingTypedIsAnsweredOrRefusedWithAReason(@ForAll("typed") String value,
      @ForAll("routes") String route, @ForAll("parameters") String parameter) throws Exception {
    String sep = route.endsWith("&") ? "" : "?";
    URI uri = URI.create(server.url() + route.substring(1) + sep + parameter + "="
        + URLEncoder.encode(value, StandardCharsets.UTF_8));
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(uri + " -> " + r.body()).isBetween(200, 499);
    if (r.statusCode() >= 400) {
      JsonNode error = JSON.readTree(r.body());
      assertThat(error.path("error").asText()).as(uri.toString()).hasSizeGreaterThan(5);
    }
  }

  @Provide
  Arbitrary<String> routes() {
    return Arbitraries.of(ROUTES);
  }

  @Provide
  Arbitrary<String> parameters() {
    return Arbitraries.of(PARAMETERS);
  }
}
