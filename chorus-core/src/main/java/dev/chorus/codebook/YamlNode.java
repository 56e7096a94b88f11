package dev.chorus.codebook;

import java.util.List;
import java.util.Map;

/**
 * A YAML value with the line it starts on, so the codebook reader can say where a bad value is. Jackson's own tree
 * drops locations, hence this small tree.
 */
sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {
  /** 1-based line where the value starts. */
  int line();

  /** What the node is, for messages ("a list", "a map", "a value"). */
  String kind();

  /** A scalar as written ({@code text} null for an empty value or {@code null}). */
  record Scalar(String text, int line) implements YamlNode {
    @Override
    public String kind() {
      return text == null ? "an empty value" : "a single value";
    }
  }

  /** A mapping in file order; {@code keyLines} holds the line of each key. */
  record Mapping(Map<String, YamlNode> entries, Map<String, Integer> keyLines, int line) implements YamlNode {
    public Mapping {
      entries = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entries));
      keyLines = Map.copyOf(keyLines);
    }

    @Override
    public String kind() {
      return "a map";
    }
  }

  record Sequence(List<YamlNode> items, int line) implements YamlNode {
    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public String kind() {
      return "a list";
    }
  }
}
