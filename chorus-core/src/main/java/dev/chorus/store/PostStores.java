package dev.chorus.store;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens a store from its URL. {@code lucene:PATH}, {@code file:PATH} and a bare {@code PATH} are the embedded Lucene
 * index in that folder (relative to {@link StoreOptions#baseDir()}); any other scheme is looked up among the
 * {@link PostStoreProvider}s on the class path, and an unknown one is refused with the list of known ones.
 */
public final class PostStores {
  /** The scheme of the embedded index, which {@code file:} and bare paths mean. */
  public static final String DEFAULT_SCHEME = "lucene";
  /** The store of a workspace that names none: the embedded index in its folder {@code index}. */
  public static final String DEFAULT_LOCATION = DEFAULT_SCHEME + ":index";

  /** A scheme of two letters or more, so that a Windows drive ({@code C:\data}) reads as a path. */
  private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]+):(.*)", Pattern.DOTALL);

  private PostStores() {}

  /** Opens the store at a location as written by a user: a URL or a bare path. */
  public static PostStore open(String location, StoreOptions options) throws IOException {
    return open(parse(location), options);
  }

  public static PostStore open(URI uri, StoreOptions options) throws IOException {
    return provider(uri).open(uri, options);
  }

  /** The local folder of the store at a URL, if it keeps its data on this machine's disk. */
  public static Optional<Path> folder(URI uri, Path baseDir) {
    return provider(uri).folder(uri, baseDir);
  }

  /** See {@link PostStoreProvider#delete}: deletes the store at {@code uri} with every post in it. */
  public static void delete(URI uri, Path baseDir) throws IOException {
    provider(uri).delete(uri, baseDir);
  }

  /** See {@link PostStoreProvider#staleness}: why the store at {@code uri} needs rewriting, if it does. */
  public static Optional<String> staleness(URI uri, Path baseDir) throws IOException {
    return provider(uri).staleness(uri, baseDir);
  }

  /**
   * A location as a URL: {@code file:} and bare paths become {@code lucene:}. A location that is already a valid URL
   * keeps its escapes ({@code file:///data/my%20index}); in any other, and in every bare path, characters that a URL
   * cannot hold (spaces) are quoted, so any folder name works.
   */
  public static URI parse(String location) {
    if (location == null || location.isBlank()) {
      throw new IllegalArgumentException("store location is empty: expected a URL such as " + DEFAULT_LOCATION
          + " or a folder path");
    }
    String text = location.strip();
    Matcher m = SCHEME.matcher(text);
    if (!m.matches()) {
      return quoted(DEFAULT_SCHEME, text, location);
    }
    String scheme = m.group(1).toLowerCase(Locale.ROOT);
    String rest = m.group(2);
    if (rest.isBlank()) {
      throw new IllegalArgumentException("store location '" + location + "' has nothing after '" + scheme
          + ":': expected for example " + DEFAULT_LOCATION);
    }
    String target = scheme.equals("file") ? DEFAULT_SCHEME : scheme;
    try {
      return new URI(target + ":" + rest);
    } catch (URISyntaxException notEscaped) {
      return quoted(target, rest, location);
    }
  }

  private static URI quoted(String scheme, String rest, String location) {
    try {
      return new URI(scheme, rest, null);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("store location '" + location + "' is not a valid URL: " + e.getMessage(), e);
    }
  }

  private static PostStoreProvider provider(URI uri) {
    String scheme = uri.getScheme() == null ? DEFAULT_SCHEME : uri.getScheme().toLowerCase(Locale.ROOT);
    Map<String, PostStoreProvider> known = providers();
    PostStoreProvider provider = known.get(scheme);
    if (provider == null) {
      throw new IllegalArgumentException("unknown store scheme '" + scheme + "' in '" + uri + "': known schemes are "
          + String.join(", ", known.keySet()) + " (file: and a bare path mean " + DEFAULT_SCHEME + ":)");
    }
    return provider;
  }

  /** The providers on the class path by scheme, sorted for messages. */
  static Map<String, PostStoreProvider> providers() {
    Map<String, PostStoreProvider> byScheme = new TreeMap<>();
    for (PostStoreProvider p : ServiceLoader.load(PostStoreProvider.class, PostStores.class.getClassLoader())) {
      PostStoreProvider clash = byScheme.putIfAbsent(p.scheme().toLowerCase(Locale.ROOT), p);
      if (clash != null) {
        throw new IllegalStateException("two store providers for scheme '" + p.scheme() + "': "
            + clash.getClass().getName() + " and " + p.getClass().getName());
      }
    }
    return byScheme;
  }
}
