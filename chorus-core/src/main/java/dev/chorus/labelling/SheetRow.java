package dev.chorus.labelling;

import dev.chorus.post.Label;
import dev.chorus.post.Post;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One row of a coding sheet to export: a post with the model's least sure answer.
 *
 * @param post the stored post
 * @param target the stance target of the row ("" when only frames are checked)
 * @param modelStance the model's stance toward it ("" when none)
 * @param modelFrames frame ids, {@code uncertain}, {@code none}, or "" without a frame model
 * @param certainty the lowest confidence among the labels considered: the sort key, least sure first
 */
public record SheetRow(Post post, String target, String modelStance, String modelFrames, double certainty) {
  /** Which model's labels decide how unsure a post is. */
  public enum By {
    STANCE,
    FRAMES,
    BOTH
  }

  /** The row of a post, or null when the post has none of the labels considered. */
  public static SheetRow of(Post post, String target, By by) {
    double certainty = 2;
    String rowTarget = "";
    String stance = "";
    for (Map.Entry<String, List<Label>> e : post.annotations().labels().entrySet()) {
      if (!e.getKey().startsWith("stance:") || e.getValue().isEmpty()) {
        continue;
      }
      String t = e.getKey().substring("stance:".length());
      Label l = e.getValue().get(0);
      boolean wanted = target == null ? by != By.FRAMES : t.equals(target);
      boolean lower = l.confidence() < certainty || (l.confidence() == certainty && t.compareTo(rowTarget) < 0);
      if (wanted && lower) {
        certainty = l.confidence();
        rowTarget = t;
        stance = l.value();
      }
    }
    if (target != null && rowTarget.isEmpty()) {
      return null;
    }
    List<Label> frames = post.annotations().all("frame");
    boolean framesRan = post.annotations().labels().containsKey("frame");
    if (by != By.STANCE) {
      for (Label l : frames) {
        certainty = Math.min(certainty, l.confidence());
      }
    }
    if (certainty > 1) {
      return null;
    }
    String frameText = !framesRan ? "" : frames.isEmpty() ? LabelSheet.NO_FRAMES
        : frames.stream().map(Label::value).collect(Collectors.joining(";"));
    return new SheetRow(post, target != null ? target : rowTarget, stance, frameText, certainty);
  }
}
