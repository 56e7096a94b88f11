package dev.chorus.store;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One kind of store, named by the scheme of its URL ({@code lucene:index}, later {@code opensearch://host:9200/posts}).
 * A new kind is one class implementing this, listed in {@code META-INF/services/dev.chorus.store.PostStoreProvider};
 * {@link PostStores} finds it by its scheme.
 */
public interface PostStoreProvider {
  /** The URL scheme this provider opens, in lower case. */
  String scheme();

  /**
   * Opens the store a URL of this scheme names.
   *
   * @param uri the store's URL; its scheme is {@link #scheme()}
   * @param options writable or not, and the folder relative locations are resolved against
   */
  PostStore open(URI uri, StoreOptions options) throws IOException;

  /** The folder on this machine's disk that holds the store's data, if it has one. */
  default Optional<Path> folder(URI uri, Path baseDir) {
    return Optional.empty();
  }

  /**
   * Deletes every post of the store a URL names (a demo replaces its own store this way); a store that does not
   * exist is left alone. A store that keeps a folder here is deleted with its folder by whoever owns that folder.
   */
  default void delete(URI uri, Path baseDir) throws IOException {
    throw new UnsupportedOperationException("stores of scheme " + scheme() + " cannot be deleted by Chorus");
  }

  /** Why the store a URL names was built by an older version and needs rewriting, read without opening it. */
  default Optional<String> staleness(URI uri, Path baseDir) throws IOException {
    return Optional.empty();
  }
}
