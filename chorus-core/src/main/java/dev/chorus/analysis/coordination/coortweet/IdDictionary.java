package dev.chorus.analysis.coordination.coortweet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Interns strings as dense ints so that the detector compares and counts with arrays instead of hash lookups. One
 * dictionary holds object, account and content ids alike, so "content id equals object id" is an int comparison.
 * Not thread-safe: one per table being built.
 */
public final class IdDictionary {
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> names = new ArrayList<>();

  public int intern(String name) {
    Integer id = ids.get(name);
    if (id != null) {
      return id;
    }
    int next = names.size();
    ids.put(name, next);
    names.add(name);
    return next;
  }

  public String name(int id) {
    return names.get(id);
  }

  public int size() {
    return names.size();
  }
}
