package dev.chorus.views;

import dev.chorus.store.InvalidFilterException;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostQueryParser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One saved view: a name, an optional description and filter values under the names of {@link
 * PostQueryParser#FILTERS}, kept as given (not as parsed) so that the file reads back as the analyst wrote it.
 *
 * @param filters filter name to its values, in {@link PostQueryParser#FILTERS} order, blank values left out
 */
public record SavedView(String name, String description, Map<String, List<String>> filters) {
  /** Names are ids: they appear in addresses ({@code view=NAME}), options and alert rules. */
  public static final String NAME_PATTERN = "[a-z0-9][a-z0-9-]*";

  /** The filters a view may set: every filter but {@code view} itself (a view of views could loop). */
  public static final Set<String> FILTER_NAMES = PostQueryParser.FILTERS.stream().map(PostQueryParser.Filter::name)
      .collect(Collectors.toCollection(java.util.LinkedHashSet::new));

  /**
   * Checks the name and every filter value with the parser the CLI and the API use.
   *
   * @throws IllegalArgumentException naming what was expected and what was found
   */
  public SavedView {
    if (name == null || !name.matches(NAME_PATTERN)) {
      throw new IllegalArgumentException("name: expected lower-case letters, digits and dashes (fa-talks); found "
          + (name == null ? "nothing" : "'" + name + "'"));
    }
    description = description == null || description.isBlank() ? null : description.strip();
    filters = ordered(filters);
    try {
      PostQueryParser.parse(filters);
    } catch (InvalidFilterException e) {
      throw new IllegalArgumentException("filter " + e.getMessage(), e);
    }
  }

  /** The posts the view matches, its days read in UTC. */
  public PostQuery query() {
    return PostQueryParser.parse(filters);
  }

  /** The posts the view matches, its days ({@code since: 2026-01-02}) starting at midnight in {@code zone}. */
  public PostQuery query(java.time.ZoneId zone) {
    return PostQueryParser.parse(filters, zone);
  }

  /** Known filter names in their list order; an unknown one is refused with the known ones. */
  private static Map<String, List<String>> ordered(Map<String, List<String>> given) {
    for (String key : given.keySet()) {
      if (!FILTER_NAMES.contains(key)) {
        throw new IllegalArgumentException("unknown filter '" + key + "'; the filters are "
            + String.join(", ", FILTER_NAMES));
      }
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String name : FILTER_NAMES) {
      List<String> values = given.getOrDefault(name, List.of()).stream()
          .filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
      if (!values.isEmpty()) {
        out.put(name, values);
      }
    }
    return java.util.Collections.unmodifiableMap(out);
  }
}
