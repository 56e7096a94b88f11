package dev.chorus.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.store.PostQuery;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Load shedding and the time budget against a real server. Deterministic: a request is held inside the server by a
 * latch (a route the test adds), the queue is watched until the next one waits in it, and time is a clock the test
 * moves. Nothing depends on how fast the machine is.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoadLimitsTest {
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  @TempDir static Path dir;
  FixtureWorkspace fixture;

  @BeforeAll
  void start() throws IOException {
    fixture = new FixtureWorkspace(dir);
  }

  @AfterAll
  void stop() throws IOException {
    fixture.close();
  }

  ChorusServer server(ServerLimits limits, List<ApiRoute> extra, java.util.function.LongSupplier clock)
      throws IOException {
    ServerOptions options = new ServerOptions("127.0.0.1", 0, new AccessPolicy(null), false).withLimits(limits);
    return new ChorusServer(fixture.api(false), options, System.err, extra, clock).start();
  }

  HttpRequest get(ChorusServer s, String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create(s.url() + pathAndQuery.substring(1))).build();
  }

  HttpResponse<String> send(ChorusServer s, String pathAndQuery) throws Exception {
    return http.send(get(s, pathAndQuery), HttpResponse.BodyHandlers.ofString());
  }

  CompletableFuture<HttpResponse<String>> sendAsync(ChorusServer s, String pathAndQuery) {
    return http.sendAsync(get(s, pathAndQuery), HttpResponse.BodyHandlers.ofString());
  }

  /** A route that signals it runs, then waits for the test. */
  static ApiRoute blocking(String path, CountDownLatch entered, CountDownLatch release, ApiRoute.Handler then) {
    return new ApiRoute("GET", path, "Held by the test.", List.of(), r -> {
      entered.countDown();
      await(release);
      return then.handle(r);
    });
  }

  static void await(CountDownLatch latch) throws InterruptedIOException {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted");
    }
  }

  @Test
  void pastItsQueueTheServerAnswersBusyAtOnceWithRetryAfter() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ApiRoute hold = blocking("/api/test/hold", entered, release, r -> Map.of("held", true));
    try (ChorusServer s = server(new ServerLimits(1, 1, Duration.ofMinutes(5)), List.of(hold), System::nanoTime)) {
      CompletableFuture<HttpResponse<String>> first = sendAsync(s, "/api/test/hold");
      entered.await(); // the one turn is taken
      CompletableFuture<HttpResponse<String>> queued = sendAsync(s, "/api/stats?lang=fa");
      while (s.gate().queued() < 1) {
        Thread.sleep(5); // until the second request waits in the queue (a condition, not a duration)
      }
      HttpResponse<String> shed = send(s, "/api/stats?lang=en");
      assertThat(shed.statusCode()).isEqualTo(503);
      assertThat(shed.headers().firstValue("Retry-After")).hasValue("1");
      JsonNode body = json.readTree(shed.body());
      assertThat(body.get("reason").asText()).isEqualTo("busy");
      assertThat(body.get("retry_after").asInt()).isEqualTo(1);
      assertThat(body.get("error").asText()).contains("busy", "1 requests running and 1 waiting");
      assertThat(send(s, "/api/health").statusCode()).as("health never waits").isEqualTo(200);
      assertThat(first).isNotDone();
      assertThat(queued).isNotDone();

      release.countDown();
      assertThat(first.get().statusCode()).isEqualTo(200);
      HttpResponse<String> waited = queued.get();
      assertThat(waited.statusCode()).isEqualTo(200);
      assertThat(json.readTree(waited.body()).get("posts").asLong()).isEqualTo(3);
      assertThat(send(s, "/api/stats?lang=en").statusCode()).as("free again").isEqualTo(200);
    }
  }

  @Test
  void aQueryPastItsBudgetIsStoppedWith503WhileOthersAnswer() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicLong now = new AtomicLong();
    AtomicBoolean racing = new AtomicBoolean();
    java.util.function.LongSupplier clock = () -> racing.get() ? now.addAndGet(Duration.ofSeconds(11).toNanos())
        : now.get();
    // a scan of every post that stops at the first one until the test lets it go on
    ApiRoute scan = new ApiRoute("GET", "/api/test/scan", "A long scan.", List.of(), r -> {
      fixture.store.forEach(PostQuery.all(), p -> {
        if (entered.getCount() > 0) {
          entered.countDown();
          try {
            await(release);
          } catch (InterruptedIOException e) {
            throw new IllegalStateException(e);
          }
        }
      });
      return Map.of("scanned", true);
    });
    try (ChorusServer s = server(new ServerLimits(2, 2, Duration.ofSeconds(10)), List.of(scan), clock)) {
      CompletableFuture<HttpResponse<String>> slow = sendAsync(s, "/api/test/scan");
      entered.await();
      HttpResponse<String> cheap = send(s, "/api/stats?lang=ar");
      assertThat(cheap.statusCode()).as("answers while the slow one runs").isEqualTo(200);
      assertThat(json.readTree(cheap.body()).get("posts").asLong()).isEqualTo(1);

      now.addAndGet(Duration.ofSeconds(11).toNanos()); // the scan has now run past its 10 s
      release.countDown();
      HttpResponse<String> stopped = slow.get();
      assertThat(stopped.statusCode()).isEqualTo(503);
      assertThat(stopped.headers().firstValue("Retry-After")).hasValue("10");
      JsonNode body = json.readTree(stopped.body());
      assertThat(body.get("reason").asText()).isEqualTo("time_budget");
      assertThat(body.get("error").asText()).contains("time budget of 10 s", "narrow it");

      racing.set(true); // from now on every reading of the clock is 11 s later: any search is past its budget
      for (String route : List.of("/api/search?q=talks", "/api/stats?q=talks", "/api/coordination?by=url",
          "/api/trends?q=Muscat")) {
        HttpResponse<String> r = send(s, route);
        assertThat(r.statusCode()).as(route + " " + r.body()).isEqualTo(503);
        assertThat(json.readTree(r.body()).get("reason").asText()).isEqualTo("time_budget");
      }
    }
  }
}
