package dev.chorus.server;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * File names of downloads that say what they hold: {@code chorus-posts_lang-fa_since-2025-04-01.csv}. The dashboard
 * names its client-side CSV files the same way (app.js, {@code fileName}).
 */
public final class ExportNames {
  private static final int MAX_LENGTH = 150;

  private ExportNames() {}

  /** {@code prefix}, then {@code name-value} per parameter, letters and digits of any script kept, others as '-'. */
  public static String fileName(String prefix, Map<String, List<String>> params, String extension) {
    StringJoiner j = new StringJoiner("_");
    j.add(prefix);
    params.forEach((name, values) -> {
      String v = String.join(",", values);
      if (!v.isBlank()) {
        j.add(safe(name) + "-" + safe(v));
      }
    });
    String base = j.toString();
    if (base.length() > MAX_LENGTH) {
      base = base.substring(0, MAX_LENGTH);
    }
    return base + "." + extension;
  }

  private static String safe(String s) {
    return s.replaceAll("[^\\p{L}\\p{N}.]+", "-").replaceAll("^-+|-+$", "");
  }
}
