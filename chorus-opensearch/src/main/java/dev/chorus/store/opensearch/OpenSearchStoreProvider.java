package dev.chorus.store.opensearch;

import dev.chorus.store.PostStore;
import dev.chorus.store.PostStoreProvider;
import dev.chorus.store.StoreOptions;
import java.io.IOException;
import java.net.URI;
import java.util.regex.Pattern;

/**
 * {@code opensearch://host:port/index}: the index {@code index} of the node at {@code http://host:port} (port 9200
 * when not given). A workspace names it in {@code workspace.yaml} ({@code store: opensearch://127.0.0.1:9200/posts});
 * every read command, {@code serve} and ingest then use it.
 */
public final class OpenSearchStoreProvider implements PostStoreProvider {
  public static final String SCHEME = "opensearch";
  private static final Pattern INDEX = Pattern.compile("[a-z0-9][a-z0-9_.-]*");

  @Override
  public String scheme() {
    return SCHEME;
  }

  @Override
  public PostStore open(URI uri, StoreOptions options) throws IOException {
    return OpenSearchPostStore.open(new OpenSearchConnection(node(uri)), index(uri), options.writable(), 1, 0);
  }

  @Override
  public void delete(URI uri, java.nio.file.Path baseDir) throws IOException {
    try (OpenSearchConnection connection = new OpenSearchConnection(node(uri))) {
      OpenSearchConnection.Reply r = connection.send("DELETE", "/" + index(uri), java.util.Map.of(), null);
      if (!r.ok() && r.status() != 404) {
        throw connection.failure("delete the index " + index(uri), r);
      }
    }
  }

  /** The node's HTTP address of a store URL. */
  static URI node(URI uri) {
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("store '" + uri + "' names no host: expected " + SCHEME
          + "://HOST:PORT/INDEX, e.g. opensearch://127.0.0.1:9200/posts");
    }
    return URI.create("http://" + uri.getHost() + ":" + (uri.getPort() < 0 ? 9200 : uri.getPort()));
  }

  /** The index a store URL names: its path without the leading slash. */
  static String index(URI uri) {
    String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "").replaceFirst("/$", "");
    if (!INDEX.matcher(path).matches()) {
      throw new IllegalArgumentException("store '" + uri + "': '" + path + "' is not an index name (lower-case "
          + "letters, digits, '_', '-', '.'): expected " + SCHEME + "://HOST:PORT/INDEX");
    }
    return path;
  }
}
