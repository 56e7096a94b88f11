package dev.chorus.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** A filter value no post has is named in the body's {@code warnings}; known values give none. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FilterWarningsApiTest {
  @TempDir static Path dir;
  FixtureWorkspace fixture;
  ChorusServer server;

  @BeforeAll
  void start() throws Exception {
    fixture = new FixtureWorkspace(dir);
    server = fixture.server(null);
  }

  @AfterAll
  void stop() throws Exception {
    server.close();
    fixture.close();
  }

  JsonNode getJson(String pathAndQuery, int status) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(server.url() + pathAndQuery.substring(1))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(pathAndQuery + " -> " + r.body()).isEqualTo(status);
    return new ObjectMapper().readTree(r.body());
  }
  @Test
  void anUnknownLanguageIsWarnedOfWithTheKnownOnes() throws Exception {
    for (String analysis : new String[] {"stats", "search", "trends"}) {
      JsonNode body = getJson("/api/" + analysis + "?lang=xx", 200);
      JsonNode warning = body.path("warnings").path(0);
      assertThat(warning.path("parameter").asText()).as(analysis).isEqualTo("lang");
      assertThat(warning.path("value").asText()).isEqualTo("xx");
      assertThat(warning.path("message").asText()).startsWith("no post has lang 'xx'; known: ").contains("fa");
    }
  }

  @Test
  void knownValuesAndNoFiltersGiveNoWarnings() throws Exception {
    assertThat(getJson("/api/stats?lang=fa", 200).has("warnings")).isFalse();
    assertThat(getJson("/api/stats?lang=FA&stance=against", 200).has("warnings")).isFalse();
    assertThat(getJson("/api/stats", 200).has("warnings")).isFalse();
  }
}
