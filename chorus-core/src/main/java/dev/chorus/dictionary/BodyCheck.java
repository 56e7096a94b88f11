package dev.chorus.dictionary;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A body as written held against its dictionary section: the paths of the fields it has that the section does not
 * describe (a new field written without a meaning), and those it has that the section does. The contract tests of the
 * analyses' golden files and of the server's own bodies use it, so that the dictionary cannot fall behind what the
 * code emits. Objects the section lists as maps ({@code name{}}) have names as keys, so their keys are not fields; a
 * field typed {@code any} (a drill-down's filters, a model card) is not looked into.
 *
 * @param undescribed paths written without a described field of that path
 * @param described paths written and described
 */
public record BodyCheck(Set<String> undescribed, Set<String> described) {
  /** Checks {@code body} against {@code section}. */
  public static BodyCheck of(DictionarySection section, JsonNode body) {
    Map<String, DictionaryField> fields = section.fields().stream()
        .collect(Collectors.toMap(DictionaryField::name, Function.identity(), (a, b) -> a));
    BodyCheck check = new BodyCheck(new TreeSet<>(), new TreeSet<>());
    check.visit(body, "", null, fields);
    return check;
  }

  /**
   * {@code type} is the type of a value that has no field of its own: the items of an array and the values of a map
   * take the container's content type ({@code object of object of string}: a map of maps, whose keys are all names).
   */
  private void visit(JsonNode node, String path, String type, Map<String, DictionaryField> fields) {
    DictionaryField here = fields.get(path);
    String t = here != null ? here.type() : type;
    if (t != null && t.endsWith("any")) {
      return;
    }
    if (node.isArray()) {
      node.forEach(item -> visit(item, path + "[]", contentOf(t, "array of "), fields));
    } else if (node.isObject() && t != null && t.startsWith("object of")) {
      node.forEach(value -> visit(value, path + "{}", contentOf(t, "object of "), fields));
    } else if (node.isObject()) {
      node.fields().forEachRemaining(e -> {
        String name = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
        DictionaryField field = fields.get(name);
        (field != null && !field.meaning().isBlank() ? described : undescribed).add(name);
        visit(e.getValue(), name, null, fields);
      });
    }
  }

  private static String contentOf(String type, String container) {
    return type != null && type.startsWith(container) ? type.substring(container.length()) : null;
  }
}
