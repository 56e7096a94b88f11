package dev.chorus.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.json.JsonConfig;
import dev.chorus.server.AccessPolicy;
import dev.chorus.server.ChorusApi;
import dev.chorus.server.ChorusServer;
import dev.chorus.server.ServerOptions;
import dev.chorus.store.PostStore;
import dev.chorus.store.StoreStats;
import dev.chorus.workspace.Workspace;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code chorus bench serve --dir WORKSPACE}: starts the server in-process on a free loopback port and measures
 * (1) the latency of each dashboard query on first asking (nothing cached), sequentially, (2) whole page views one
 * after another with their CPU time ({@link DashboardCalls}), and (3) an open-loop load of the page's calls for new
 * filter states at a fixed rate for a fixed time, latency counted from the scheduled send time (so a slow server
 * cannot hide its queueing). Traffic goes to 127.0.0.1 only; every phase is bounded in time.
 */
final class ServeBench {
  private static final List<String> DASHBOARD = DashboardCalls.DASHBOARD;
  /** Whole page views timed one after another ({@link DashboardCalls#pageViews}). */
  private static final int VIEWS = 100;

  private final Workspace ws;
  private final int rate;
  private final int seconds;
  private final int states;

  ServeBench(Workspace ws, int rate, int seconds, int states) {
    this.ws = ws;
    this.rate = rate;
    this.seconds = seconds;
    this.states = states;
  }

  ObjectNode run() throws Exception {
    if (!ws.hasIndex()) {
      throw new IllegalArgumentException(ws.root() + " has no index: make one with 'chorus bench ingest --posts "
          + "1000000 --dir D' and pass its D/workspace-* folder to --dir");
    }
    try (PostStore store = ws.openStore(false)) {
      ChorusApi api = new ChorusApi(ws, store, null, "bench", false);
      try (ChorusServer server = new ChorusServer(api, new ServerOptions("127.0.0.1", 0, new AccessPolicy(null),
          false), System.err).start()) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<String> filterStates = filterStates(store.stats(dev.chorus.store.PostQuery.all()));
        ObjectNode o = JsonConfig.mapper().createObjectNode();
        o.put("posts", store.count());
        o.put("load_average_1min_start", loadAverage());
        o.set("first_request_ms", DashboardCalls.firstRequests(http, server.url(), filterStates));
        o.put("load_average_1min_after_first_requests", loadAverage());
        StoreStats all = store.stats(dev.chorus.store.PostQuery.all());
        List<String> viewStates = DashboardStates.fresh(all, VIEWS, 41, filterStates);
        o.set("page_views", DashboardCalls.pageViews(http, server.url(), viewStates));
        List<String> loadStates = loadStates(all, filterStates);
        o.set("load", load(http, server.url(), loadStates));
        o.put("load_average_1min_end", loadAverage());
        return o;
      }
    }
  }

  /** Filter states of people exploring: everything, one language, a hashtag, a word, date windows, combinations. */
  List<String> filterStates(StoreStats all) {
    return DashboardStates.explore(all, states, 11);
  }

  /**
   * The load's own states, none of them asked in the first phase, enough for every request of the load to ask a
   * (call, state) pair once: the load measures uncached queries (only the unfiltered alerts list repeats, as on the
   * page). Where the workspace has too few days to make that many states, the count says how many repeat.
   */
  private List<String> loadStates(StoreStats all, List<String> firstPhase) {
    int wanted = (int) Math.min(200_000, (long) rate * seconds / DASHBOARD.size() + 1);
    return DashboardStates.fresh(all, wanted, 29, firstPhase);
  }

  /** The page's calls in a fixed random order, so that the slow ones do not arrive in step. */
  private static int[] shuffledCalls(SplittableRandom rnd) {
    int[] order = java.util.stream.IntStream.range(0, DASHBOARD.size()).toArray();
    for (int i = order.length - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }

  /** A 503 with {@code Retry-After}: the server shed the request (busy) rather than failing it. */
  private static boolean shedding(HttpResponse<?> r) {
    return r.statusCode() == 503 && r.headers().firstValue("Retry-After").isPresent();
  }

  /** An error in words: the HTTP status the server answered with, or why there was no answer. */
  static String errorKind(HttpResponse<?> response, Throwable failure) {
    if (failure == null) {
      return "HTTP " + response.statusCode();
    }
    Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
        ? failure.getCause() : failure;
    return cause instanceof java.util.concurrent.TimeoutException ? "no answer within 10 s"
        : "no answer: " + cause.getClass().getSimpleName();
  }

  private ObjectNode load(HttpClient http, String base, List<String> filterStates) throws Exception {
    int[] callOrder = shuffledCalls(new SplittableRandom(5));
    long total = (long) rate * seconds;
    long intervalNanos = 1_000_000_000L / rate;
    ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
    AtomicLong errors = new AtomicLong();
    Map<String, AtomicLong> errorKinds = new java.util.concurrent.ConcurrentSkipListMap<>();
    AtomicLong shed = new AtomicLong();
    List<CompletableFuture<?>> inFlight = new ArrayList<>();
    long start = System.nanoTime();
    for (long i = 0; i < total; i++) {
      long due = start + i * intervalNanos;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      // each state's calls in a shuffled order, state after state: every (call, state) pair once while states last
      String target = DashboardCalls.url(base, DASHBOARD.get(callOrder[(int) (i % callOrder.length)]),
          filterStates.get((int) ((i / DASHBOARD.size()) % filterStates.size())));
      inFlight.add(http.sendAsync(request(target), HttpResponse.BodyHandlers.discarding())
          .orTimeout(10, TimeUnit.SECONDS)
          .whenComplete((r, e) -> {
            if (e == null && shedding(r)) {
              shed.incrementAndGet(); // the server's load shedding, not a failure: it answered at once
            } else if (e != null || r.statusCode() != 200) {
              errors.incrementAndGet();
              errorKinds.computeIfAbsent(errorKind(r, e), k -> new AtomicLong()).incrementAndGet();
            } else {
              latencies.add((System.nanoTime() - due) / 1e6);
            }
          }));
    }
    double sentSeconds = (System.nanoTime() - start) / 1e9;
    CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).exceptionally(e -> null)
        .get(30, TimeUnit.SECONDS);
    double[] v = latencies.stream().mapToDouble(Double::doubleValue).toArray();
    ObjectNode o = JsonConfig.mapper().createObjectNode();
    o.put("target_rate", rate);
    o.put("seconds", BenchFigures.round(sentSeconds));
    o.put("requests", total);
    o.put("achieved_rate", BenchFigures.round(total / sentSeconds));
    o.put("ok", v.length);
    o.put("errors", errors.get());
    ObjectNode kinds = o.putObject("errors_by_kind"); // what the errors were: a status, or no answer in time
    errorKinds.forEach((kind, n) -> kinds.put(kind, n.get()));
    o.put("shed", shed.get());
    o.put("filter_states", filterStates.size());
    o.put("repeated_requests", Math.max(0, total - (long) filterStates.size() * DASHBOARD.size()));
    o.put("p50_ms", BenchFigures.round(Percentiles.nearestRank(v, 0.50)));
    o.put("p95_ms", BenchFigures.round(Percentiles.nearestRank(v, 0.95)));
    o.put("p99_ms", BenchFigures.round(Percentiles.nearestRank(v, 0.99)));
    o.put("max_ms", BenchFigures.round(Percentiles.nearestRank(v, 1.0)));
    return o;
  }

  private static HttpRequest request(String url) {
    return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build();
  }

  /** Other processes on the same cores move every figure: the report says how busy the machine was. */
  private static double loadAverage() {
    return BenchFigures.round(java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }
}
