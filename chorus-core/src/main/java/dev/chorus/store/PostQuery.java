package dev.chorus.store;

import java.time.Instant;
import java.util.Set;

/**
 * The filter shared by search, stats, export and (later) every analysis: a full-text query in Lucene syntax plus
 * facet filters. Empty sets and nulls mean "no restriction"; values within one set are alternatives (OR), sets
 * combine with AND. {@code until} is exclusive. Stance values are {@code against} (any target) or
 * {@code target:against}. Call values are call-to-action types ({@code petition}, {@code support-talks}, ...).
 */
public record PostQuery(
    String text,
    Set<String> platforms,
    Set<String> languages,
    Set<String> kinds,
    Instant since,
    Instant until,
    String author,
    String hashtag,
    Set<String> stances,
    Set<String> frames,
    Set<String> actors,
    Set<String> cohorts,
    Set<String> calls) {

  public PostQuery {
    text = text == null || text.isBlank() ? null : text;
    platforms = platforms == null ? Set.of() : Set.copyOf(platforms);
    languages = languages == null ? Set.of() : Set.copyOf(languages);
    kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    stances = stances == null ? Set.of() : Set.copyOf(stances);
    frames = frames == null ? Set.of() : Set.copyOf(frames);
    actors = actors == null ? Set.of() : Set.copyOf(actors);
    cohorts = cohorts == null ? Set.of() : Set.copyOf(cohorts);
    calls = calls == null ? Set.of() : Set.copyOf(calls);
  }

  /** Filters without the call filter. */
  public PostQuery(String text, Set<String> platforms, Set<String> languages, Set<String> kinds, Instant since,
      Instant until, String author, String hashtag, Set<String> stances, Set<String> frames, Set<String> actors,
      Set<String> cohorts) {
    this(text, platforms, languages, kinds, since, until, author, hashtag, stances, frames, actors, cohorts, null);
  }

  /** Filters without label filters (stance, frame, actor, cohort). */
  public PostQuery(String text, Set<String> platforms, Set<String> languages, Set<String> kinds, Instant since,
      Instant until, String author, String hashtag) {
    this(text, platforms, languages, kinds, since, until, author, hashtag, null, null, null, null, null);
  }

  public static PostQuery all() {
    return new PostQuery(null, Set.of(), Set.of(), Set.of(), null, null, null, null);
  }

  public static PostQuery text(String text) {
    return new PostQuery(text, Set.of(), Set.of(), Set.of(), null, null, null, null);
  }
}
