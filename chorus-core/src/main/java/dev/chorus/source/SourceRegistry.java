package dev.chorus.source;

import dev.chorus.source.input.Compression;
import dev.chorus.source.noposts.NoPostShapes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The registered sources, found with {@link ServiceLoader} ({@code META-INF/services/dev.chorus.source.Source}), so a
 * new format is one class and one line. Looks sources up by id and detects a file's format from its content.
 */
public final class SourceRegistry {
  private final Map<String, Source> byId;

  public SourceRegistry(List<Source> sources) {
    Map<String, Source> map = new LinkedHashMap<>();
    for (Source s : sources) {
      Source previous = map.putIfAbsent(s.id(), s);
      if (previous != null) {
        throw new IllegalStateException("two sources with id '" + s.id() + "': "
            + previous.getClass().getName() + " and " + s.getClass().getName());
      }
    }
    byId = Collections.unmodifiableMap(map);
  }

  /** All sources on the class path. */
  public static SourceRegistry loadDefault() {
    List<Source> list = new ArrayList<>();
    ServiceLoader.load(Source.class, SourceRegistry.class.getClassLoader()).forEach(list::add);
    list.sort(Comparator.comparing(Source::id));
    return new SourceRegistry(list);
  }

  public List<Source> all() {
    return List.copyOf(byId.values());
  }

  public Optional<Source> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The source for {@code --format id}, or an error listing the known ids. */
  public Source require(String id) {
    Source s = byId.get(id);
    if (s == null) {
      throw new IllegalArgumentException("unknown format '" + id + "'; known formats: "
          + String.join(", ", byId.keySet()));
    }
    return s;
  }

  /** Why a file no source claims is refused (after its name); callers that skip many such files say it once. */
  public static final String UNKNOWN_FORMAT = "unknown format (no source recognises its content)";
  /** What follows {@link #UNKNOWN_FORMAT}, before the list of format ids. */
  public static final String FORMAT_HINT = "; use --format with one of: ";

  /** The source that claims the file most confidently. */
  public Source detect(SourceInput input) throws IOException, UnreadableInputException {
    FileSniff sniff = FileSniff.of(input);
    NoPostShapes.refuseIfKnown(input, sniff); // empty files, tweet counts, user lookups, ...: say what they are
    if (sniff.binary()) {
      Compression.refuseUnsupported(input);
      throw new UnreadableInputException(input.name() + ": binary content, not a text export");
    }
    Source best = null;
    int bestScore = 0;
    for (Source s : byId.values()) {
      int score;
      try {
        score = s.detect(sniff);
      } catch (RuntimeException e) {
        score = 0; // detection must never break ingest; a broken detector simply does not claim the file
      }
      if (score > bestScore) {
        best = s;
        bestScore = score;
      }
    }
    if (best == null) {
      throw new UnreadableInputException(input.name() + ": " + UNKNOWN_FORMAT + FORMAT_HINT
          + String.join(", ", byId.keySet()));
    }
    return best;
  }
}
