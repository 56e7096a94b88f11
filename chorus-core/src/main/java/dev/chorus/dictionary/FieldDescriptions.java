package dev.chorus.dictionary;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The meanings of the fields, keyed by the record that declares a field and the field's written name
 * ({@code CoordinationView.Node.strength}, {@code csv.created_at}): one home, read from {@code fields.properties}
 * beside this class. A field shared by several bodies (a post in {@code search} and {@code /api/posts/ID}) is described
 * once, where its record is declared.
 */
final class FieldDescriptions {
  static final String RESOURCE = "fields.properties";
  private final Map<String, String> meanings;

  private FieldDescriptions(Map<String, String> meanings) {
    this.meanings = meanings;
  }

  static FieldDescriptions load() {
    Properties p = new Properties();
    try (InputStream in = FieldDescriptions.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the field descriptions " + RESOURCE + " are missing from the build");
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> m = new TreeMap<>();
    p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k).strip()));
    return new FieldDescriptions(m);
  }

  /** The meaning of a field, or null when none is written (the dictionary's test then fails, naming the key). */
  String of(String key) {
    return meanings.get(key);
  }

  Set<String> keys() {
    return new TreeSet<>(meanings.keySet());
  }
}
