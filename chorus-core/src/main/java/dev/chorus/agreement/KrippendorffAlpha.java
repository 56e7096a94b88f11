package dev.chorus.agreement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Krippendorff's alpha for nominal data: any number of coders, codes may be missing. Computed from the coincidence
 * matrix (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"): alpha = 1 - D_o / D_e.
 */
public final class KrippendorffAlpha {
  private KrippendorffAlpha() {}

  /**
   * @param units for each unit, the codes it received (one per coder who coded it; units with fewer than two codes
   *     are not pairable and are ignored)
   * @return alpha, or NaN when fewer than two pairable codes exist; 1.0 when all codes are one category
   */
  public static double nominal(List<List<String>> units) {
    Map<String, Map<String, Double>> o = new HashMap<>();
    double total = 0;
    for (List<String> codes : units) {
      int m = codes.size();
      if (m < 2) {
        continue;
      }
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < m; j++) {
          if (i != j) {
            o.computeIfAbsent(codes.get(i), k -> new HashMap<>()).merge(codes.get(j), 1.0 / (m - 1), Double::sum);
          }
        }
      }
      total += m;
    }
    if (total < 2) {
      return Double.NaN;
    }
    Map<String, Double> marginals = new HashMap<>();
    double observedDisagreement = 0;
    for (var row : o.entrySet()) {
      for (var cell : row.getValue().entrySet()) {
        marginals.merge(row.getKey(), cell.getValue(), Double::sum);
        if (!row.getKey().equals(cell.getKey())) {
          observedDisagreement += cell.getValue();
        }
      }
    }
    double expectedDisagreement = 0;
    for (var c : marginals.entrySet()) {
      for (var k : marginals.entrySet()) {
        if (!c.getKey().equals(k.getKey())) {
          expectedDisagreement += c.getValue() * k.getValue();
        }
      }
    }
    if (expectedDisagreement == 0) {
      return 1.0;
    }
    return 1 - (total - 1) * observedDisagreement / expectedDisagreement;
  }
}
