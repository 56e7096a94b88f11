package dev.chorus.store;

import java.nio.file.Path;

/**
 * How to open a store.
 *
 * @param baseDir the folder a relative location resolves against (the workspace's root)
 * @param writable true for ingest (one writer per store), false for queries (which follow the writer's commits)
 */
public record StoreOptions(Path baseDir, boolean writable) {
  public static StoreOptions readOnly(Path baseDir) {
    return new StoreOptions(baseDir, false);
  }

  public static StoreOptions writable(Path baseDir) {
    return new StoreOptions(baseDir, true);
  }
}
