package dev.chorus.server;

import dev.chorus.codebook.Codebook;
import dev.chorus.dimension.Dimension;
import dev.chorus.dimension.Dimensions;
import dev.chorus.store.PostQueryParser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The body of {@code GET /api/dimensions}: the filters (in form order) and every label dimension of the registry (with the
 * codebook's names of its values), from
 * which the page builds its filter form, its address parameters and its "stacked by" choices; and the time zone
 * parameter with the workspace's zone, from which it builds its time zone choice.
 */
final class DimensionsView {
  private DimensionsView() {}

  static Map<String, Object> of(Codebook codebook, java.time.ZoneId workspaceZone) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("filters", PostQueryParser.FILTERS.stream().map(DimensionsView::filter).toList());
    body.put("dimensions", Dimensions.all().stream().map(d -> dimension(d, codebook)).toList());
    Map<String, Object> zone = new LinkedHashMap<>();
    zone.put("name", dev.chorus.analysis.Analyses.TIME_ZONE.name());
    zone.put("description", dev.chorus.analysis.Analyses.TIME_ZONE.description());
    zone.put("workspace", workspaceZone.getId());
    body.put("time_zone", zone);
    return body;
  }

  private static Map<String, Object> filter(PostQueryParser.Filter f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", f.name());
    m.put("label", f.label());
    m.put("list", f.list());
    m.put("description", f.description());
    m.put("placeholder", f.placeholder());
    return m;
  }

  private static Map<String, Object> dimension(Dimension d, Codebook codebook) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", d.id());
    m.put("name", d.name());
    m.put("description", d.description());
    m.put("filter", d.filter().name().toLowerCase(Locale.ROOT));
    m.put("multi_valued", d.multiValued());
    m.put("splittable", d.splittable());
    m.put("label_source", d.labelSource());
    m.put("known_values", List.copyOf(d.knownValues()));
    // the codebook's names of its ids, which the page shows in place of the ids (the id stays in the tooltip)
    m.put("value_names", codebook.namesOf(d.labelSource()));
    return m;
  }
}
