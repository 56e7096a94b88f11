package dev.chorus.annotate.stance;

import java.util.List;
import java.util.Locale;

/** The three stance labels and the mapping of a target's name to its id in annotation keys. */
public final class StanceLabels {
  public static final String FAVOR = "favor";
  public static final String AGAINST = "against";
  public static final String NONE = "none";
  public static final List<String> ALL = List.of(FAVOR, AGAINST, NONE);
  /** The classes F_avg averages: a stance metric rewards finding stances, not their absence. */
  public static final List<String> POLAR = List.of(FAVOR, AGAINST);

  private StanceLabels() {}

  /** {@code FAVOR}, {@code Favor}, {@code favor} → {@code favor}; null when the value is not a stance. */
  public static String parse(String value) {
    String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    return ALL.contains(v) ? v : null;
  }

  /** "Climate Change is a Real Concern" → "climate-change-is-a-real-concern"; non-Latin names keep their letters. */
  public static String targetId(String target) {
    String id = target.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
        .replaceAll("^-+|-+$", "");
    if (id.isEmpty()) {
      throw new IllegalArgumentException("target name '" + target + "' has no letters or digits");
    }
    return id;
  }
}
