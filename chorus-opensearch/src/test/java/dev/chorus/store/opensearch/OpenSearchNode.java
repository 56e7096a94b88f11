package dev.chorus.store.opensearch;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The node the tests run against: its URL from {@code CHORUS_OPENSEARCH_URL} (started by {@code
 * tools/opensearch/start.sh}). Without it a test is skipped with the reason, unless {@code CHORUS_REQUIRE_OPENSEARCH=1}
 * (CI), where a missing or silent node fails the test.
 */
public final class OpenSearchNode {
  static final String URL_ENV = "CHORUS_OPENSEARCH_URL";
  static final String REQUIRE_ENV = "CHORUS_REQUIRE_OPENSEARCH";
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final URI url;

  private OpenSearchNode(URI url) {
    this.url = url;
  }

  /** The node, or the test is skipped (failed when a node is required). */
  public static OpenSearchNode require() {
    boolean required = "1".equals(System.getenv(REQUIRE_ENV));
    String url = System.getenv(URL_ENV);
    if (url == null || url.isBlank()) {
      if (required) {
        fail(REQUIRE_ENV + "=1 but " + URL_ENV + " is not set: start a node with tools/opensearch/start.sh");
      }
      Assumptions.abort(URL_ENV + " is not set: no OpenSearch node to test against (tools/opensearch/start.sh)");
    }
    OpenSearchNode node = new OpenSearchNode(URI.create(url.replaceFirst("/+$", "")));
    try {
      node.send("GET", "/", null);
    } catch (IOException e) {
      if (required) {
        fail("no OpenSearch node answers at " + url + " (" + REQUIRE_ENV + "=1)", e);
      }
      Assumptions.abort("no OpenSearch node answers at " + url);
    }
    return node;
  }

  /** The node's base URL, without a trailing slash. */
  public URI url() {
    return url;
  }

  /** A fresh index name for one test class. */
  public static String uniqueIndex(String prefix) {
    return (prefix + "-" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
  }

  /** The store URL of an index on this node. */
  public String store(String index) {
    return "opensearch://" + url.getHost() + ":" + url.getPort() + "/" + index;
  }

  public void delete(String index) throws IOException {
    send("DELETE", "/" + index, null);
  }

  public int send(String method, String path, String json) throws IOException {
    HttpRequest.Builder b = HttpRequest.newBuilder(url.resolve(path)).timeout(Duration.ofSeconds(30));
    b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      b.header("Content-Type", "application/json");
    }
    try {
      return HTTP.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}
