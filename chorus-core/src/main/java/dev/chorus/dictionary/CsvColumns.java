package dev.chorus.dictionary;

import dev.chorus.codebook.Codebook;
import dev.chorus.dimension.Dimension;
import dev.chorus.export.PostCsv;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The CSV export's columns in {@link PostCsv#COLUMNS} order. A label column is described by its dimension (the
 * registry's description, the codebook's ids as values); every other column by {@code csv.NAME} in the descriptions,
 * written {@code type | meaning} (cells are text, the type says how to read them).
 */
final class CsvColumns {
  private CsvColumns() {}

  static List<DictionaryField> of(Codebook codebook, JsonFieldWalker walker) {
    Map<String, Dimension> labels = DataDictionary.labelColumns().stream()
        .collect(Collectors.toMap(Dimension::id, Function.identity()));
    List<DictionaryField> out = new ArrayList<>();
    for (String column : PostCsv.COLUMNS) {
      Dimension d = labels.get(column);
      out.add(d == null ? described(column, walker) : new DictionaryField(column, "string",
          d.description() + " Several values are separated by spaces, each as the filter --" + d.id() + " takes it.",
          values(d, codebook)));
    }
    return out;
  }

  private static DictionaryField described(String column, JsonFieldWalker walker) {
    String key = "csv." + column;
    String text = walker.describe(key);
    int bar = text.indexOf('|');
    return bar < 0 ? new DictionaryField(column, "string", text, List.of())
        : new DictionaryField(column, text.substring(0, bar).strip(), text.substring(bar + 1).strip(), List.of());
  }

  /** The codebook's ids of the dimension's section, else its fixed values; per target as {@code target:stance}. */
  private static List<String> values(Dimension d, Codebook codebook) {
    List<String> ids = new ArrayList<>(codebook.idsOf(d.labelSource()));
    if (ids.isEmpty()) {
      ids.addAll(d.knownValues());
    }
    if (!d.perTarget()) {
      return List.copyOf(ids);
    }
    List<String> out = new ArrayList<>();
    for (String target : ids) {
      Codebook.Target.STANCES.forEach(s -> out.add(target + ":" + s));
    }
    return List.copyOf(out);
  }
}
