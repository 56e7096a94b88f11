package dev.chorus.views;

import dev.chorus.store.InvalidFilterException;
import dev.chorus.store.PostQueryParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code view} filter: {@code view=NAME} (API) and {@code --view NAME} (CLI) stand for the saved view's filter
 * values. It is expanded here, once, before {@link PostQueryParser#parse} reads the values, so every route and
 * command that takes filters takes a view with no code of its own. A filter given next to the view replaces the saved
 * filter of the same name (the view is a starting point: {@code view=fa-talks&since=2025-05-01} narrows its time).
 */
public final class ViewFilter {
  public static final String NAME = "view";

  /** How the filter is listed next to the others (API document, CLI help, the page). */
  public static final PostQueryParser.Filter FILTER = new PostQueryParser.Filter(NAME, false,
      "A saved view of the workspace (views.yaml): its filters apply; a filter given next to it replaces the saved "
          + "one of the same name.", "Saved view", "name");

  private ViewFilter() {}

  /**
   * The filter values with the named view's filters filled in under the given ones, {@code view} itself left out;
   * the values as they are when no view is named (the file is not read then).
   *
   * @throws InvalidFilterException naming {@code view} when no view has that name, with the known names
   */
  public static Map<String, List<String>> expand(Map<String, List<String>> given, Path workspace)
      throws IOException {
    String name = PostQueryParser.single(given, NAME);
    Map<String, List<String>> out = new LinkedHashMap<>(given);
    out.remove(NAME);
    if (name == null) {
      return out;
    }
    SavedViews views = SavedViews.load(workspace);
    SavedView view = views.find(name).orElseThrow(() -> new InvalidFilterException(NAME, "no saved view '" + name
        + "' in " + views.file() + "; known: " + views.known()));
    view.filters().forEach((filter, values) -> {
      if (!isGiven(out.get(filter))) {
        out.put(filter, values);
      }
    });
    return out;
  }

  private static boolean isGiven(List<String> values) {
    return values != null && values.stream().anyMatch(v -> v != null && !v.isBlank());
  }
}
