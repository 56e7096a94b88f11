package dev.chorus.agreement;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Cohen's kappa for two coders who coded the same units with nominal categories. */
public final class CohenKappa {
  private CohenKappa() {}

  /**
   * Kappa = (p_o - p_e) / (1 - p_e). {@code a} and {@code b} are the two coders' codes for the same units, in the same
   * order. Returns NaN when there are no units, and 1.0 when both coders used one same category throughout.
   */
  public static double of(List<String> a, List<String> b) {
    if (a.size() != b.size()) {
      throw new IllegalArgumentException("coders coded " + a.size() + " and " + b.size() + " units");
    }
    int n = a.size();
    if (n == 0) {
      return Double.NaN;
    }
    Map<String, Integer> ca = new HashMap<>();
    Map<String, Integer> cb = new HashMap<>();
    int agree = 0;
    for (int i = 0; i < n; i++) {
      if (a.get(i).equals(b.get(i))) {
        agree++;
      }
      ca.merge(a.get(i), 1, Integer::sum);
      cb.merge(b.get(i), 1, Integer::sum);
    }
    Set<String> cats = new HashSet<>(ca.keySet());
    cats.addAll(cb.keySet());
    double pe = 0;
    for (String c : cats) {
      pe += (ca.getOrDefault(c, 0) / (double) n) * (cb.getOrDefault(c, 0) / (double) n);
    }
    double po = agree / (double) n;
    return pe == 1.0 ? 1.0 : (po - pe) / (1 - pe);
  }
}
