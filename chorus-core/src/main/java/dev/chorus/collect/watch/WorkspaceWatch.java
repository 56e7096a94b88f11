package dev.chorus.collect.watch;

import dev.chorus.collect.CollectService;
import dev.chorus.collect.CollectorKinds;
import dev.chorus.collect.CursorStore;
import dev.chorus.collect.HostBudget;
import dev.chorus.ingest.IngestService;
import dev.chorus.privacy.Pseudonymizer;
import dev.chorus.source.SourceRegistry;
import dev.chorus.store.PostStore;
import dev.chorus.workspace.Workspace;
import java.io.Closeable;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.Random;

/**
 * A watch over one workspace: its {@code sources.yaml} read and checked, its store open for writing for as long as the
 * watch lasts (so a concurrent ingest is refused by the store's lock, as two ingests are), and one collect service
 * whose requests share the plan's per-host budget. The cursors and run files are those of {@code chorus collect}, so
 * a watch continues where a manual collect stopped and the other way round.
 */
public final class WorkspaceWatch implements Closeable {
  private final WatchSources.Plan plan;
  private final PostStore store;
  private final CollectService service;
  private final Map<String, String> env;
  private final Pseudonymizer pseudonymizer;
  private final Clock clock;
  private boolean closed;

  private WorkspaceWatch(WatchSources.Plan plan, PostStore store, CollectService service, Map<String, String> env,
      Pseudonymizer pseudonymizer, Clock clock) {
    this.plan = plan;
    this.store = store;
    this.service = service;
    this.env = env;
    this.pseudonymizer = pseudonymizer;
    this.clock = clock;
  }

  /** Reads and checks the plan first (a bad file opens nothing), then opens the store for writing. */
  public static WorkspaceWatch open(Workspace ws, Map<String, String> env, Clock clock) throws IOException {
    Pseudonymizer pseudonymizer = ws.pseudonymizer(env);
    WatchSources.Plan plan = WatchSources.load(WatchSources.file(ws.root()), env, pseudonymizer);
    ws.create();
    PostStore store = ws.openStore(true);
    try {
      SourceRegistry sources = SourceRegistry.loadDefault();
      IngestService ingest = new IngestService(sources, pseudonymizer, ws.annotationChain(env), store,
          ws.rejectsDir(), clock);
      HostBudget budget = new HostBudget(plan.hostBudget());
      CollectService.HttpFactory http = redact -> CollectService.defaultHttp(clock).create(redact)
          .withHostBudget(budget);
      CollectService service = new CollectService(ingest, sources,
          new CursorStore(ws.root().resolve("collect").resolve("cursors.json")), ws.runsDir(), http, clock);
      return new WorkspaceWatch(plan, store, service, env, pseudonymizer, clock);
    } catch (IOException | RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /** The store the watch writes to (open for as long as the watch), for what runs after each collection (alerts). */
  public PostStore store() {
    return store;
  }

  public WatchSources.Plan plan() {
    return plan;
  }

  /** A watcher over this workspace's sources; run it, stop it from any thread, then close this watch. */
  public Watcher watcher(Watcher.Listener listener) {
    Watcher.Runner runner = (s, stop) -> service.collect(s.kind(),
        CollectorKinds.create(s.kind(), s.options(), env, pseudonymizer), s.maxPages(), stop);
    return new Watcher(plan.sources(), runner, clock, new Backoff(new Random()), listener);
  }

  /** Closes the store; a second call does nothing. */
  @Override
  public synchronized void close() throws IOException {
    if (!closed) {
      closed = true;
      store.close();
    }
  }
}
