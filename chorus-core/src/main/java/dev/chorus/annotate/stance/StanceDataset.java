package dev.chorus.annotate.stance;

import java.nio.file.Path;
import java.util.List;

/**
 * The labelled posts of one file.
 *
 * @param file where they came from
 * @param examples the posts with a stance
 * @param skipped records without a stance cell (left out, counted)
 */
public record StanceDataset(Path file, List<StanceExample> examples, int skipped) {
  public StanceDataset {
    examples = List.copyOf(examples);
  }

  /** The distinct targets, in order of first appearance. */
  public List<String> targets() {
    return examples.stream().map(StanceExample::target).distinct().toList();
  }
}
