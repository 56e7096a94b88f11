package dev.chorus.views;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One entry of {@code views.yaml} read and written: {@code name}, {@code description} and the filters, flat. */
final class ViewYaml {
  static final String NAME = "name";
  static final String DESCRIPTION = "description";

  private ViewYaml() {}

  /** The view of one entry; {@code where} names the file, the entry and its line in every error. */
  static SavedView read(String where, JsonNode n, List<SavedView> earlier) {
    if (!n.isObject()) {
      throw new IllegalArgumentException(where + ": expected keys name:, description: and filters such as lang:; "
          + "found a single value");
    }
    Map<String, List<String>> filters = new LinkedHashMap<>();
    n.fields().forEachRemaining(e -> {
      if (!e.getKey().equals(NAME) && !e.getKey().equals(DESCRIPTION)) {
        filters.put(e.getKey(), values(e.getValue()));
      }
    });
    SavedView view;
    try {
      view = new SavedView(text(n.get(NAME)), text(n.get(DESCRIPTION)), filters);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
    if (earlier.stream().anyMatch(v -> v.name().equals(view.name()))) {
      throw new IllegalArgumentException(where + ": name '" + view.name() + "' is used by an earlier view; each "
          + "view needs its own name");
    }
    return view;
  }

  /** A filter's values: one scalar, or a list of them ({@code lang: [fa, ar]}). */
  private static List<String> values(JsonNode v) {
    List<String> out = new ArrayList<>();
    if (v.isArray()) {
      v.forEach(x -> out.add(x.asText()));
    } else if (!v.isNull()) {
      out.add(v.asText());
    }
    return out;
  }

  private static String text(JsonNode v) {
    return v == null || v.isNull() ? null : v.asText();
  }

  /**
   * Writes every view to a temporary file moved over {@code file}, so a reader never sees half a file; the comment
   * lines that open the old file are written again first. Comments further down cannot be placed back reliably once
   * entries change, so they are not kept (the header is where notes on the views belong).
   */
  static void write(Path file, List<SavedView> views) throws IOException {
    StringBuilder out = new StringBuilder(header(file));
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("views", views.stream().map(ViewYaml::entry).toList());
    out.append(SavedViews.YAML.writeValueAsString(doc).replaceFirst("^---\\s*\n", ""));
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".views", ".tmp");
    try {
      Files.writeString(tmp, out, StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static Map<String, Object> entry(SavedView v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(NAME, v.name());
    if (v.description() != null) {
      m.put(DESCRIPTION, v.description());
    }
    v.filters().forEach((name, values) -> m.put(name, values.size() == 1 ? values.get(0) : values));
    return m;
  }

  private static String header(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return "# Saved views: named filter sets (chorus views save NAME --lang fa ...); use them with --view NAME\n"
          + "# or view=NAME. Each filter is one of: " + String.join(", ", SavedView.FILTER_NAMES) + ".\n";
    }
    StringBuilder h = new StringBuilder();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.startsWith("#")) {
        break;
      }
      h.append(line).append('\n');
    }
    return h.toString();
  }
}
