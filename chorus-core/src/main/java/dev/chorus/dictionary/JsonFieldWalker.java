package dev.chorus.dictionary;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import dev.chorus.json.JsonConfig;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The fields of a result type as {@link JsonConfig}'s mapper writes them: Jackson's own view of the records (names
 * after snake-casing, ignored properties left out), walked into arrays, maps and nested records. Meanings come from
 * {@link FieldDescriptions} under {@code Record.field}; keys it lacks are collected in {@link #missing()}.
 */
final class JsonFieldWalker {
  private static final int MAX_DEPTH = 8;
  private final ObjectMapper mapper = JsonConfig.mapper();
  private final FieldDescriptions descriptions;
  private final Set<String> missing = new HashSet<>();
  private final Set<String> used = new HashSet<>();

  JsonFieldWalker(FieldDescriptions descriptions) {
    this.descriptions = descriptions;
  }

  /** The fields of a body of type {@code root}, depth first, in the order the record declares them. */
  List<DictionaryField> fields(Type root) {
    List<DictionaryField> out = new ArrayList<>();
    walk(mapper.constructType(root), "", out, 0);
    return out;
  }

  private void walk(JavaType bean, String prefix, List<DictionaryField> out, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    BeanDescription d = mapper.getSerializationConfig().introspect(bean);
    String owner = owner(bean.getRawClass());
    for (BeanPropertyDefinition p : d.findProperties()) {
      if (!p.couldSerialize()) {
        continue;
      }
      field(owner + "." + p.getName(), prefix + p.getName(), p.getPrimaryType(), out, depth);
    }
  }

  /** The meaning under {@code key}, noted as used or missing; empty when missing. */
  String describe(String key) {
    used.add(key);
    String meaning = descriptions.of(key);
    if (meaning == null) {
      missing.add(key);
    }
    return meaning == null ? "" : meaning;
  }

  /** One field, then the fields inside it: items of an array ({@code name[]}), values of a map ({@code name{}}). */
  void field(String key, String name, JavaType declared, List<DictionaryField> out, int depth) {
    JavaType type = written(declared);
    out.add(new DictionaryField(name, typeName(type), describe(key), values(type)));
    JavaType inner = type;
    String path = name;
    while (inner.isContainerType()) {
      path += inner.isMapLikeType() ? "{}" : "[]";
      inner = written(inner.getContentType());
    }
    if (isBean(inner)) {
      walk(inner, path + ".", out, depth + 1);
    }
  }

  /** The type the mapper writes for {@code t}: the {@code @JsonValue} accessor's type when it has one. */
  private JavaType written(JavaType t) {
    if (!isBean(t)) {
      return t;
    }
    var value = mapper.getSerializationConfig().introspect(t).findJsonValueAccessor();
    return value == null ? t : value.getType();
  }

  /** Keys read from the descriptions, for the check that none describes a field no longer written. */
  Set<String> used() {
    return used;
  }

  Set<String> missing() {
    return missing;
  }

  static String owner(Class<?> c) {
    String name = c.getName();
    return name.substring(name.lastIndexOf('.') + 1).replace('$', '.');
  }

  private String typeName(JavaType t) {
    Class<?> c = t.getRawClass();
    if (t.isMapLikeType()) {
      return "object of " + typeName(t.getContentType());
    }
    if (t.isContainerType()) {
      return "array of " + typeName(t.getContentType());
    }
    if (c == String.class || c == char.class || c == Character.class || c.isEnum()
        || java.time.ZoneId.class.isAssignableFrom(c)) { // a zone is written as its id
      return "string";
    }
    if (c == Instant.class) {
      return "date-time";
    }
    if (c == LocalDate.class) {
      return "date";
    }
    if (c == boolean.class || c == Boolean.class) {
      return "boolean";
    }
    if (c == int.class || c == long.class || c == short.class || c == Integer.class || c == Long.class
        || c == Short.class) {
      return "integer";
    }
    if (t.isPrimitive() || Number.class.isAssignableFrom(c)) {
      return "number";
    }
    return c == Object.class || JsonNode.class.isAssignableFrom(c) ? "any" : "object";
  }

  /** An enum's values as the mapper writes them. */
  private List<String> values(JavaType t) {
    Class<?> c = t.getRawClass();
    if (!c.isEnum()) {
      return List.of();
    }
    return Arrays.stream(c.getEnumConstants()).map(v -> mapper.convertValue(v, String.class)).toList();
  }

  private static boolean isBean(JavaType t) {
    Class<?> c = t.getRawClass();
    return !t.isPrimitive() && !c.isEnum() && !c.getName().startsWith("java.") && c != Object.class
        && !JsonNode.class.isAssignableFrom(c) && !t.isContainerType();
  }
}
