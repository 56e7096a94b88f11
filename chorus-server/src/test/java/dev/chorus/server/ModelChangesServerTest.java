package dev.chorus.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Training a model writes no new store generation, yet what the server says about the models must change at once: the
 * answers about models are cached per generation and per state of the models folder. A server of its own, since this
 * test adds a model to its workspace.
 */
class ModelChangesServerTest extends FixtureServerTest {
  private final HttpClient http = HttpClient.newHttpClient();

  private String get(String path) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(200);
    return r.body();
  }

  @Test
  void aModelTrainedAfterTheServerStartedShowsWithoutANewIngest() throws Exception {
    long generation = fixture.store.generation();
    assertThat(new ObjectMapper().readTree(get("/api/models")).get("models")).hasSize(1);
    assertThat(get("/api/method.html")).doesNotContain("econ.card.json");
    String helpBefore = get("/api/help");

    Path frames = Files.createDirectories(fixture.workspace.modelsDir().resolve("frames"));
    Files.writeString(frames.resolve("econ.card.json"), "{\"name\": \"frame:econ\", \"examples\": 80, "
        + "\"cross_validation\": {\"macro_f1\": 0.52}}");

    JsonNode models = new ObjectMapper().readTree(get("/api/models")).get("models");
    assertThat(models).extracting(m -> m.get("id").asText()).containsExactly("frames/econ", "stance/talks");
    assertThat(get("/api/method.html")).contains("econ.card.json");
    assertThat(get("/api/help")).isNotEqualTo(helpBefore);
    assertThat(fixture.store.generation()).as("no commit happened: the cache key did the work").isEqualTo(generation);
  }
}
