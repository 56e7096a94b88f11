package dev.chorus.store;

import java.time.Instant;
import java.util.Set;

/**
 * The filter shared by search, stats, export and (later) every analysis: a full-text query in Lucene syntax plus
 * facet filters. Empty sets and nulls mean "no restriction". {@code until} is exclusive.
 */
public record PostQuery(
    String text,
    Set<String> platforms,
    Set<String> languages,
    Set<String> kinds,
    Instant since,
    Instant until,
    String author,
    String hashtag) {

  public PostQuery {
    text = text == null || text.isBlank() ? null : text;
    platforms = platforms == null ? Set.of() : Set.copyOf(platforms);
    languages = languages == null ? Set.of() : Set.copyOf(languages);
    kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
  }

  public static PostQuery all() {
    return new PostQuery(null, Set.of(), Set.of(), Set.of(), null, null, null, null);
  }

  public static PostQuery text(String text) {
    return new PostQuery(text, Set.of(), Set.of(), Set.of(), null, null, null, null);
  }
}
