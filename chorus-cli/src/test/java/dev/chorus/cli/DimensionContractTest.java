package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.dimension.Dimensions;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One dimension, one place: a test-only annotator ({@link ToneAnnotatorFactory}, registered only on this module's
 * test class path) declares the dimension {@code tone}, and with no other edit it is a filter of the CLI
 * ({@code --tone}), of the API ({@code ?tone=}, in the OpenAPI document) and of the page (a form field that filters
 * the posts), a split of the trends, and a facet of the store.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DimensionContractTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final String CSV = """
      id,platform,author,created_at,text,url,lang
      1,x,alice,2025-05-01T10:00:00Z,what a zqupbeat day for the talks,https://x.com/alice/status/1,en
      2,x,bob,2025-05-01T11:00:00Z,a zqdownbeat view of the talks,https://x.com/bob/status/2,en
      3,x,carol,2025-05-02T09:00:00Z,nothing special about the talks,https://x.com/carol/status/3,en
      """;

  @TempDir static Path dir;
  static Path ws;

  @BeforeAll
  void ingest() throws Exception {
    ws = dir.resolve("ws");
    Path file = dir.resolve("posts.csv");
    Files.writeString(file, CSV);
    assertThat(CliRun.run(ws, CliRun.TEST_ENV, "ingest", "--format", "csv", file.toString()).code()).isZero();
  }

  @Test
  void theRegistryHasIt() {
    assertThat(Dimensions.find("tone")).isPresent();
    assertThat(Dimensions.splittable()).contains("tone");
  }

  @Test
  void theCliFiltersAndSplitsByIt() throws Exception {
    CliRun search = CliRun.run(ws, CliRun.TEST_ENV, "search", "talks", "--tone", "upbeat", "--json");
    assertThat(search.code()).as(search.err()).isZero();
    assertThat(search.json().get("total").asLong()).isEqualTo(1);
    CliRun both = CliRun.run(ws, CliRun.TEST_ENV, "stats", "--tone", "upbeat,downbeat", "--json");
    assertThat(both.json().get("posts").asLong()).isEqualTo(2);
    CliRun trends = CliRun.run(ws, CliRun.TEST_ENV, "trends", "--by", "tone", "--json");
    assertThat(trends.code()).as(trends.err()).isZero();
    assertThat(trends.out()).contains("\"upbeat\"", "\"downbeat\"");
    CliRun help = CliRun.run(ws, CliRun.TEST_ENV, "help", "search");
    assertThat(help.out()).contains("--tone");
  }

  @Test
  void theApiAndThePageFilterByIt() throws Exception {
    Workspace workspace = Workspace.resolve(ws, CliRun.TEST_ENV);
    try (PostStore store = workspace.openStore(false);
        ChorusServer server = new ChorusServer(new ChorusApi(workspace, store, null, "test", false),
            new ServerOptions("127.0.0.1", 0, new AccessPolicy(null), false), System.err).start()) {
      ObjectMapper json = new ObjectMapper();
      JsonNode search = json.readTree(get(server.url() + "api/search?tone=downbeat"));
      assertThat(search.get("total").asLong()).isEqualTo(1);
      JsonNode openapi = json.readTree(get(server.url() + "api/openapi.json"));
      List<String> names = new ArrayList<>();
      openapi.get("paths").get("/api/search").get("get").get("parameters")
          .forEach(p -> names.add(p.get("name").asText()));
      assertThat(names).contains("tone");
      assertThat(get(server.url() + "api/trends?by=tone")).contains("\"upbeat\"");
      assertThat(get(server.url() + "api/dimensions")).contains("\"tone\"");
      if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
        thePageHasTheField(server.url());
      }
    }
  }

  private void thePageHasTheField(String url) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--user-data-dir=" + dir.resolve("profile"));
    WebDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build(), options);
    try {
      driver.get(url + "?tone=upbeat");
      new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "false".equals(
          d.findElement(By.tagName("body")).getDomAttribute("data-loading")));
      assertThat(driver.findElement(By.cssSelector("#filters input[name=tone]")).getDomProperty("value"))
          .isEqualTo("upbeat");
      assertThat(driver.findElements(By.cssSelector("#trends-by option[value=tone]"))).hasSize(1);
      assertThat(driver.findElements(By.cssSelector("#posts li.post"))).hasSize(1);
    } finally {
      driver.quit();
    }
  }

  private static String get(String url) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(url + ": " + r.body()).isEqualTo(200);
    return r.body();
  }
}
