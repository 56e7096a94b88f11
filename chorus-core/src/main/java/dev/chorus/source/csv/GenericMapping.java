package dev.chorus.source.csv;

import dev.chorus.post.Platform;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where each {@link GenericField} is found in a record (a CSV header name or a JSON path) and which platform records
 * without a platform field belong to. Immutable.
 *
 * @param names the column name or path of every field
 * @param defaultPlatform platform of records whose platform field is absent or blank
 */
public record GenericMapping(Map<GenericField, String> names, Platform defaultPlatform) {
  public GenericMapping {
    names = Map.copyOf(names);
  }

  /** Every field under its own key ({@code text} in column {@code text}). */
  public static GenericMapping defaults(Platform defaultPlatform) {
    Map<GenericField, String> names = new EnumMap<>(GenericField.class);
    for (GenericField f : GenericField.values()) {
      names.put(f, f.key());
    }
    return new GenericMapping(names, defaultPlatform);
  }

  public String name(GenericField field) {
    return names.get(field);
  }

  /**
   * Reads {@code <prefix><field>=<name>} and {@code platform=<id>} options over the defaults. Keys listed in
   * {@code otherKeys} belong to the caller and are skipped; any other key, or an unknown field, is refused with an
   * {@link IllegalArgumentException} naming all of them.
   */
  public static GenericMapping parse(String formatId, Map<String, String> options, String prefix,
      Set<String> otherKeys) {
    Map<GenericField, String> names = new EnumMap<>(defaults(Platform.OTHER).names());
    Platform platform = Platform.OTHER;
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> e : new TreeMap<>(options).entrySet()) {
      String key = e.getKey();
      String value = e.getValue() == null ? "" : e.getValue().strip();
      if (otherKeys.contains(key)) {
        continue;
      }
      if (key.equals("platform")) {
        platform = parsePlatform(value, problems);
      } else if (key.startsWith(prefix)) {
        String field = key.substring(prefix.length());
        GenericField f = GenericField.fromKey(field).orElse(null);
        if (f == null) {
          problems.add("unknown field '" + field + "' in option '" + key + "'");
        } else if (value.isEmpty()) {
          problems.add("option '" + key + "' has no value");
        } else {
          names.put(f, value);
        }
      } else {
        problems.add("unknown option '" + key + "'");
      }
    }
    if (!problems.isEmpty()) {
      List<String> known = new ArrayList<>(List.of(prefix + "<field>", "platform"));
      known.addAll(otherKeys);
      throw new IllegalArgumentException("format '" + formatId + "': " + String.join("; ", problems)
          + " (options: " + String.join(", ", known) + "; fields: " + GenericField.allKeys() + ")");
    }
    return new GenericMapping(names, platform);
  }

  /** Parses a platform option, refusing names that are not platforms instead of quietly using "other". */
  public static Platform parsePlatform(String value, List<String> problems) {
    Platform p = Platform.fromId(value);
    if (p == Platform.OTHER && !value.equalsIgnoreCase("other")) {
      problems.add("unknown platform '" + value + "' (known: " + String.join(", ",
          Arrays.stream(Platform.values()).map(Platform::id).toList()) + ", twitter)");
    }
    return p;
  }
}
