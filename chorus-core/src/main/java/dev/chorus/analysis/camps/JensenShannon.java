package dev.chorus.analysis.camps;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Jensen–Shannon distance between two label distributions: the square root of the JS divergence with base-2
 * logarithms, so it lies in [0, 1] (0: the same mix, 1: no label in common), is symmetric, and satisfies the triangle
 * inequality (Endres and Schindelin 2003), which makes distances of different buckets comparable.
 */
public final class JensenShannon {
  private JensenShannon() {}

  /** Distance between two count (or weight) vectors keyed by label; each needs a positive total. */
  public static double distance(Map<String, ? extends Number> a, Map<String, ? extends Number> b) {
    double ta = total(a);
    double tb = total(b);
    if (ta <= 0 || tb <= 0) {
      throw new IllegalArgumentException("Jensen-Shannon distance needs two non-empty distributions");
    }
    Set<String> labels = new HashSet<>(a.keySet());
    labels.addAll(b.keySet());
    double divergence = 0;
    for (String label : labels) {
      double p = weight(a, label) / ta;
      double q = weight(b, label) / tb;
      double m = (p + q) / 2;
      divergence += (term(p, m) + term(q, m)) / 2;
    }
    // rounding can leave a tiny negative divergence or one just above 1
    return Math.min(1.0, Math.sqrt(Math.max(0.0, divergence)));
  }

  private static double term(double p, double m) {
    return p == 0 ? 0 : p * (Math.log(p / m) / Math.log(2));
  }

  private static double weight(Map<String, ? extends Number> m, String label) {
    Number n = m.get(label);
    return n == null ? 0 : Math.max(0, n.doubleValue());
  }

  private static double total(Map<String, ? extends Number> m) {
    return m.values().stream().mapToDouble(n -> Math.max(0, n.doubleValue())).sum();
  }
}
