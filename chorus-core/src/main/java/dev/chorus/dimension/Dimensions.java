package dev.chorus.dimension;

import dev.chorus.annotate.AnnotatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The registry of every label dimension: those of the post ({@link PostDimensions}) and those declared by every
 * registered annotator factory ({@code META-INF/services/dev.chorus.annotate.AnnotatorFactory}), ordered by
 * {@link Dimension#order()}. Adding a dimension is one declaration in its producer; nothing else lists them.
 */
public final class Dimensions {
  private static final List<Dimension> ALL = load();
  private static final Map<String, Dimension> BY_ID = index(ALL);

  private Dimensions() {}

  /** Every dimension, in form order. */
  public static List<Dimension> all() {
    return ALL;
  }

  /** The dimensions that filter posts, in form order. */
  public static List<Dimension> filters() {
    return ALL.stream().filter(Dimension::filterable).toList();
  }

  /** The ids that trends and top lists may split by, in form order. */
  public static List<String> splittable() {
    return ALL.stream().filter(Dimension::splittable).map(Dimension::id).toList();
  }

  public static Optional<Dimension> find(String id) {
    return Optional.ofNullable(BY_ID.get(id));
  }

  /** The dimension of this id; an error naming the known ones when there is none. */
  public static Dimension get(String id) {
    Dimension d = BY_ID.get(id);
    if (d == null) {
      throw new IllegalArgumentException("'" + id + "' is not a dimension; known: " + String.join(", ", BY_ID.keySet()));
    }
    return d;
  }

  private static List<Dimension> load() {
    List<Dimension> all = new ArrayList<>(PostDimensions.ALL);
    for (AnnotatorFactory f : ServiceLoader.load(AnnotatorFactory.class, Dimensions.class.getClassLoader())) {
      all.addAll(f.dimensions());
    }
    all.sort(Comparator.comparingInt(Dimension::order).thenComparing(Dimension::id));
    return List.copyOf(all);
  }

  private static Map<String, Dimension> index(List<Dimension> all) {
    Map<String, Dimension> m = new java.util.LinkedHashMap<>();
    for (Dimension d : all) {
      if (m.putIfAbsent(d.id(), d) != null) {
        throw new IllegalStateException("dimension '" + d.id() + "' is declared twice");
      }
    }
    return m;
  }
}
