package dev.chorus.post;

import java.util.List;
import java.util.Map;

/**
 * The labels the analysis chain put on a post, by key, and the annotators that ran. Keys are short and stable:
 * {@code lang}, {@code actor}, {@code frame}, {@code stance:<target>}, {@code cohort}; a key may hold several labels
 * (actors, frames). Immutable.
 */
public record Annotations(Map<String, List<Label>> labels, List<AnnotatorStamp> stamps, String normalizedText) {
  public static final Annotations EMPTY = new Annotations(Map.of(), List.of(), null);

  public Annotations {
    // made by with(): already an immutable copy that no one else holds
    labels = labels instanceof LabelMap fresh ? fresh : labels == null ? LabelMap.EMPTY : LabelMap.copyOf(labels);
    stamps = List.copyOf(stamps == null ? List.of() : stamps);
  }

  /** The first label of a key, or null. */
  public Label first(String key) {
    List<Label> l = labels.get(key);
    return l == null || l.isEmpty() ? null : l.get(0);
  }

  public List<Label> all(String key) {
    return labels.getOrDefault(key, List.of());
  }

  /** The first label of a key, or null. */
  public Label first(AnnotationKey key) {
    return first(key.toString());
  }

  public List<Label> all(AnnotationKey key) {
    return all(key.toString());
  }

  /** A copy with the labels of {@code key} replaced and the stamp added (see {@link #with(String, List, AnnotatorStamp, String)}). */
  public Annotations with(AnnotationKey key, List<Label> values, AnnotatorStamp stamp, String normalized) {
    return with(key.toString(), values, stamp, normalized);
  }

  /** A copy with the labels of {@code key} replaced, the stamp added and, if given, the normalised text set. */
  public Annotations with(String key, List<Label> values, AnnotatorStamp stamp, String normalized) {
    LabelMap m = (LabelMap) labels;
    if (key != null) {
      m = m.with(key, List.copyOf(values));
    }
    List<AnnotatorStamp> s = stamps;
    if (stamp != null && !s.contains(stamp)) {
      AnnotatorStamp[] added = s.toArray(new AnnotatorStamp[s.size() + 1]);
      added[s.size()] = stamp;
      s = List.of(added); // immutable already: the constructor keeps it as it is
    }
    return new Annotations(m, s, normalized != null ? normalized : normalizedText);
  }

  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isEmpty() {
    return labels.isEmpty() && stamps.isEmpty() && normalizedText == null;
  }

  /** Jackson filter that leaves empty annotations out of a post's JSON. */
  public static final class EmptyFilter {
    @Override
    public boolean equals(Object other) {
      return other == null || (other instanceof Annotations a && a.isEmpty());
    }

    @Override
    public int hashCode() {
      return 0;
    }
  }
}
