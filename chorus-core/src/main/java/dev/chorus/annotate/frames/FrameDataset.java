package dev.chorus.annotate.frames;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/**
 * The labelled posts of one frame file.
 *
 * @param file where they came from
 * @param examples the labelled posts
 * @param skipped records left out (no usable label), counted for the report
 */
public record FrameDataset(Path file, List<FrameExample> examples, int skipped) {
  public FrameDataset {
    examples = List.copyOf(examples);
  }

  /** The frame ids that occur, sorted. */
  public List<String> frames() {
    TreeSet<String> all = new TreeSet<>();
    examples.forEach(e -> all.addAll(e.frames()));
    return List.copyOf(all);
  }

  /** How many posts carry each frame, sorted by frame id. */
  public java.util.Map<String, Integer> counts() {
    java.util.Map<String, Integer> m = new java.util.TreeMap<>();
    examples.forEach(e -> e.frames().forEach(f -> m.merge(f, 1, Integer::sum)));
    return m;
  }
}
