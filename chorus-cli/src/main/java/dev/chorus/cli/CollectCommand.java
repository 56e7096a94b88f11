package dev.chorus.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.collect.CollectRun;
import dev.chorus.collect.CollectService;
import dev.chorus.collect.Collector;
import dev.chorus.collect.CollectorKinds;
import dev.chorus.collect.CursorStore;
import dev.chorus.ingest.IngestService;
import dev.chorus.json.JsonConfig;
import dev.chorus.source.SourceRegistry;
import dev.chorus.store.PostStore;
import dev.chorus.workspace.Workspace;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chorus collect KIND [options]}: one collector run (see {@code dev.chorus.collect}). */
@Command(name = "collect", description = "Run a collector once: fetch what is new on a platform since its last run, "
    + "store it like an ingest, keep its position in the workspace.")
final class CollectCommand implements Callable<Integer> {
  @ParentCommand ChorusCommand parent;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "KIND", description = "The collector (listed below).")
  String kind;

  @Parameters(index = "1", arity = "0..1", paramLabel = "URL", description = "The feed's address (rss).")
  String url;

  @Option(names = "--instance", paramLabel = "URL", description = "Mastodon instance, e.g. https://mastodon.social; "
      + "Jetstream instance, e.g. wss://jetstream2.us-east.bsky.network.")
  String instance;

  @Option(names = "--tag", paramLabel = "TAG", description = "Mastodon hashtag timeline.")
  String tag;

  @Option(names = "--account", paramLabel = "ID", description = "Mastodon account timeline (numeric account id).")
  String account;

  @Option(names = "--timeline", paramLabel = "public|local", description = "Mastodon public timeline.")
  String timeline;

  @Option(names = "--query", paramLabel = "Q", description = "Search query (bluesky, x).")
  String query;

  @Option(names = "--actor", paramLabel = "HANDLE", description = "Bluesky author feed (handle or DID).")
  String actor;

  @Option(names = "--subreddit", paramLabel = "NAME", description = "Subreddit (reddit).")
  String subreddit;

  @Option(names = "--comments", description = "The subreddit's new comments instead of its new posts (reddit).")
  boolean comments;

  @Option(names = "--did", paramLabel = "DID", description = "Jetstream: only these accounts' events (repeatable).")
  java.util.List<String> dids;

  @Option(names = "--collection", paramLabel = "NSID", description = "Jetstream: only these record types "
      + "(repeatable; default app.bsky.feed.post).")
  java.util.List<String> collections;

  @Option(names = "--for", paramLabel = "DURATION", description = "Jetstream: how long to read (30s, 10m; "
      + "default 60s).")
  String forDuration;

  @Option(names = "--folder", paramLabel = "PATH", description = "telegram-export: the folder where Telegram "
      + "Desktop exports land.")
  String folder;

  @Option(names = "--endpoint", paramLabel = "URL", description = "The API's base address (bluesky, reddit, x); "
      + "default: the platform's public one.")
  String endpoint;

  @Option(names = "--max-pages", paramLabel = "N", defaultValue = "10",
      description = "Pages fetched at most in this run (default: ${DEFAULT-VALUE}).")
  int maxPages;

  @Option(names = "--json", description = "Print the summary as one JSON object.")
  boolean json;

  /** The kinds and their options, for the help's footer: read from the registry. */
  static String kindsHelp() {
    return "%nCollectors:%n" + CollectorKinds.ALL.stream().map(k -> "  " + k.kind() + ": " + k.description()
        + "%n    options: " + String.join(", ", k.accepted().stream().map(n -> n.equals("url") ? "URL" : "--" + n)
        .toList()) + (k.credentialEnv() == null ? "" : "; credential: $" + k.credentialEnv()))
        .collect(Collectors.joining("%n")) + "%n";
  }

  @Override
  public Integer call() throws Exception {
    Workspace ws = parent.workspace();
    Collector collector = CollectorKinds.create(kind, options(), parent.env, ws.pseudonymizer(parent.env));
    ws.create();
    CollectRun run;
    try (PostStore store = ws.openStore(true)) {
      IngestService ingest = new IngestService(SourceRegistry.loadDefault(), ws.pseudonymizer(parent.env),
          ws.annotationChain(parent.env), store, ws.rejectsDir(), Clock.systemUTC());
      CollectService service = new CollectService(ingest, SourceRegistry.loadDefault(),
          new CursorStore(ws.root().resolve("collect").resolve("cursors.json")), ws.runsDir(),
          CollectService.defaultHttp(Clock.systemUTC()), Clock.systemUTC());
      run = service.collect(kind, collector, maxPages);
    }
    print(run, spec.commandLine().getOut(), spec.commandLine().getErr());
    return run.clean() ? ExitCodes.OK : ExitCodes.PARTIAL;
  }

  private Map<String, String> options() {
    Map<String, String> o = new LinkedHashMap<>();
    o.put("url", url);
    o.put("instance", instance);
    o.put("tag", tag);
    o.put("account", account);
    o.put("timeline", timeline);
    o.put("query", query);
    o.put("actor", actor);
    o.put("subreddit", subreddit);
    o.put("comments", comments ? "true" : null);
    o.put("endpoint", endpoint);
    o.put("did", dids == null ? null : String.join(",", dids));
    o.put("collection", collections == null ? null : String.join(",", collections));
    o.put("for", forDuration);
    o.put("folder", folder);
    return o;
  }

  private void print(CollectRun run, PrintWriter out, PrintWriter err) throws Exception {
    print(run, json, "", out, err);
  }

  /** One run as collect and watch print it: a summary line (or JSON), its notes, and its gaps and failure on stderr. */
  static void print(CollectRun run, boolean json, String prefix, PrintWriter out, PrintWriter err) throws Exception {
    if (json) {
      out.println(JsonConfig.mapper().writeValueAsString(toJson(run)));
    } else {
      out.printf("%scollect %s %s: fetched %d in %d requests (%d pages); added %d, updated %d, duplicates %d, "
          + "rejected %d; %d posts in the store%n", prefix, run.kind(), run.target(), run.fetched(), run.requests(),
          run.files(), run.added(), run.updated(), run.duplicates(), run.rejected(), run.posts());
      run.notes().forEach(n -> out.println(prefix + "note: " + n));
      out.println(prefix + "run file: " + run.runFile());
    }
    run.gaps().forEach(g -> err.println("chorus: gap: " + g));
    if (run.error() != null) {
      err.println("chorus: stopped early: " + run.error() + " (what was fetched before is stored; the next run "
          + "starts from the last complete position)");
    }
    if (run.rejectsFile() != null) {
      err.println("chorus: " + run.rejected() + " records rejected, see " + run.rejectsFile());
    }
    out.flush();
    err.flush();
  }

  static ObjectNode toJson(CollectRun r) {
    ObjectNode o = JsonConfig.mapper().createObjectNode();
    o.put("kind", r.kind());
    o.put("target", r.target());
    o.put("fetched", r.fetched());
    o.put("added", r.added());
    o.put("updated", r.updated());
    o.put("duplicates", r.duplicates());
    o.put("rejected", r.rejected());
    o.put("requests", r.requests());
    o.put("pages", r.files());
    o.put("posts", r.posts());
    o.putPOJO("gaps", r.gaps());
    o.putPOJO("notes", r.notes());
    o.put("error", r.error());
    o.put("retry_after_seconds", r.retryAfterSeconds());
    o.put("rejects_file", r.rejectsFile());
    o.put("run_file", r.runFile());
    return o;
  }
}
