package dev.chorus.cli;

import dev.chorus.server.AccessPolicy;
import dev.chorus.server.ChorusApi;
import dev.chorus.server.ChorusServer;
import dev.chorus.server.ServerLimits;
import dev.chorus.server.ServerOptions;
import java.util.List;
import dev.chorus.store.PostStore;
import dev.chorus.workspace.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** Serves a workspace's dashboard until the process is interrupted (Ctrl-C); shared by serve and demo. */
final class Serving {
  private Serving() {}

  static void serveUntilInterrupted(Workspace ws, String bind, int port, boolean allowLabelling,
      Map<String, String> env, PrintWriter out) throws IOException, InterruptedException {
    serveUntilInterrupted(ws, bind, port, allowLabelling, List.of(), ServerLimits.defaults(), env, out);
  }

  /** @param allowedHosts and {@code limits}: see {@link ServerOptions} */
  static void serveUntilInterrupted(Workspace ws, String bind, int port, boolean allowLabelling,
      List<String> allowedHosts, ServerLimits limits, Map<String, String> env, PrintWriter out)
      throws IOException, InterruptedException {
    if (!ws.hasIndex()) {
      throw new IllegalArgumentException(ws.root() + " has no index yet: ingest something first ("
          + "chorus --workspace " + ws.root() + " ingest FILES)");
    }
    String token = env.get(AccessPolicy.ENV);
    token = token == null || token.isBlank() ? null : token;
    boolean generated = false;
    if (token == null && !AccessPolicy.isLoopback(bind)) {
      token = AccessPolicy.generateToken(new SecureRandom());
      generated = true;
    }
    ServerOptions options = new ServerOptions(bind, port, AccessPolicy.forBinding(bind, token), allowLabelling,
        allowedHosts, limits);
    PostStore store = ws.openStore(false);
    ChorusApi api;
    try {
      api = new ChorusApi(ws, store, ws.pseudonymizer(env), ChorusCommand.versionString(), allowLabelling);
    } catch (IOException | RuntimeException e) {
      store.close();
      throw e;
    }
    ChorusServer server;
    try {
      server = new ChorusServer(api, options, System.err).start();
    } catch (RuntimeException e) {
      store.close();
      throw new IOException("cannot serve on " + bind + ":" + port + ": " + rootMessage(e), e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      try {
        store.close();
      } catch (IOException ignored) {
        // the process is ending; the store was opened read-only
      }
      stopped.countDown();
    }, "chorus-serve-shutdown"));
    out.println("Dashboard: " + server.url() + (generated ? "?token=" + token : ""));
    if (generated) {
      out.println("Access token (shown once; set " + AccessPolicy.ENV + " to choose your own): " + token);
    }
    out.println("API: " + server.url() + "api/openapi.json   (Ctrl-C to stop)");
    out.flush();
    stopped.await();
  }

  private static String rootMessage(Throwable t) {
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }
}
