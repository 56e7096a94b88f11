package dev.chorus.analysis.coordination.network;

import java.util.Locale;

/**
 * How groups are split inside connected components, both from JGraphT: greedy modularity (Clauset, Newman &amp; Moore
 * 2004; deterministic, the default) or label propagation (Raghavan et al. 2007; near-linear, seeded here so runs
 * repeat). {@code NONE} keeps whole components. Both JGraphT algorithms ignore edge weights: weights act through the
 * threshold applied before.
 */
public enum CommunityAlgorithm {
  GREEDY_MODULARITY,
  LABEL_PROPAGATION,
  NONE;

  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static CommunityAlgorithm fromId(String id) {
    for (CommunityAlgorithm a : values()) {
      if (a.id().equals(id.trim().toLowerCase(Locale.ROOT))) {
        return a;
      }
    }
    throw new IllegalArgumentException("unknown community algorithm '" + id
        + "'; known: greedy-modularity, label-propagation, none");
  }
}
