package dev.chorus.annotate;

import dev.chorus.post.AnnotationKey;
import dev.chorus.post.Annotations;
import dev.chorus.post.Post;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Runs annotators in an order where every annotator comes after the producers of what it requires. Immutable and
 * thread-safe when its annotators are.
 */
public final class AnnotationChain {
  private final List<Annotator> annotators;
  private final Map<String, String> unavailable;

  /**
   * @throws IllegalStateException naming the annotator and the key when an annotator requires a key that no
   *     annotator of the chain produces (its labels would silently be missing), or requirements are circular
   */
  public AnnotationChain(List<Annotator> annotators, Map<String, String> unavailable) {
    this.unavailable = Map.copyOf(unavailable);
    checkRequirements(annotators, this.unavailable);
    this.annotators = order(annotators);
  }

  public static AnnotationChain empty() {
    return new AnnotationChain(List.of(), Map.of());
  }

  /** All registered factories. */
  public static List<AnnotatorFactory> factories() {
    List<AnnotatorFactory> list = new ArrayList<>();
    ServiceLoader.load(AnnotatorFactory.class, AnnotationChain.class.getClassLoader()).forEach(list::add);
    list.sort(java.util.Comparator.comparing(AnnotatorFactory::id));
    return list;
  }

  /** The chain of every registered annotator that can run in this context. */
  public static AnnotationChain load(AnnotatorContext context) throws IOException {
    List<Annotator> list = new ArrayList<>();
    Map<String, String> missing = new LinkedHashMap<>();
    for (AnnotatorFactory f : factories()) {
      var a = f.create(context);
      if (a.isPresent()) {
        list.add(a.get());
      } else {
        missing.put(f.id(), f.unavailableReason(context));
      }
    }
    return new AnnotationChain(list, missing);
  }

  public List<Annotator> annotators() {
    return annotators;
  }

  /** Factories that could not run, with the reason (e.g. "no model: run chorus train stance"). */
  public Map<String, String> unavailable() {
    return unavailable;
  }

  /** The post with the labels of every annotator of the chain (earlier labels of the same keys replaced). */
  public Post annotate(Post post) {
    Annotations a = post.annotations();
    for (Annotator annotator : annotators) {
      a = annotator.annotate(post, a);
    }
    return post.withAnnotations(a);
  }

  private static void checkRequirements(List<Annotator> all, Map<String, String> unavailable) {
    for (Annotator a : all) {
      for (AnnotationKey key : a.requires()) {
        if (all.stream().noneMatch(o -> o != a && producesKey(o, key))) {
          String why = unavailable.isEmpty() ? "" : " (not available: " + unavailable.entrySet().stream()
              .map(e -> e.getKey() + ": " + e.getValue()).reduce((x, y) -> x + "; " + y).orElse("") + ")";
          throw new IllegalStateException("annotator '" + a.id() + "' needs '" + key + "', which no annotator of the "
              + "chain produces" + why + "; add its producer or leave '" + a.id() + "' out");
        }
      }
    }
  }

  private static boolean producesKey(Annotator a, AnnotationKey key) {
    return a.produces().stream().anyMatch(p -> key.covers(p) || p.covers(key));
  }

  private static List<Annotator> order(List<Annotator> input) {
    List<Annotator> out = new ArrayList<>();
    Set<AnnotationKey> produced = new HashSet<>();
    List<Annotator> rest = new ArrayList<>(input);
    while (!rest.isEmpty()) {
      Annotator next = rest.stream().filter(a -> requiresProducedBy(a, input).stream()
              .allMatch(k -> produced.stream().anyMatch(p -> k.covers(p) || p.covers(k)))).findFirst()
          .orElseThrow(() -> new IllegalStateException("annotators with circular requirements: " + ids(rest)));
      out.add(next);
      produced.addAll(next.produces());
      rest.remove(next);
    }
    return List.copyOf(out);
  }

  /** What {@code a} reads (required or used) that others of the chain produce: their producers go first. */
  private static Set<AnnotationKey> requiresProducedBy(Annotator a, List<Annotator> all) {
    Set<AnnotationKey> r = new HashSet<>();
    Set<AnnotationKey> read = new HashSet<>(a.requires());
    read.addAll(a.uses());
    for (AnnotationKey key : read) {
      if (all.stream().anyMatch(o -> o != a && producesKey(o, key))) {
        r.add(key);
      }
    }
    return r;
  }

  private static List<String> ids(List<Annotator> list) {
    return list.stream().map(Annotator::id).toList();
  }
}
