package dev.chorus.volume;

import java.util.Locale;

/** A dimension a daily volume can be split by; its id is the facet dimension and the filter name. */
public enum VolumeDimension {
  LANG, PLATFORM, KIND, STANCE, FRAME;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static VolumeDimension fromId(String id) {
    for (VolumeDimension d : values()) {
      if (d.id().equals(id)) {
        return d;
      }
    }
    throw new IllegalArgumentException("'" + id + "' is not a dimension; known: lang, platform, kind, stance, frame");
  }
}
