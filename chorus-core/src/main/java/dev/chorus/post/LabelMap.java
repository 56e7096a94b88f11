package dev.chorus.post;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * The labels of {@link Annotations}: an immutable map in insertion order, held in two short arrays. A post carries a
 * handful of keys and every annotator of the chain replaces one on every post, so {@link #with} is what the chain's
 * bookkeeping costs: two array copies, where a {@code LinkedHashMap} copied a node per key (a sixth of the chain's
 * CPU). Behaves as the unmodifiable {@code LinkedHashMap} it replaces: same order, equality, hash code and string;
 * every change throws.
 */
final class LabelMap extends AbstractMap<String, List<Label>> {
  static final LabelMap EMPTY = new LabelMap(new String[0], new Object[0]);

  private final String[] keys;
  private final Object[] values; // List<Label>, immutable

  private LabelMap(String[] keys, Object[] values) {
    this.keys = keys;
    this.values = values;
  }

  /** The labels of {@code labels} in its iteration order, each list copied immutable. */
  static LabelMap copyOf(Map<String, ? extends List<Label>> labels) {
    List<? extends Map.Entry<String, ? extends List<Label>>> entries = List.copyOf(labels.entrySet());
    String[] k = new String[entries.size()];
    Object[] v = new Object[entries.size()];
    for (int i = 0; i < k.length; i++) {
      k[i] = entries.get(i).getKey();
      v[i] = List.copyOf(entries.get(i).getValue());
    }
    return new LabelMap(k, v);
  }

  /** A copy with {@code key} mapped to {@code labels} (immutable): in its place when present, else last. */
  LabelMap with(String key, List<Label> labels) {
    int i = indexOf(key);
    int n = keys.length;
    String[] k = i >= 0 ? keys : Arrays.copyOf(keys, n + 1);
    Object[] v = Arrays.copyOf(values, i >= 0 ? n : n + 1);
    if (i < 0) {
      k[n] = key;
      i = n;
    }
    v[i] = labels;
    return new LabelMap(k, v); // keys are shared when unchanged: neither array is ever written once published
  }

  private int indexOf(Object key) {
    for (int i = 0; i < keys.length; i++) {
      if (Objects.equals(keys[i], key)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<Label> get(Object key) {
    int i = indexOf(key);
    return i < 0 ? null : (List<Label>) values[i];
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public int size() {
    return keys.length;
  }

  @Override
  public Set<Map.Entry<String, List<Label>>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, List<Label>>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < keys.length;
          }

          @Override
          @SuppressWarnings("unchecked")
          public Map.Entry<String, List<Label>> next() {
            if (next >= keys.length) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new AbstractMap.SimpleImmutableEntry<>(keys[i], (List<Label>) values[i]);
          }
        };
      }

      @Override
      public int size() {
        return keys.length;
      }
    };
  }

  @Override
  public List<Label> remove(Object key) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void clear() {
    throw new UnsupportedOperationException();
  }
}
