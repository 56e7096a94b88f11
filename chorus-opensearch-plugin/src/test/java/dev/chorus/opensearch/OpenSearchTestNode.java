package dev.chorus.opensearch;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;

/**
 * The OpenSearch node a cluster test runs against: the one at {@code CHORUS_OPENSEARCH_URL} (start it with {@code
 * tools/opensearch/start.sh DIR}, which prints the URL). Without that variable the test is skipped, unless {@code
 * CHORUS_REQUIRE_OPENSEARCH=1} (set by CI), where a missing node fails it: a skip there would hide that the cluster
 * tests never ran. A URL that is set but does not answer always fails: someone asked for that node.
 */
public final class OpenSearchTestNode {
  public static final String URL_VARIABLE = "CHORUS_OPENSEARCH_URL";
  public static final String REQUIRE_VARIABLE = "CHORUS_REQUIRE_OPENSEARCH";

  private OpenSearchTestNode() {}

  /** The node's base URL, without a trailing slash, once it has answered; or the test is skipped or failed. */
  public static URI url() {
    String url = System.getenv(URL_VARIABLE);
    if (url == null || url.isBlank()) {
      String how = "start a node with tools/opensearch/start.sh DIR and set " + URL_VARIABLE + " to the URL it prints";
      if ("1".equals(System.getenv(REQUIRE_VARIABLE))) {
        fail(REQUIRE_VARIABLE + "=1 but " + URL_VARIABLE + " is not set: " + how + ".");
      }
      Assumptions.abort("No OpenSearch node for this test: " + how + ".");
    }
    URI base = URI.create(url.strip().replaceAll("/+$", ""));
    checkAnswers(base);
    return base;
  }

  private static void checkAnswers(URI base) {
    HttpRequest ping = HttpRequest.newBuilder(base).timeout(Duration.ofSeconds(10)).GET().build();
    try {
      HttpResponse<String> response = HttpClient.newHttpClient().send(ping, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        fail("The OpenSearch node at " + base + " (" + URL_VARIABLE + ") answered HTTP " + response.statusCode()
            + " instead of 200: " + response.body());
      }
    } catch (IOException e) {
      fail("No OpenSearch node answers at " + base + " (" + URL_VARIABLE + "): " + e.getMessage()
          + ". Start one with tools/opensearch/start.sh DIR.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail("Interrupted while waiting for the OpenSearch node at " + base + ".");
    }
  }
}
