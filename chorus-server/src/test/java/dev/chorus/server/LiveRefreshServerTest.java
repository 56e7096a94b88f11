package dev.chorus.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.post.Platform;
import dev.chorus.store.PostStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server started before an ingest shows the ingested posts without a restart: another store instance (as an
 * ingest in another process would) writes and commits to the same index while the server runs, and the server's
 * answers, cached ones included, follow within seconds.
 */
class LiveRefreshServerTest {
  static final long LIMIT_MS = 15_000;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  @TempDir Path dir;

  @Test
  void postsCommittedByAnotherWriterShowWithoutARestart() throws Exception {
    try (FixtureWorkspace fixture = new FixtureWorkspace(dir); ChorusServer server = fixture.server(null)) {
      // asked once before the ingest, so that the old answers are in the response cache
      assertThat(get(server, "/api/health").get("posts").asLong()).isEqualTo(FixtureWorkspace.POSTS);
      assertThat(get(server, "/api/search?q=ceasefire").get("total").asLong()).isZero();

      try (PostStore ingest = fixture.workspace.openStore(true)) {
        for (int i = 0; i < 3; i++) {
          ingest.upsert(FixtureWorkspace.post(Platform.X, "late" + i, "2025-04-05T10:0" + i + ":00Z", "en",
              "Ceasefire announced, update " + i, List.of(), null));
        }
        ingest.commit();
      }

      long start = System.nanoTime();
      long posts = 0;
      long found = 0;
      while (System.nanoTime() - start < LIMIT_MS * 1_000_000 && (posts != FixtureWorkspace.POSTS + 3 || found != 3)) {
        Thread.sleep(200);
        posts = get(server, "/api/health").get("posts").asLong();
        found = get(server, "/api/search?q=ceasefire").get("total").asLong();
      }
      assertThat(posts).as("posts in /api/health within 15 s").isEqualTo(FixtureWorkspace.POSTS + 3);
      assertThat(found).as("matches in /api/search within 15 s").isEqualTo(3);
      assertThat(get(server, "/api/stats").get("posts").asLong()).isEqualTo(FixtureWorkspace.POSTS + 3);
    }
  }

  private JsonNode get(ChorusServer server, String pathAndQuery) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + pathAndQuery.substring(1)))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(pathAndQuery + " -> " + r.body()).isEqualTo(200);
    return json.readTree(r.body());
  }
}
