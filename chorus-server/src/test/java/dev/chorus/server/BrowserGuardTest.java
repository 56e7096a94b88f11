package dev.chorus.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a web page the user visits can do to a server on this machine: read it under its own name (DNS rebinding:
 * refused by the Host check) or make the browser write to it (refused by the Origin check). A real server on a free
 * port; requests over a plain socket, which may say any Host.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserGuardTest {
  static final String CODE = "{\"coder\": \"ana\", \"frames\": [\"security\"]}";
  static final String TOKEN = "s3cret-token-0123456789";

  @TempDir static Path dir;
  final ObjectMapper json = new ObjectMapper();
  final ByteArrayOutputStream log = new ByteArrayOutputStream();
  FixtureWorkspace fixture;
  ChorusServer server;
  ChorusServer guarded;
  int port;

  @BeforeAll
  void start() throws IOException {
    fixture = new FixtureWorkspace(dir);
    PrintStream logStream = new PrintStream(log, true, StandardCharsets.UTF_8);
    server = new ChorusServer(fixture.api(true), new ServerOptions("127.0.0.1", 0, new AccessPolicy(null), true),
        logStream).start();
    guarded = new ChorusServer(fixture.api(true), new ServerOptions("127.0.0.1", 0, new AccessPolicy(TOKEN), true),
        logStream).start();
    port = server.port();
  }

  @AfterAll
  void stop() throws IOException {
    server.close();
    guarded.close();
    fixture.close();
  }

  @Test
  void aForeignHostIsRefusedWithAReasonAndLoggedOnce() throws Exception {
    for (String path : List.of("/api/search?q=talks", "/", "/app.js", "/api/health", "/api/method.html")) {
      RawHttp.Response r = RawHttp.send(port, "GET", path, "evil.example:" + port, null);
      assertThat(r.status()).as(path).isEqualTo(421);
      assertThat(r.header("Content-Type")).startsWith("application/json");
      JsonNode error = json.readTree(r.body());
      assertThat(error.get("parameter").asText()).isEqualTo("Host");
      assertThat(error.get("error").asText()).contains("evil.example", "localhost", "--allow-host");
      assertThat(r.body()).doesNotContain("Muscat");
    }
    for (String host : List.of("evil.example", "localhost:" + (port + 1), "127.0.0.1.nip.io:" + port,
        "localhost.:" + port, "127.0.0.2:" + port)) {
      assertThat(RawHttp.send(port, "GET", "/api/health", host, null).status()).as(host).isEqualTo(421);
    }
    for (String malformed : List.of("::1:" + port, "")) { // Jetty refuses these before the server sees them
      assertThat(RawHttp.send(port, "GET", "/api/health", malformed, null).status()).as(malformed).isIn(400, 421);
    }
    assertThat(RawHttp.send(port, "GET", "/api/health", null, null).status()).as("no Host").isEqualTo(421);
    String logged = log.toString(StandardCharsets.UTF_8);
    assertThat(logged).contains("refused a request for Host 'evil.example:" + port + "'", "DNS rebinding");
    assertThat(logged.split("refused a request for Host", -1)).as("logged once").hasSize(2);
  }

  @Test
  void theServersOwnNamesAreServed() throws Exception {
    for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LocalHost:" + port, "[::1]:" + port)) {
      RawHttp.Response r = RawHttp.send(port, "GET", "/api/health", host, null);
      assertThat(r.status()).as(host).isEqualTo(200);
      assertThat(json.readTree(r.body()).get("status").asText()).isEqualTo("ok");
    }
  }

  @Test
  void anAllowedHostNameIsServedToo() throws Exception {
    try (ChorusServer named = new ChorusServer(fixture.api(false), new ServerOptions("127.0.0.1", 0,
        new AccessPolicy(null), false, List.of("Chorus.Lan"), null), System.err).start()) {
      assertThat(RawHttp.send(named.port(), "GET", "/api/health", "chorus.lan:" + named.port(), null).status())
          .isEqualTo(200);
      assertThat(RawHttp.send(named.port(), "GET", "/api/health", "other.lan:" + named.port(), null).status())
          .isEqualTo(421);
    }
  }

  RawHttp.Response label(ChorusServer to, String... headers) throws IOException {
    String[] all = new String[headers.length + 1];
    all[0] = "Content-Type: application/json";
    System.arraycopy(headers, 0, all, 1, headers.length);
    return RawHttp.send(to.port(), "POST", "/api/posts/x:en0/labels", "127.0.0.1:" + to.port(), CODE, all);
  }

  @Test
  void aWriteFromAnotherSiteIsRefusedTokenOrNot() throws Exception {
    String own = "Origin: http://127.0.0.1:" + port;
    List<String[]> refused = List.of(
        new String[] {"Origin: http://evil.example"},
        new String[] {"Origin: null"},
        new String[] {"Origin: http://localhost:" + (port + 1)},
        new String[] {"Origin: https://127.0.0.1:" + port},
        new String[] {"Sec-Fetch-Site: cross-site"},
        new String[] {"Sec-Fetch-Site: same-site"},
        new String[] {own, "Sec-Fetch-Site: cross-site"});
    for (String[] headers : refused) {
      RawHttp.Response r = label(server, headers);
      assertThat(r.status()).as(String.join(", ", headers)).isEqualTo(403);
      assertThat(json.readTree(r.body()).get("error").asText()).contains("another site");
      RawHttp.Response withToken = label(guarded, withToken(headers));
      assertThat(withToken.status()).as("with the token: " + String.join(", ", headers)).isEqualTo(403);
    }
    for (String method : List.of("PUT", "PATCH", "DELETE")) { // any write, on routes to come (views, alerts)
      RawHttp.Response r = RawHttp.send(port, method, "/api/views/mine", "127.0.0.1:" + port, "{}",
          "Content-Type: application/json", "Origin: http://evil.example");
      assertThat(r.status()).as(method).isEqualTo(403);
    }
    assertThat(label(server, own, "Sec-Fetch-Site: same-origin").status()).isEqualTo(200);
    assertThat(label(server).status()).as("no browser headers: curl").isEqualTo(200);
    assertThat(label(guarded, withToken(new String[] {"Origin: http://127.0.0.1:" + guarded.port(),
        "Sec-Fetch-Site: same-origin"})).status()).isEqualTo(200);
    assertThat(RawHttp.send(port, "GET", "/api/health", "127.0.0.1:" + port, null, "Origin: http://evil.example",
        "Sec-Fetch-Site: cross-site").status()).as("reads are left to the Host check and CORS").isEqualTo(200);
  }

  private static String[] withToken(String[] headers) {
    String[] all = new String[headers.length + 1];
    all[0] = "Authorization: Bearer " + TOKEN;
    System.arraycopy(headers, 0, all, 1, headers.length);
    return all;
  }
}
