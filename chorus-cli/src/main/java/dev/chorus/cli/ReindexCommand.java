package dev.chorus.cli;

import dev.chorus.json.JsonConfig;
import dev.chorus.store.PostStore;
import dev.chorus.workspace.Workspace;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code chorus reindex [--json]}: rewrite the index with this version's analysis, keeping every post. */
@Command(name = "reindex", description = "Rewrite the workspace's index with this version's text analysis and "
    + "fields (after an upgrade says so); every post, label and provenance is kept.")
final class ReindexCommand implements Callable<Integer> {
  @ParentCommand ChorusCommand parent;
  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Workspace ws = parent.workspace();
    if (!ws.hasIndex()) {
      throw new IllegalArgumentException(ws.root() + " has no index: nothing to rewrite (chorus ingest FILES first)");
    }
    boolean wasStale = ws.staleness().isPresent();
    long start = System.nanoTime();
    long posts;
    try (PostStore store = ws.openStore(true)) {
      posts = store.reindex();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    var o = JsonConfig.mapper().createObjectNode();
    o.put("posts", posts).put("was_stale", wasStale).put("seconds", Math.round(seconds * 100) / 100.0);
    spec.commandLine().getOut().println(json ? JsonConfig.mapper().writeValueAsString(o)
        : String.format(java.util.Locale.ROOT, "rewrote %,d posts in %.1f s%s", posts, seconds,
            wasStale ? " (the index was built by an older version)" : ""));
    return ExitCodes.OK;
  }
}
