package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.server.AccessPolicy;
import dev.chorus.server.ChorusApi;
import dev.chorus.server.ChorusServer;
import dev.chorus.server.ServerOptions;
import dev.chorus.store.PostStore;
import dev.chorus.workspace.Workspace;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workspace's time zone ({@code ingest --time-zone}, {@code workspace --time-zone}) and the {@code --tz} option
 * and {@code tz} parameter of a run: posts at 21:00 UTC on 1 January 2026 fall on 2 January in Tehran (+03:30) and on
 * 1 January in UTC; a zone that is none is refused naming it.
 */
class TimeZoneCommandsTest {
  @TempDir Path dir;

  static final String CSV = """
      id,platform,author,created_at,text,url,lang
      1,x,alice,2026-01-01T12:00:00Z,Talks resumed in Muscat,,en
      2,x,bob,2026-01-01T21:00:00Z,Give diplomacy a chance,,en
      3,x,carol,2026-01-01T21:00:00Z,End the talks now,,en
      """;

  private CliRun run(String... args) {
    return CliRun.run(dir.resolve("ws"), CliRun.TEST_ENV, args);
  }

  @Test
  void theWorkspaceZoneIsTheDefaultAndTzReplacesItForOneRun() throws Exception {
    Path file = dir.resolve("posts.csv");
    Files.writeString(file, CSV);
    assertThat(run("ingest", "--time-zone", "Asia/Tehrn", "--format", "csv", file.toString()).err())
        .contains("--time-zone must be an IANA time zone id such as UTC, Asia/Tehran or America/New_York, not "
            + "'Asia/Tehrn'");
    assertThat(run("ingest", "--time-zone", "Asia/Tehran", "--format", "csv", file.toString()).code()).isZero();
    assertThat(Files.readString(dir.resolve("ws/workspace.yaml"))).contains("time_zone: Asia/Tehran");

    JsonNode tehran = run("stats", "--json").json();
    assertThat(tehran.path("time_zone").asText()).isEqualTo("Asia/Tehran");
    assertThat(tehran.path("by_day").toString()).isEqualTo("{\"2026-01-01\":1,\"2026-01-02\":2}");
    JsonNode utc = run("stats", "--json", "--tz", "UTC").json();
    assertThat(utc.path("by_day").toString()).isEqualTo("{\"2026-01-01\":3}");
    assertThat(run("stats", "--tz", "UTC").out()).contains("span     2026-01-01 12:00 .. 2026-01-01 21:00 (UTC)");

    JsonNode trends = run("trends", "--json", "--interval", "day").json().path("series");
    assertThat(trends.path("time_zone").asText()).isEqualTo("Asia/Tehran");
    assertThat(trends.path("buckets").toString())
        .isEqualTo("[\"2025-12-31T20:30:00Z\",\"2026-01-01T20:30:00Z\"]");
    // a day of --since starts at the zone's midnight
    assertThat(run("search", "--json", "--since", "2026-01-02").json().path("total").asLong()).isEqualTo(2);
    assertThat(run("search", "--json", "--since", "2026-01-02", "--tz", "UTC").json().path("total").asLong())
        .isZero();
    assertThat(run("coverage", "--json", "--tz", "America/New_York").json().path("all").path("days").asLong())
        .as("07:00 and 16:00 on 1 January in New York").isEqualTo(1);

    CliRun bad = run("trends", "--tz", "Mars/Olympus");
    assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err()).contains("--tz must be an IANA time zone id such as UTC, Asia/Tehran or America/New_York, "
        + "not 'Mars/Olympus'");

    assertThat(run("workspace", "--time-zone", "UTC").out()).contains("time_zone  UTC");
    assertThat(run("stats", "--json").json().path("by_day").toString()).isEqualTo("{\"2026-01-01\":3}");
    assertThat(run("workspace", "--json").json().path("time_zone").asText()).isEqualTo("UTC");
    assertThat(Files.readString(dir.resolve("ws/workspace.yaml"))).contains("# Settings of this Chorus workspace.")
        .contains("time_zone: UTC");
  }

  @Test
  void theApiTakesTzAndRefusesAZoneThatIsNoneWith400NamingIt() throws Exception {
    Path file = dir.resolve("posts.csv");
    Files.writeString(file, CSV);
    assertThat(run("ingest", "--time-zone", "Asia/Tehran", "--format", "csv", file.toString()).code()).isZero();
    Workspace ws = new Workspace(dir.resolve("ws"));
    HttpClient http = HttpClient.newHttpClient();
    try (PostStore store = ws.openStore(false);
        ChorusServer server = new ChorusServer(new ChorusApi(ws, store, null, "test", false),
            new ServerOptions("127.0.0.1", 0, new AccessPolicy(null), false), System.err).start()) {
      JsonNode local = get(http, server, "api/stats", 200);
      assertThat(local.path("by_day").toString()).isEqualTo("{\"2026-01-01\":1,\"2026-01-02\":2}");
      assertThat(get(http, server, "api/stats?tz=UTC", 200).path("by_day").toString())
          .isEqualTo("{\"2026-01-01\":3}");
      assertThat(get(http, server, "api/search?since=2026-01-02&tz=Asia/Tehran", 200).path("total").asLong())
          .isEqualTo(2);
      assertThat(get(http, server, "api/health", 200).path("time_zone").asText()).isEqualTo("Asia/Tehran");
      assertThat(get(http, server, "api/dimensions", 200).path("time_zone").path("workspace").asText())
          .isEqualTo("Asia/Tehran");
      JsonNode bad = get(http, server, "api/trends?tz=Mars/Olympus", 400);
      assertThat(bad.path("parameter").asText()).isEqualTo("tz");
      assertThat(bad.path("error").asText()).isEqualTo("tz must be an IANA time zone id such as UTC, Asia/Tehran or "
          + "America/New_York, not 'Mars/Olympus'");
      assertThat(get(http, server, "api/export.csv?tz=Nowhere", 400).path("parameter").asText()).isEqualTo("tz");
    }
  }

  private static JsonNode get(HttpClient http, ChorusServer server, String path, int status) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(status);
    return CliRun.parse(r.body());
  }
}
