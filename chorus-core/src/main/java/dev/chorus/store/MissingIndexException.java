package dev.chorus.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A store opened to read posts has no index yet: reading it would answer zeros as if the workspace were empty, and
 * opening it must not create it (only ingest and demo create a workspace). The CLI maps it to a usage error (exit 2).
 */
public final class MissingIndexException extends IOException {
  private static final long serialVersionUID = 1L;

  private final Path indexDir;

  public MissingIndexException(Path indexDir, String message) {
    super(message);
    this.indexDir = indexDir;
  }

  /** The index folder that does not exist; null for a store that keeps no folder here (a cluster index). */
  public Path indexDir() {
    return indexDir;
  }

  /** The same error in a workspace's words: the folder the user named and how to fill it. */
  public MissingIndexException inWorkspace(Path workspaceRoot) {
    String what = (java.nio.file.Files.isDirectory(workspaceRoot) ? "" : "does not exist, so it ")
        + "has no index (" + (indexDir == null ? getMessage() : indexDir) + ")";
    MissingIndexException e = new MissingIndexException(indexDir, "workspace " + workspaceRoot + " " + what
        + ": run 'chorus --workspace " + workspaceRoot + " ingest FILES' first, or 'chorus --workspace "
        + workspaceRoot + " demo'");
    e.initCause(this);
    return e;
  }
}
