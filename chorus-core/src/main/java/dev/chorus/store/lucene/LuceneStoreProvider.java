package dev.chorus.store.lucene;

import dev.chorus.store.PostStore;
import dev.chorus.store.PostStoreProvider;
import dev.chorus.store.PostStores;
import dev.chorus.store.StoreOptions;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The embedded index as a URL: {@code lucene:index} (relative to the workspace), {@code lucene:/abs/path} or
 * {@code lucene:///abs/path} (the {@code file:} forms are rewritten to these by {@link PostStores#parse}).
 */
public final class LuceneStoreProvider implements PostStoreProvider {
  @Override
  public String scheme() {
    return PostStores.DEFAULT_SCHEME;
  }

  @Override
  public PostStore open(URI uri, StoreOptions options) throws IOException {
    Path dir = indexDir(uri, options.baseDir());
    return options.writable() ? LucenePostStore.openWritable(dir) : LucenePostStore.openReadOnly(dir);
  }

  @Override
  public Optional<Path> folder(URI uri, Path baseDir) {
    return Optional.of(indexDir(uri, baseDir));
  }

  @Override
  public Optional<String> staleness(URI uri, Path baseDir) throws IOException {
    return IndexFormat.staleness(indexDir(uri, baseDir));
  }

  /** The folder a URL names: its path, resolved against the base folder when relative. */
  static Path indexDir(URI uri, Path baseDir) {
    String path = uri.getSchemeSpecificPart();
    if (path.startsWith("//")) { // lucene:///abs or file://localhost/abs: an authority, which must be this machine
      int slash = path.indexOf('/', 2);
      String host = slash < 0 ? path.substring(2) : path.substring(2, slash);
      if (!host.isEmpty() && !host.equalsIgnoreCase("localhost")) {
        throw new IllegalArgumentException("store '" + uri + "': the embedded index is a folder on this machine, "
            + "not on host '" + host + "'");
      }
      path = slash < 0 ? "/" : path.substring(slash);
    }
    if (path.isBlank()) {
      throw new IllegalArgumentException("store '" + uri + "' names no folder: expected lucene:FOLDER");
    }
    Path dir = Path.of(path);
    return (dir.isAbsolute() || baseDir == null ? dir : baseDir.resolve(dir)).toAbsolutePath().normalize();
  }
}
