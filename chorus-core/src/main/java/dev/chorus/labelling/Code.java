package dev.chorus.labelling;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One coder's codes for one post (and stance target), as stored in {@code codes.ndjson}.
 *
 * @param id the post's id
 * @param coder who coded
 * @param target the stance target ("" when only frames were coded)
 * @param stance favor / against / none, or null when the coder gave no stance
 * @param frames the frame ids the coder saw (empty: none); coded together with the stance
 * @param text the post's text as exported (pseudonymised), for the training files
 * @param lang the post's language, or ""
 * @param modelStance the model's stance on the sheet ("" when none)
 * @param modelFrames the model's frames on the sheet (ids, "uncertain", "none", or empty without a frame model)
 */
public record Code(String id, String coder, String target, String stance, List<String> frames, String text,
    String lang, @JsonProperty("model_stance") String modelStance,
    @JsonProperty("model_frames") List<String> modelFrames) {
  public Code {
    frames = List.copyOf(frames == null ? List.of() : frames);
    modelFrames = List.copyOf(modelFrames == null ? List.of() : modelFrames);
    target = target == null ? "" : target;
    lang = lang == null ? "" : lang;
    modelStance = modelStance == null ? "" : modelStance;
  }

  /** One code per post, coder and target: a later import of the same key replaces it. */
  public String key() {
    return id + "\u0000" + coder + "\u0000" + target;
  }
}
