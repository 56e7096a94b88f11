package dev.chorus.analysis;

import dev.chorus.codebook.Codebook;
import dev.chorus.dimension.Dimension;
import dev.chorus.dimension.Dimensions;
import dev.chorus.store.PostQueryParser;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The body of {@code GET /api/dimensions}: the filters (in form order) and every label dimension of the registry (with
 * the codebook's names of its values), from which the page builds its filter form, its address parameters and its
 * "stacked by" choices; and the time zone parameter with the workspace's zone, from which it builds its time zone
 * choice. Records, not maps, so the data dictionary reads the fields from the code.
 *
 * @param filters every filter of {@link PostQueryParser#FILTERS}, in form order
 * @param dimensions every dimension of {@link Dimensions#all()}
 * @param timeZone the {@link Analyses#TIME_ZONE} parameter and the workspace's zone
 */
public record DimensionCatalog(List<FilterField> filters, List<DimensionEntry> dimensions, ZoneParameter timeZone) {
  /** A filter as a form field: its parameter, label, whether it takes a list, what it does, an example. */
  public record FilterField(String name, String label, boolean list, String description, String placeholder) {}

  /**
   * A dimension: id, names, how it filters and splits, where its labels come from, its values and their names (the
   * codebook's, else the dimension's own), and the codebook's names of them in other languages (language → names).
   */
  public record DimensionEntry(String id, String name, String description, String filter, boolean multiValued,
      boolean splittable, String labelSource, List<String> knownValues, Map<String, String> valueNames,
      Map<String, Map<String, String>> valueNamesByLanguage) {}

  /** The time zone parameter ({@code tz}), what it does and the workspace's zone (its default). */
  public record ZoneParameter(String name, String description, String workspace) {}

  public static DimensionCatalog of(Codebook codebook, ZoneId workspaceZone) {
    return new DimensionCatalog(
        PostQueryParser.FILTERS.stream()
            .map(f -> new FilterField(f.name(), f.label(), f.list(), f.description(), f.placeholder())).toList(),
        Dimensions.all().stream().map(d -> entry(d, codebook)).toList(),
        new ZoneParameter(Analyses.TIME_ZONE.name(), Analyses.TIME_ZONE.description(), workspaceZone.getId()));
  }

  private static DimensionEntry entry(Dimension d, Codebook codebook) {
    // the names the page shows in place of the ids (the id stays in the tooltip): the built-in ones (call types),
    // overridden by the codebook's; the page picks the reader's language among the codebook's other names
    Map<String, String> names = new LinkedHashMap<>(d.valueNames());
    names.putAll(codebook.namesOf(d.labelSource()));
    return new DimensionEntry(d.id(), d.name(), d.description(), d.filter().name().toLowerCase(Locale.ROOT),
        d.multiValued(), d.splittable(), d.labelSource(), List.copyOf(d.knownValues()), names,
        codebook.namesByLanguageOf(d.labelSource()));
  }
}
