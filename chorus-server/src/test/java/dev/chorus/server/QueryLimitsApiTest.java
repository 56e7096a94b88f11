package dev.chorus.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A query past a cap answers 400 naming {@code q}, the limit and its allowed value, on every route that takes one;
 * the queries of the issue that used to answer 500 (one with an empty body) among them. Sent over a plain socket,
 * unencoded where a browser or curl would not encode either (parentheses), so that the 3,500 nested parentheses fit
 * in a request line as they did in the report.
 */
class QueryLimitsApiTest extends FixtureServerTest {
  private final ObjectMapper json = new ObjectMapper();

  JsonNode refused(String route, String rawQuery, String limit, int allowed) throws IOException {
    RawHttp.Response r = RawHttp.send(server.port(), "GET", route + "?q=" + rawQuery, "127.0.0.1:" + server.port(),
        null);
    assertThat(r.status()).as(route + " " + r.body()).isEqualTo(400);
    JsonNode error = json.readTree(r.body());
    assertThat(error.get("parameter").asText()).isEqualTo("q");
    assertThat(error.get("limit").asText()).isEqualTo(limit);
    assertThat(error.get("allowed").asInt()).isEqualTo(allowed);
    assertThat(error.get("error").asText()).startsWith("q: ").contains("at most " + allowed, "limit " + limit);
    return error;
  }

  @Test
  void theQueriesOfTheIssueAnswer400WithTheLimit() throws IOException {
    String fuzzy = String.join("+", Collections.nCopies(1024, "a~"));
    String nested = "(".repeat(3500) + "talks" + ")".repeat(3500);
    for (String route : List.of("/api/search", "/api/stats", "/api/trends", "/api/coordination", "/api/export.csv")) {
      refused(route, "text:/a%7B1000%7D%7B1000%7D/", "automaton_states", 10_000);
      refused(route, fuzzy, "fuzzy_terms", 16);
      refused(route, nested, "nesting", 32);
    }
  }

  /** What a hand-made request line can hold that no form would send: refused as a bad request, never a 500. */
  @Test
  void malformedQueryStringsAreRefusedNotFailed() throws IOException {
    for (String query : List.of("q=%zz", "q=%", "q=%C3%28", "q=%00", "lang=%FF%FE", "q=a&q=b", "=x", "&&&")) {
      RawHttp.Response r = RawHttp.send(server.port(), "GET", "/api/search?" + query, "127.0.0.1:" + server.port(),
          null);
      assertThat(r.status()).as(query + " -> " + r.body()).isBetween(200, 499);
    }
  }

  @Test
  void aQueryWithinTheLimitsIsAnswered() throws IOException {
    RawHttp.Response r = RawHttp.send(server.port(), "GET", "/api/search?q=" + "(".repeat(32) + "talks~+Muscat*"
        + ")".repeat(32), "127.0.0.1:" + server.port(), null);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(json.readTree(r.body()).get("total").asLong()).isPositive();
  }
}
