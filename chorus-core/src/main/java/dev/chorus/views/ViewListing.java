package dev.chorus.views;

import dev.chorus.store.PostStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The saved views as {@code chorus views} and {@code GET /api/views} list them: name, description, filters and the
 * number of posts each matches in the store now (so a view gone empty after a re-ingest shows as 0, not silently).
 */
public final class ViewListing {
  /** One view with its count; {@code filters} are the saved values under the filter names. */
  public record Entry(String name, String description, Map<String, List<String>> filters, long posts) {}

  private ViewListing() {}

  public static List<Entry> of(SavedViews views, PostStore store) throws IOException {
    return of(views, store, dev.chorus.store.TimeZones.DEFAULT);
  }

  /** The views with the posts each matches now, their days read in {@code zone} (the workspace's). */
  public static List<Entry> of(SavedViews views, PostStore store, java.time.ZoneId zone) throws IOException {
    List<Entry> out = new ArrayList<>();
    for (SavedView v : views.views()) {
      out.add(new Entry(v.name(), v.description(), v.filters(), store.count(v.query(zone))));
    }
    return out;
  }
}
