package dev.chorus.server;

import dev.chorus.coverage.PlatformCoverageService;
import dev.chorus.post.Post;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostStore;
import dev.chorus.store.SearchOrder;
import dev.chorus.store.SearchPage;
import dev.chorus.volume.VolumeDimension;
import dev.chorus.volume.VolumeService;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The handlers of the API: each reads its parameters, calls one core service and returns its result. No analysis
 * happens here, so the API, the CLI and the report show the same figures.
 */
public final class ChorusApi {
  static final int MAX_LIMIT = 1000;

  private final PostStore store;
  private final PlatformCoverageService coverage;
  private final VolumeService volume;
  private final String version;
  private final boolean allowLabelling;

  public ChorusApi(PostStore store, PlatformCoverageService coverage, String version, boolean allowLabelling) {
    this.store = store;
    this.coverage = coverage;
    this.volume = new VolumeService(store);
    this.version = version;
    this.allowLabelling = allowLabelling;
  }

  String version() {
    return version;
  }

  Object health(ApiRequest r) throws IOException {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("status", "ok");
    out.put("version", version);
    out.put("posts", store.count());
    out.put("labelling", allowLabelling);
    return out;
  }

  Object search(ApiRequest r) throws IOException {
    PostQuery q = r.filters();
    int limit = r.integer("limit", 20, 0, MAX_LIMIT);
    SearchOrder order = r.choice("sort", "newest", List.of("newest", "relevance")).equals("relevance")
        ? SearchOrder.RELEVANCE : SearchOrder.NEWEST;
    SearchPage page = withQueryText(q, () -> store.search(q, limit, order));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("total", page.total());
    out.put("limit", limit);
    out.put("posts", page.posts().stream().map(PostView::of).toList());
    return out;
  }

  Object stats(ApiRequest r) throws IOException {
    PostQuery q = r.filters();
    return withQueryText(q, () -> store.stats(q));
  }

  Object coverage(ApiRequest r) throws IOException {
    PostQuery q = r.filters();
    return withQueryText(q, () -> coverage.coverage(q));
  }

  Object volume(ApiRequest r) throws IOException {
    PostQuery q = r.filters();
    VolumeDimension by = VolumeDimension.fromId(r.choice("by", "lang",
        java.util.Arrays.stream(VolumeDimension.values()).map(VolumeDimension::id).toList()));
    int top = r.integer("top", VolumeService.DEFAULT_TOP, 1, 20);
    return withQueryText(q, () -> volume.volume(q, by, top));
  }

  Object post(ApiRequest r) throws IOException {
    String id = r.path("id");
    Post p = store.get(id).orElseThrow(() -> ApiException.notFound("no post with id '" + id + "'", "id"));
    return PostView.of(p);
  }

  Object exportCsv(ApiRequest r) throws IOException {
    PostQuery q = r.filters();
    withQueryText(q, () -> store.search(q, 0, SearchOrder.NEWEST)); // a bad query is a 400 before the download starts
    return new CsvDownload(ExportNames.fileName("chorus-posts", r.parameters(), "csv"), out -> {
      try (PostCsv csv = new PostCsv(new BufferedWriter(out))) {
        store.forEach(q, p -> {
          try {
            csv.write(p);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      }
    });
  }

  /** Labelling is off unless the server was started with --allow-labelling; the editor itself is not built yet. */
  Object label(ApiRequest r) {
    if (!allowLabelling) {
      throw new ApiException(403, "labelling is off: start the server with --allow-labelling", null);
    }
    throw new ApiException(501, "labelling from the dashboard is not implemented yet", null);
  }

  /** Runs a store call; the store's "not valid Lucene syntax" becomes a 400 naming {@code q}. */
  private static <T> T withQueryText(PostQuery q, StoreCall<T> call) throws IOException {
    try {
      return call.run();
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameter(q.text() != null ? "q" : null, e.getMessage());
    }
  }

  @FunctionalInterface
  private interface StoreCall<T> {
    T run() throws IOException;
  }
}
