package dev.chorus.server;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * The API's routes over HTTP, as a browser or a script reaches them, on a real server on a free loopback port with a
 * small store: whatever the query string, the answer is 2xx, a 4xx with a reason in words in its JSON body, or a 503
 * shedding load, within the time bound (the server's query budget, 15 s, and as much again for a loaded machine);
 * never a 500. The input's first line is the route ({@code search},
 * {@code stats}, {@code top}, ...), the rest its query string, sent as given (characters a URI cannot hold
 * percent-encoded, a broken percent sign kept as {@code %25}).
 */
class ApiFuzzTest {
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Path dir;
  private static FixtureWorkspace fixture;
  private static ChorusServer server;

  @BeforeAll
  static void start() throws Exception {
    dir = Files.createTempDirectory("chorus-api-fuzz");
    fixture = new FixtureWorkspace(dir);
    server = fixture.server(null);
    // the first request loads the server's classes: not an input's time
    HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "api/search?q=talks")).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
    fixture.close();
    try (var files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Timeout(value = 40, unit = TimeUnit.SECONDS)
  @FuzzTest
  void anyQueryString(byte[] data) throws Exception {
    String text = new String(data, StandardCharsets.UTF_8);
    int nl = text.indexOf('\n');
    String route = nl < 0 ? "search" : text.substring(0, nl).strip();
    String query = nl < 0 ? text : text.substring(nl + 1);
    URI uri = URI.create(server.url() + "api/" + uriSafe(route, false) + "?" + uriSafe(query, true));
    HttpResponse<String> r;
    // Jazzer's SSRF detector lets the harness reach its own server only
    try (SilentCloseable ownServerOnly = BugDetectors.allowNetworkConnections((h, port) -> port == server.port())) {
      r = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString());
    }
    int status = r.statusCode();
    if (status >= 500 && !(status == 503 && r.headers().firstValue("Retry-After").isPresent())) {
      throw new AssertionError(uri + " answered " + status + ": " + r.body());
    }
    if (status >= 400 && r.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
      JsonNode error = JSON.readTree(r.body());
      if (error.path("error").asText().length() < 6) {
        throw new AssertionError(uri + " answered " + status + " without a reason: " + r.body());
      }
    }
  }

  /** The text with what a URI cannot hold percent-encoded; in a query, '&', '=' and valid escapes are kept. */
  static String uriSafe(String s, boolean query) {
    StringBuilder out = new StringBuilder();
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      boolean escape = b == '%' && i + 2 < bytes.length && hex(bytes[i + 1]) && hex(bytes[i + 2]);
      boolean plain = Character.isLetterOrDigit(b) && b < 128 || "-._~".indexOf(b) >= 0
          || query && "&=+,;:@!$'()*/?".indexOf(b) >= 0;
      if (plain || query && escape) {
        out.append((char) b);
      } else {
        out.append('%').append(String.format("%02X", b));
      }
    }
    return out.toString();
  }

  private static boolean hex(byte b) {
    return Character.digit(b, 16) >= 0;
  }
}
