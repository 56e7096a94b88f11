package dev.chorus.volume;

import dev.chorus.store.PostQuery;
import dev.chorus.store.StoreStats;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A dimension a daily volume can be split by: where its counts are in the stats, how a query narrows to a value. */
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

  Map<String, Long> counts(StoreStats s) {
    return switch (this) {
      case LANG -> s.byLanguage();
      case PLATFORM -> s.byPlatform();
      case KIND -> s.byKind();
      case STANCE -> s.byStance();
      case FRAME -> s.byFrame();
    };
  }

  /** The query narrowed to one value of this dimension (replacing the values it had for it). */
  PostQuery narrow(PostQuery q, String value) {
    Set<String> v = Set.of(value);
    return new PostQuery(q.text(), this == PLATFORM ? v : q.platforms(), this == LANG ? v : q.languages(),
        this == KIND ? v : q.kinds(), q.since(), q.until(), q.author(), q.hashtag(), this == STANCE ? v : q.stances(),
        this == FRAME ? v : q.frames(), q.actors(), q.cohorts());
  }
}
