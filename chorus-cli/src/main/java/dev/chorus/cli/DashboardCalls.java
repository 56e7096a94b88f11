package dev.chorus.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.json.JsonConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The calls the dashboard page makes for one view and {@link ServeBench}'s two sequential phases over them: each call
 * on its first asking for many states, and whole page views one after another.
 */
final class DashboardCalls {
  /**
   * The requests the dashboard page makes for one filter state, with the page's default settings ({@code app.js},
   * {@code requests()}); the alerts list takes no filter.
   */
  static final List<String> DASHBOARD = List.of("/api/stats", "/api/trends?by=lang&top=8",
      "/api/top?by=domain&top=20", "/api/cohorts", "/api/coordination?by=repost&time_window=60", "/api/calls",
      "/api/coverage", "/api/alerts", "/api/search?limit=50");
  private static final String UNFILTERED = "/api/alerts";
  /** States asked first and not counted: they warm the JIT, and their answers stay cached. */
  static final int WARM_UP = 10;

  private DashboardCalls() {}

  /** Each call on its first asking, for every state after the warm-up ones, call after call. */
  static ObjectNode firstRequests(HttpClient http, String base, List<String> filterStates) throws Exception {
    for (int i = 0; i < WARM_UP; i++) {
      for (String endpoint : DASHBOARD) {
        sendCounted(http, url(base, endpoint, filterStates.get(i % filterStates.size())));
      }
    }
    ObjectNode o = JsonConfig.mapper().createObjectNode();
    for (String endpoint : DASHBOARD) {
      List<Double> ms = new ArrayList<>();
      int failed = 0;
      for (String state : filterStates.subList(WARM_UP, filterStates.size())) {
        long t = System.nanoTime();
        if (sendCounted(http, url(base, endpoint, state))) {
          ms.add((System.nanoTime() - t) / 1e6);
        } else {
          failed++;
        }
      }
      double[] v = ms.stream().mapToDouble(Double::doubleValue).toArray();
      ObjectNode e = o.putObject(endpoint);
      e.put("requests", v.length + failed);
      e.put("not_answered", failed); // past the server's query budget (503) or the bench's wait
      e.put("p50", BenchFigures.round(Percentiles.nearestRank(v, 0.50)));
      e.put("p95", BenchFigures.round(Percentiles.nearestRank(v, 0.95)));
      e.put("p99", BenchFigures.round(Percentiles.nearestRank(v, 0.99)));
      e.put("max", BenchFigures.round(Percentiles.nearestRank(v, 1.0)));
    }
    return o;
  }

  /**
   * Whole page views, one after another: every call of the page for one new state, in turn (the page sends them at
   * once; here they follow each other so that the time is the work's, not the queue's). The process's CPU time per
   * view is the figure that other programs on the machine move least.
   */
  static ObjectNode pageViews(HttpClient http, String base, List<String> states) throws Exception {
    var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean();
    List<Double> ms = new ArrayList<>();
    int failed = 0;
    long cpu = os.getProcessCpuTime();
    for (String state : states) {
      long t = System.nanoTime();
      boolean answered = true;
      for (String endpoint : DASHBOARD) {
        answered &= sendCounted(http, url(base, endpoint, state));
      }
      if (answered) {
        ms.add((System.nanoTime() - t) / 1e6);
      } else {
        failed++;
      }
    }
    double cpuMs = (os.getProcessCpuTime() - cpu) / 1e6;
    double[] v = ms.stream().mapToDouble(Double::doubleValue).toArray();
    ObjectNode o = JsonConfig.mapper().createObjectNode();
    o.put("views", states.size());
    o.put("not_answered", failed);
    o.put("cpu_ms_per_view", BenchFigures.round(cpuMs / states.size()));
    o.put("p50_ms", BenchFigures.round(Percentiles.nearestRank(v, 0.50)));
    o.put("p95_ms", BenchFigures.round(Percentiles.nearestRank(v, 0.95)));
    return o;
  }

  /**
   * One first look; false when it was not answered with 200 (the server stopped it past its query budget, or it
   * outlasted the bench's wait, longer than that budget): counted apart, so that one slow call on a busy machine does
   * not lose the other figures. Any other status is a bug in the bench or the server and stops the bench.
   */
  static boolean sendCounted(HttpClient http, String url) throws Exception {
    int status;
    try {
      status = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (java.net.http.HttpTimeoutException e) {
      return false;
    }
    if (status != 200 && status != 503) {
      throw new IllegalStateException(url + " answered " + status);
    }
    return status == 200;
  }

  static String url(String base, String endpoint, String state) {
    String path = endpoint.substring(1);
    if (state.isEmpty() || endpoint.equals(UNFILTERED)) {
      return base + path;
    }
    return base + path + (path.contains("?") ? state : "?" + state.substring(1));
  }
}
