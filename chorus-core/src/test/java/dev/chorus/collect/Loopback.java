package dev.chorus.collect;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP server on loopback (the JDK's {@code com.sun.net.httpserver}, port 0) that stands in for a platform:
 * each path answers through a handler written from the platform's documentation, and every request it received is
 * kept for assertions. No test reaches the internet.
 */
final class Loopback implements AutoCloseable {
  /** A request as the server saw it. */
  record Request(String path, Map<String, String> query, Map<String, List<String>> headers) {
    String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }
  }

  /** An answer: status, headers, body; {@code truncateAt} >= 0 sends only that many bytes (chunked, cleanly ended). */
  record Reply(int status, Map<String, String> headers, String body, int truncateAt) {
    static Reply json(String body) {
      return new Reply(200, Map.of("Content-Type", "application/json; charset=utf-8"), body, -1);
    }

    static Reply status(int status, Map<String, String> headers) {
      return new Reply(status, headers, "", -1);
    }

    Reply with(String header, String value) {
      Map<String, String> h = new LinkedHashMap<>(headers);
      h.put(header, value);
      return new Reply(status, h, body, truncateAt);
    }

    Reply truncated() {
      return new Reply(status, headers, body, body.getBytes(StandardCharsets.UTF_8).length / 2);
    }
  }

  interface Handler {
    Reply answer(Request request);
  }

  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final Map<String, Handler> routes = new LinkedHashMap<>();

  Loopback() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    // one thread per exchange, so that a slow answer does not hold up the next request
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
  }

  /** Answers requests whose path starts with {@code prefix}. */
  Loopback route(String prefix, Handler handler) {
    routes.put(prefix, handler);
    return this;
  }

  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  void forget() {
    requests.clear();
  }

  private void handle(HttpExchange ex) throws IOException {
    URI uri = ex.getRequestURI();
    Request req = new Request(uri.getPath(), query(uri.getRawQuery()), Map.copyOf(ex.getRequestHeaders()));
    requests.add(req);
    Handler h = routes.entrySet().stream().filter(e -> uri.getPath().startsWith(e.getKey())).map(Map.Entry::getValue)
        .findFirst().orElse(r -> Reply.status(404, Map.of()));
    Reply reply = h.answer(req);
    reply.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
    byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
    boolean noBody = reply.status() == 304 || body.length == 0;
    ex.sendResponseHeaders(reply.status(), noBody ? -1 : reply.truncateAt() >= 0 ? 0 : body.length);
    if (!noBody) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body, 0, reply.truncateAt() >= 0 ? reply.truncateAt() : body.length);
      }
    }
    ex.close();
  }

  static Map<String, String> query(String raw) {
    Map<String, String> out = new LinkedHashMap<>();
    if (raw == null) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      out.put(k, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return out;
  }

  @Override
  public void close() {
    server.stop(0);
  }

  static List<String> list(String... values) {
    return new ArrayList<>(List.of(values));
  }
}
