package dev.chorus.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.json.JsonConfig;
import dev.chorus.report.HtmlReport;
import dev.chorus.store.QueryBudget;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * The HTTP server: the route table of {@link ApiRoutes}, the dashboard's static files (from the jar), ECharts from
 * its WebJar, security headers and access checks before every request, and errors mapped by {@link ApiErrors}.
 */
public final class ChorusServer implements AutoCloseable {
  static final String WEB_ROOT = "/dev/chorus/server/web";
  /** ECharts from its WebJar; a folder in a dependency jar cannot be a static-files root, so it has its own route. */
  static final String ECHARTS = "/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
  /** The report's stylesheet, for the report's pages this server serves (its CSP allows no inline style). */
  static final String REPORT_CSS = "/report.css";

  private final Javalin app;
  private final ServerOptions options;
  private final List<ApiRoute> routes;
  private final ChorusApi api;
  /** Routes whose answers are cheap and always wanted (monitoring): they never wait for a turn. */
  private static final Set<String> UNGATED = Set.of("/api/health", "/api/openapi.json", "/api/dimensions");
  /** Answers that come from workspace files rather than the store, which the store's generation does not track. */
  private static final Set<String> UNCACHED = Set.of("/api/alerts", "/api/views", "/api/labelling/next-gain");
  /** Answers that tell what the trained models are: cached per store generation and per state of the models folder. */
  private static final Set<String> MODEL_BACKED = Set.of("/api/models", "/api/help", HelpTopics.METHOD_PAGE);

  private final ResponseCache cache = new ResponseCache(64L << 20);
  private final QueryGate gate;
  private final LongSupplier nanoTime;
  private final PrintStream log;
  private volatile HostCheck hostCheck;

  public ChorusServer(ChorusApi api, ServerOptions options, PrintStream log) {
    this(api, options, log, List.of(), System::nanoTime);
  }

  /** Tests add routes of their own (a request that blocks) and a clock they move. */
  ChorusServer(ChorusApi api, ServerOptions options, PrintStream log, List<ApiRoute> extraRoutes,
      LongSupplier nanoTime) {
    this.options = options;
    this.api = api;
    this.log = log;
    this.nanoTime = nanoTime;
    this.gate = new QueryGate(options.limits());
    List<ApiRoute> all = new ArrayList<>(ApiRoutes.table(api));
    all.addAll(extraRoutes);
    this.routes = List.copyOf(all);
    ObjectMapper json = JsonConfig.mapper();
    ApiErrors errors = new ApiErrors(json, log);
    this.app = Javalin.create(config -> configure(config, json, errors));
  }

  private void configure(JavalinConfig config, ObjectMapper json, ApiErrors errors) {
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.jetty.host = options.bind();
    config.jetty.port = options.port();
    config.staticFiles.add(sf -> {
      sf.hostedPath = "/";
      sf.directory = WEB_ROOT;
      sf.location = Location.CLASSPATH;
    });
    byte[] echarts = resource(ECHARTS);
    config.routes.get("/vendor/echarts.min.js", ctx -> ctx.contentType("text/javascript; charset=utf-8")
        .header("Cache-Control", "max-age=86400").result(echarts));
    config.routes.get(REPORT_CSS, ctx -> ctx.contentType("text/css; charset=utf-8").result(HtmlReport.CSS));
    config.routes.before(ctx -> {
      SecurityHeaders.apply(ctx);
      hostCheck().check(ctx.header("Host"));
      options.access().check(ctx);
      CrossSiteCheck.check(ctx.method().name(), ctx.header("Host"), ctx.header("Origin"),
          ctx.header("Sec-Fetch-Site"));
    });
    for (ApiRoute route : routes) {
      config.routes.addHttpHandler(handlerType(route.method()), route.path(), ctx -> respond(ctx, route, json));
    }
    config.routes.exception(HttpResponseException.class, errors::handle);
    config.routes.exception(Exception.class, errors::handle);
  }

  private static byte[] resource(String name) {
    try (java.io.InputStream in = ChorusServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing from the build: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static HandlerType handlerType(String method) {
    return switch (method) {
      case "GET" -> HandlerType.GET;
      case "POST" -> HandlerType.POST;
      case "PUT" -> HandlerType.PUT;
      case "DELETE" -> HandlerType.DELETE;
      default -> throw new IllegalArgumentException("route method " + method + " is not supported");
    };
  }

  /** The names this server answers to, known once it listens (its port may have been chosen then). */
  private HostCheck hostCheck() {
    HostCheck h = hostCheck;
    if (h == null) {
      h = HostCheck.of(options.bind(), port(), options.allowedHosts(), log);
      hostCheck = h;
    }
    return h;
  }

  /** A cached answer, else the route's answer computed in a turn of the gate, within the query budget. */
  private void respond(Context ctx, ApiRoute route, ObjectMapper json) throws Exception {
    ApiRequest request = new ApiRequest(route, ctx.queryParamMap(), ctx::pathParam,
        () -> jsonBody(ctx.header("Content-Type"), ctx.body()), api.workspaceRoot(), api.timeZone());
    ctx.header("Cache-Control", "no-store");
    // keyed by the parameters with a saved view expanded: an edited views.yaml never serves the view's old answer
    String key = route.method().equals("GET") && !UNCACHED.contains(route.path())
        ? ResponseCache.key(ctx.path(), request.parameters()) : null;
    if (key != null && MODEL_BACKED.contains(route.path())) {
      key += "#models=" + api.modelsStamp(); // a model trained without a new ingest shows at once
    }
    long generation = key == null ? 0 : api.storeGeneration(); // read first: the answer is at least this new
    byte[] cached = key == null ? null : cache.get(generation, key);
    String contentType = route.contentType() + "; charset=utf-8";
    if (cached != null) {
      ctx.contentType(contentType).result(cached);
      return;
    }
    Object result;
    try (QueryGate.Turn turn = UNGATED.contains(route.path()) ? () -> { } : gate.enter()) {
      result = QueryBudget.within(options.limits().queryBudget(), nanoTime, () -> route.handler().handle(request));
    } catch (StackOverflowError e) {
      // every recursion a request can drive is bounded before it runs; one that is not is a bug, answered as one
      throw new IllegalStateException("stack overflow", e);
    }
    if (result instanceof CsvDownload csv) {
      ctx.contentType("text/csv; charset=utf-8");
      ctx.header("Content-Disposition", "attachment; filename=\"" + csv.fileName().replaceAll("[^A-Za-z0-9._-]", "_")
          + "\"; filename*=UTF-8''" + URLEncoder.encode(csv.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
      Writer w = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
      csv.body().write(w);
      w.flush();
      return;
    }
    byte[] body = result instanceof HtmlPage page ? page.html().getBytes(StandardCharsets.UTF_8)
        : json.writeValueAsBytes(result);
    if (key != null) {
      cache.put(generation, key, body);
    }
    ctx.contentType(contentType).result(body);
  }

  /**
   * A request body, only as JSON: a form or text/plain post from another site needs no CORS preflight, a JSON one
   * does (and this server answers none), so no other site can make a browser post here.
   */
  private static String jsonBody(String contentType, String body) {
    if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
      throw new ApiException(415, "send the body as application/json", null);
    }
    return body;
  }

  public ChorusServer start() {
    app.start();
    return this;
  }

  /** The port listened on (the chosen one when started on port 0). */
  public int port() {
    return app.port();
  }

  /** The address to open in a browser. */
  public String url() {
    String host = options.bind().contains(":") ? "[" + options.bind() + "]" : options.bind();
    if ("0.0.0.0".equals(host) || "[::]".equals(host)) {
      host = "localhost";
    }
    return "http://" + host + ":" + port() + "/";
  }

  /** The gate requests wait at (tests look at its queue). */
  QueryGate gate() {
    return gate;
  }

  public List<ApiRoute> routes() {
    return routes;
  }

  @Override
  public void close() {
    app.stop();
  }
}
