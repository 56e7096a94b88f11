package dev.chorus.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Accounts that may be shown by name: officials, media outlets, organisations. One entry a line in the workspace's
 * {@code public-figures.txt}: a handle ({@code StateDept}, {@code @StateDept}, {@code user@mastodon.social}) or
 * {@code platform:handle} to limit it to one platform; {@code #} starts a comment. Matching ignores case.
 */
public final class PublicFigures {
  private final Set<String> entries;

  public PublicFigures(Set<String> entries) {
    Set<String> norm = new HashSet<>();
    for (String e : entries) {
      norm.add(normalize(e));
    }
    this.entries = Set.copyOf(norm);
  }

  public static PublicFigures none() {
    return new PublicFigures(Set.of());
  }

  public static PublicFigures load(Path file) throws IOException {
    if (!Files.exists(file)) {
      return none();
    }
    Set<String> set = new HashSet<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String t = line.replaceAll("#.*$", "").trim();
      if (!t.isEmpty()) {
        set.add(t);
      }
    }
    return new PublicFigures(set);
  }

  public boolean contains(String platformId, String handle) {
    if (handle == null || entries.isEmpty() || handle.isBlank()) {
      return false;
    }
    String h = normalize(handle);
    return entries.contains(h) || entries.contains(platformId + ":" + h);
  }

  public int size() {
    return entries.size();
  }

  private static String normalize(String s) {
    String t = s.trim().toLowerCase(Locale.ROOT);
    int colon = t.indexOf(':');
    String prefix = colon > 0 && !t.startsWith("@") ? t.substring(0, colon + 1) : "";
    String rest = t.substring(prefix.length());
    return prefix + (rest.startsWith("@") ? rest.substring(1) : rest);
  }
}
