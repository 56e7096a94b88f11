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
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code chorus bench serve --dir WORKSPACE}: starts the server in-process on a free loopback port and measures
 * (1) the latency of each dashboard query on first asking (nothing cached), sequentially, and (2) an open-loop load
 * of mixed dashboard queries at a fixed rate for a fixed time, latency counted from the scheduled send time (so a
 * slow server cannot hide its queueing). Traffic goes to 127.0.0.1 only; both phases are bounded in time.
 */
final class ServeBench {
  /**
   * The requests the dashboard page makes for one filter state, with the page's default settings ({@code app.js},
   * {@code requests()}); the alerts list takes no filter.
   */
  static final List<String> DASHBOARD = List.of("/api/stats", "/api/trends?by=lang&top=8",
      "/api/top?by=domain&top=20", "/api/cohorts", "/api/coordination?by=repost&time_window=60", "/api/calls",
      "/api/coverage", "/api/alerts", "/api/search?limit=50");
  private static final String UNFILTERED = "/api/alerts";
  /** Whole page views timed one after another (see {@link #pageViews}). */
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
        o.set("first_request_ms", firstRequests(http, server.url(), filterStates));
        o.put("load_average_1min_after_first_requests", loadAverage());
        StoreStats all = store.stats(dev.chorus.store.PostQuery.all());
        o.set("page_views", pageViews(http, server.url(), freshStates(all, VIEWS, 41, filterStates)));
        List<String> loadStates = loadStates(all, filterStates);
        o.set("load", load(http, server.url(), loadStates));
        o.put("load_average_1min_end", loadAverage());
        return o;
      }
    }
  }

  /** Filter states of people exploring: everything, one language, a hashtag, a word, date windows, combinations. */
  List<String> filterStates(StoreStats all) {
    return filterStates(all, states, 11);
  }

  /**
   * The load's own states, none of them asked in the first phase, enough for every request of the load to ask a
   * (call, state) pair once: the load measures uncached queries (only the unfiltered alerts list repeats, as on the
   * page). Where the workspace has too few days to make that many states, the count says how many repeat.
   */
  private List<String> loadStates(StoreStats all, List<String> firstPhase) {
    int wanted = (int) Math.min(200_000, (long) rate * seconds / DASHBOARD.size() + 1);
    return freshStates(all, wanted, 29, firstPhase);
  }

  /** About {@code wanted} states none of which is in {@code asked}. */
  private static List<String> freshStates(StoreStats all, int wanted, long seed, List<String> asked) {
    List<String> fresh = new ArrayList<>(filterStates(all, wanted + asked.size(), seed));
    fresh.removeAll(asked);
    return fresh.isEmpty() ? asked : fresh;
  }

  /**
   * Whole page views, one after another: every call of the page for one new state, in turn (the page sends them at
   * once; here they follow each other so that the time is the work's, not the queue's). The process's CPU time per
   * view is the figure that other programs on the machine move least.
   */
  private static ObjectNode pageViews(HttpClient http, String base, List<String> states) throws Exception {
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
    o.put("cpu_ms_per_view", round(cpuMs / states.size()));
    o.put("p50_ms", round(Percentiles.nearestRank(v, 0.50)));
    o.put("p95_ms", round(Percentiles.nearestRank(v, 0.95)));
    return o;
  }

  private static List<String> filterStates(StoreStats all, int count, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<String> langs = new ArrayList<>(all.byLanguage().keySet());
    List<String> tags = all.byHashtag().keySet().stream().limit(10).toList();
    List<String> words = List.of("talks", "مذاکره", "deal", "المفاوضات", "sanctions", "Muscat");
    LocalDate first = all.first() == null ? LocalDate.parse("2025-04-01") : LocalDate.parse(all.first().toString()
        .substring(0, 10));
    int span = all.byDay().size();
    List<String> out = new ArrayList<>(List.of(""));
    java.util.Set<String> seen = new java.util.HashSet<>(out);
    for (int tries = 0; out.size() < count && tries < count * 20; tries++) {
      StringBuilder s = new StringBuilder();
      int kind = rnd.nextInt(5);
      if (kind == 0 && !langs.isEmpty()) {
        s.append("&lang=").append(langs.get(rnd.nextInt(langs.size())));
      } else if (kind == 1 && !tags.isEmpty()) {
        s.append("&hashtag=").append(enc(tags.get(rnd.nextInt(tags.size()))));
      } else if (kind == 2) {
        s.append("&q=").append(enc(words.get(rnd.nextInt(words.size()))));
      }
      if (kind >= 3 || rnd.nextBoolean()) {
        LocalDate since = first.plusDays(rnd.nextInt(Math.max(1, span)));
        s.append("&since=").append(since).append("&until=").append(since.plusDays(1 + rnd.nextInt(30)));
      }
      if (seen.add(s.toString())) {
        out.add(s.toString());
      }
    }
    return out;
  }

  private ObjectNode firstRequests(HttpClient http, String base, List<String> filterStates) throws Exception {
    for (int i = 0; i < 10; i++) { // warm the JIT on the first states; not counted, and they stay cached
      for (String endpoint : DASHBOARD) {
        sendCounted(http, url(base, endpoint, filterStates.get(i % filterStates.size())));
      }
    }
    ObjectNode o = JsonConfig.mapper().createObjectNode();
    for (String endpoint : DASHBOARD) {
      List<Double> ms = new ArrayList<>();
      int failed = 0;
      for (String state : filterStates.subList(10, filterStates.size())) {
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
      e.put("p50", round(Percentiles.nearestRank(v, 0.50)));
      e.put("p95", round(Percentiles.nearestRank(v, 0.95)));
      e.put("p99", round(Percentiles.nearestRank(v, 0.99)));
      e.put("max", round(Percentiles.nearestRank(v, 1.0)));
    }
    return o;
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

  private ObjectNode load(HttpClient http, String base, List<String> filterStates) throws Exception {
    int[] callOrder = shuffledCalls(new SplittableRandom(5));
    long total = (long) rate * seconds;
    long intervalNanos = 1_000_000_000L / rate;
    ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
    AtomicLong errors = new AtomicLong();
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
      String target = url(base, DASHBOARD.get(callOrder[(int) (i % callOrder.length)]),
          filterStates.get((int) ((i / DASHBOARD.size()) % filterStates.size())));
      inFlight.add(http.sendAsync(request(target), HttpResponse.BodyHandlers.discarding())
          .orTimeout(10, TimeUnit.SECONDS)
          .whenComplete((r, e) -> {
            if (e == null && shedding(r)) {
              shed.incrementAndGet(); // the server's load shedding, not a failure: it answered at once
            } else if (e != null || r.statusCode() != 200) {
              errors.incrementAndGet();
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
    o.put("seconds", round(sentSeconds));
    o.put("requests", total);
    o.put("achieved_rate", round(total / sentSeconds));
    o.put("ok", v.length);
    o.put("errors", errors.get());
    o.put("shed", shed.get());
    o.put("filter_states", filterStates.size());
    o.put("repeated_requests", Math.max(0, total - (long) filterStates.size() * DASHBOARD.size()));
    o.put("p50_ms", round(Percentiles.nearestRank(v, 0.50)));
    o.put("p95_ms", round(Percentiles.nearestRank(v, 0.95)));
    o.put("p99_ms", round(Percentiles.nearestRank(v, 0.99)));
    o.put("max_ms", round(Percentiles.nearestRank(v, 1.0)));
    return o;
  }

  /**
   * One first look; false when it was not answered with 200 (the server stopped it past its query budget, or it
   * outlasted the bench's wait, longer than that budget): counted apart, so that one slow call on a busy machine does
   * not lose the other figures. Any other status is a bug in the bench or the server and stops the bench.
   */
  private static boolean sendCounted(HttpClient http, String url) throws Exception {
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

  private static HttpRequest request(String url) {
    return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build();
  }

  private static String url(String base, String endpoint, String state) {
    String path = endpoint.substring(1);
    if (state.isEmpty() || endpoint.equals(UNFILTERED)) {
      return base + path;
    }
    return base + path + (path.contains("?") ? state : "?" + state.substring(1));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Other processes on the same cores move every figure: the report says how busy the machine was. */
  private static double loadAverage() {
    return round(java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
