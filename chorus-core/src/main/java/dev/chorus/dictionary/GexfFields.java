package dev.chorus.dictionary;

import dev.chorus.analysis.coordination.network.NetworkExport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The GEXF file's node attributes as its writer declares them ({@link NetworkExport#gexfNodeAttributes()}), between the
 * node's id and label and the edge's weight and times, which every GEXF file has; meanings under {@code gexf.NAME}.
 */
final class GexfFields {
  private static final Map<String, String> TYPES = Map.of("integer", "integer", "long", "integer", "double", "number",
      "float", "number", "boolean", "boolean", "string", "string");

  private GexfFields() {}

  static List<DictionaryField> of(JsonFieldWalker walker) {
    List<DictionaryField> out = new ArrayList<>();
    out.add(field(walker, "node.id", "string"));
    out.add(field(walker, "node.label", "string"));
    NetworkExport.gexfNodeAttributes().forEach((name, type) -> out.add(field(walker, "node." + name,
        TYPES.getOrDefault(type, "string"))));
    out.add(field(walker, "edge.weight", "number"));
    out.add(field(walker, "edge.start", "date-time"));
    out.add(field(walker, "edge.end", "date-time"));
    return out;
  }

  private static DictionaryField field(JsonFieldWalker walker, String name, String type) {
    return new DictionaryField(name, type, walker.describe("gexf." + name), List.of());
  }
}
