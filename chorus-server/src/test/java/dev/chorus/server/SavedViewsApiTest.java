package dev.chorus.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.views.SavedView;
import dev.chorus.views.SavedViews;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code GET /api/views} and {@code view=NAME} on a real server over the fixture workspace. */
class SavedViewsApiTest extends FixtureServerTest {
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  JsonNode getJson(String pathAndQuery, int status) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + pathAndQuery.substring(1)))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(pathAndQuery + " -> " + r.body()).isEqualTo(status);
    return json.readTree(r.body());
  }

  void save(SavedView... views) throws Exception {
    new SavedViews(fixture.workspace.root().resolve(SavedViews.FILE_NAME), List.of(views)).save();
  }

  @Test
  void viewsAreListedWithCountsAndTheViewFilterAppliesOnStatsWithGivenFiltersReplacingSavedOnes() throws Exception {
    Files.deleteIfExists(fixture.workspace.root().resolve(SavedViews.FILE_NAME));
    assertThat(getJson("/api/views", 200).get("views")).isEmpty();
    save(new SavedView("persian", "Persian posts", Map.of("lang", List.of("fa"))));

    JsonNode views = getJson("/api/views", 200).get("views");
    assertThat(views).hasSize(1);
    assertThat(views.get(0).get("name").asText()).isEqualTo("persian");
    assertThat(views.get(0).get("description").asText()).isEqualTo("Persian posts");
    assertThat(views.get(0).at("/filters/lang/0").asText()).isEqualTo("fa");
    assertThat(views.get(0).get("posts").asLong()).isEqualTo(3);

    assertThat(getJson("/api/stats?view=persian", 200).get("posts").asLong()).isEqualTo(3);
    assertThat(getJson("/api/stats?view=persian&lang=ar,he", 200).get("posts").asLong())
        .as("a given filter replaces the saved one").isEqualTo(2);
    assertThat(getJson("/api/search?view=persian", 200).get("total").asLong()).isEqualTo(3);

    // the cache is keyed by the expanded filters: an edited view answers anew
    save(new SavedView("persian", null, Map.of("lang", List.of("fa", "ar"))));
    assertThat(getJson("/api/stats?view=persian", 200).get("posts").asLong()).isEqualTo(4);

    JsonNode unknown = getJson("/api/stats?view=farsi", 400);
    assertThat(unknown.get("parameter").asText()).isEqualTo("view");
    assertThat(unknown.get("error").asText()).contains("no saved view 'farsi'").contains("known: persian");
  }

  @Test
  void theOpenApiDocumentListsTheViewParameterAndTheViewsRoute() throws Exception {
    JsonNode doc = getJson("/api/openapi.json", 200);
    assertThat(doc.at("/paths/~1api~1views/get").isMissingNode()).isFalse();
    assertThat(doc.at("/paths/~1api~1stats/get/parameters").findValuesAsText("name")).contains("view");
  }
}
