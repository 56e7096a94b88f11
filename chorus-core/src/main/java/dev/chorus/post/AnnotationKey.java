package dev.chorus.post;

import java.util.regex.Pattern;

/**
 * The typed name of what an annotator writes or reads: a plain key ({@code lang}, {@code frame}) or a per-target key
 * ({@code stance:us-iran-talks}). In {@link Annotations} the labels are stored under {@link #toString()}, so the
 * stored form of a post does not change; code compares keys, never spelled-out strings.
 *
 * @param name the key's family ({@code stance})
 * @param target the target of a per-target key, null for a plain key
 */
public record AnnotationKey(String name, String target) {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

  public AnnotationKey {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("annotation key name '" + name + "' is not of the form [a-z][a-z0-9-]*");
    }
    if (target != null && target.isBlank()) {
      throw new IllegalArgumentException("annotation key '" + name + "' has a blank target");
    }
  }

  /** A plain key. */
  public static AnnotationKey of(String name) {
    return new AnnotationKey(name, null);
  }

  /** The key as stored: {@code name} or {@code name:target}. */
  public static AnnotationKey parse(String stored) {
    int colon = stored.indexOf(':');
    return colon < 0 ? of(stored) : new AnnotationKey(stored.substring(0, colon), stored.substring(colon + 1));
  }

  /** This family's key for one target ({@code stance} → {@code stance:us-iran-talks}). */
  public AnnotationKey forTarget(String newTarget) {
    return new AnnotationKey(name, newTarget);
  }

  /** True when {@code other} is this key, or of this family when this key has no target. */
  public boolean covers(AnnotationKey other) {
    return name.equals(other.name) && (target == null || target.equals(other.target));
  }

  @Override
  public String toString() {
    return target == null ? name : name + ":" + target;
  }
}
