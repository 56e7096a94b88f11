package dev.chorus.annotate.frames;

import java.util.Set;
import java.util.TreeSet;

/**
 * One labelled post of a frame file.
 *
 * @param line line (record) number in the file, for messages
 * @param text the text the model reads
 * @param frames the frame ids it carries (empty: none of the frames)
 * @param lang its language when the file gives one, else null
 */
public record FrameExample(long line, String text, Set<String> frames, String lang) {
  public FrameExample {
    frames = Set.copyOf(new TreeSet<>(frames == null ? Set.of() : frames));
    text = text == null ? "" : text;
  }
}
