package dev.chorus.collect.watch;

import java.time.Duration;
import java.util.Map;

/**
 * One entry of {@code sources.yaml}: a collector kind, how often to run it, at most how many pages a run fetches, and
 * that collector's options under their command-line names ({@code instance}, {@code tag}, {@code url}, ...).
 *
 * @param entry the entry's number in the file (from 1) and its line, for messages
 */
public record WatchedSource(String entry, String kind, Duration every, int maxPages, Map<String, String> options) {
  public WatchedSource {
    options = Map.copyOf(options);
  }
}
