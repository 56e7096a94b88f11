package dev.chorus.views;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The saved views of a workspace, {@code WORKSPACE/views.yaml} (none when there is no file). Every entry is checked
 * when the file is read, with an error naming the file, the entry and its line, what was expected and what was found:
 * a view that cannot be used is refused before any analysis runs on it.
 */
public record SavedViews(Path file, List<SavedView> views) {
  public static final String FILE_NAME = "views.yaml";
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  public SavedViews {
    views = List.copyOf(views);
  }

  /** The views of a workspace folder: its file, or none. */
  public static SavedViews load(Path workspace) throws IOException {
    Path file = workspace.resolve(FILE_NAME);
    List<SavedView> views = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      return new SavedViews(file, views);
    }
    try (JsonParser p = YAML.getFactory().createParser(file.toFile())) {
      JsonToken first = p.nextToken();
      if (first == null) {
        return new SavedViews(file, views); // an empty file, or only comments
      }
      if (first != JsonToken.START_OBJECT || p.nextToken() != JsonToken.FIELD_NAME
          || !"views".equals(p.currentName()) || p.nextToken() != JsonToken.START_ARRAY) {
        throw problem(file, p.currentTokenLocation(), "expected 'views:' and a list of views (- name: ...)");
      }
      while (p.nextToken() != JsonToken.END_ARRAY) {
        String where = file + " view " + (views.size() + 1) + " (line " + p.currentTokenLocation().getLineNr() + ")";
        views.add(ViewYaml.read(where, (JsonNode) YAML.readTree(p), views));
      }
    } catch (JsonProcessingException e) {
      throw problem(file, e.getLocation(), "not valid YAML (" + e.getOriginalMessage() + ")");
    }
    return new SavedViews(file, views);
  }

  public Optional<SavedView> find(String name) {
    return views.stream().filter(v -> v.name().equals(name)).findFirst();
  }

  public List<String> names() {
    return views.stream().map(SavedView::name).toList();
  }

  /**
   * These views with {@code view} added at the end, or put in place of the one of its name when {@code replace}.
   *
   * @throws IllegalArgumentException when the name is taken and {@code replace} is false
   */
  public SavedViews with(SavedView view, boolean replace) {
    List<SavedView> out = new ArrayList<>(views);
    int at = names().indexOf(view.name());
    if (at >= 0 && !replace) {
      throw new IllegalArgumentException("a view named '" + view.name() + "' is already saved in " + file
          + "; give --replace to replace it");
    }
    if (at >= 0) {
      out.set(at, view);
    } else {
      out.add(view);
    }
    return new SavedViews(file, out);
  }

  /** These views without the named one; an unknown name is an error listing the known ones. */
  public SavedViews without(String name) {
    if (find(name).isEmpty()) {
      throw new IllegalArgumentException("no saved view '" + name + "' in " + file + "; known: " + known());
    }
    return new SavedViews(file, views.stream().filter(v -> !v.name().equals(name)).toList());
  }

  /** The known names for a message, or how to make one. */
  public String known() {
    return views.isEmpty() ? "none (save one with: chorus views save NAME --lang fa ...)"
        : String.join(", ", names());
  }

  /** Writes the file atomically, keeping the comment lines at its top (the analyst's notes on the views). */
  public void save() throws IOException {
    ViewYaml.write(file, views);
  }

  private static IllegalArgumentException problem(Path file, JsonLocation at, String what) {
    String line = at == null || at.getLineNr() < 1 ? "" : " line " + at.getLineNr();
    return new IllegalArgumentException(file + line + ": " + what);
  }
}
