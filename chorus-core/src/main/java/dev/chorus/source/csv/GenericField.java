package dev.chorus.source.csv;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The fields of a generic tabular or JSON record that become a post. Their lower-case {@link #key()} is both the
 * default column (or JSON key) name and the name used in mapping options such as {@code column.text=body}.
 */
public enum GenericField {
  ID,
  PLATFORM,
  AUTHOR,
  CREATED_AT,
  TEXT,
  URL,
  LANG,
  KIND,
  TITLE,
  AUTHOR_NAME,
  AUTHOR_HANDLE,
  REPLY_TO,
  SHARED_ID,
  QUOTED_ID,
  HASHTAGS,
  LIKES,
  SHARES,
  REPLIES,
  VIEWS,
  SYNTHETIC;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<GenericField> fromKey(String key) {
    return Arrays.stream(values()).filter(f -> f.key().equals(key)).findFirst();
  }

  /** All keys, comma-separated, for error messages. */
  public static String allKeys() {
    return Arrays.stream(values()).map(GenericField::key).collect(Collectors.joining(", "));
  }
}
