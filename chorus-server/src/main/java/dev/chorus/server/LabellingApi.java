package dev.chorus.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.codebook.Codebook;
import dev.chorus.json.JsonConfig;
import dev.chorus.labelling.Code;
import dev.chorus.labelling.CodeStore;
import dev.chorus.labelling.LabelsNeeded;
import dev.chorus.post.Label;
import dev.chorus.post.Post;
import dev.chorus.store.PostStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Hand coding from the dashboard ({@code --allow-labelling} only): {@code POST /api/posts/{id}/labels} with
 * {@code {"coder": "...", "codes": [{"target": "...", "stance": "against"}], "frames": ["..."]}} stores one code per
 * target (frames alone: one code without a target) in {@code WORKSPACE/labels/codes.ndjson} through the same
 * {@link CodeStore} as {@code chorus label --import}, so dashboard codes count in its agreement figures and training
 * files. Targets, stances and frames must be the codebook's. The post store is not changed: codes are material for
 * agreement and training, not labels. {@code GET /api/labelling/next-gain} tells the coder, per target, roughly how
 * many more codes the next gain needs, from a learning curve.
 */
final class LabellingApi {
  static final String FILE = "codes.ndjson";
  private static final int MAX_CODER = 80;

  private final PostStore store;
  private final Codebook codebook;
  private final Path labelsDir;
  private final boolean allowed;
  private final Clock clock;
  private final ObjectMapper json = JsonConfig.mapper();
  private Object nextGain;
  private List<Object> nextGainVersion;

  LabellingApi(PostStore store, Codebook codebook, Path labelsDir, boolean allowed) {
    this(store, codebook, labelsDir, allowed, Clock.systemUTC());
  }

  LabellingApi(PostStore store, Codebook codebook, Path labelsDir, boolean allowed, Clock clock) {
    this.store = store;
    this.codebook = codebook;
    this.labelsDir = labelsDir;
    this.allowed = allowed;
    this.clock = clock;
  }

  boolean allowed() {
    return allowed;
  }

  Object label(ApiRequest r) throws IOException {
    if (!allowed) {
      throw new ApiException(403, "labelling is off: start the server with --allow-labelling", null);
    }
    String id = r.path("id");
    if (store.get(id).isEmpty()) {
      throw ApiException.notFound("no post with id '" + id + "'", "id");
    }
    JsonNode body = parse(r.body());
    for (String list : List.of("codes", "frames")) {
      if (!body.path(list).isMissingNode() && !body.get(list).isArray()) {
        throw ApiException.badParameter(list, list + " must be a list");
      }
    }
    String coder = body.path("coder").asText("").strip();
    if (coder.isEmpty() || coder.length() > MAX_CODER || coder.chars().anyMatch(Character::isISOControl)) {
      throw ApiException.badParameter("coder", "coder: give your name (1 to " + MAX_CODER + " characters)");
    }
    List<String> frames = values(body.path("frames"), "frames",
        codebook.frames().stream().map(Codebook.Frame::id).collect(Collectors.toSet()));
    Post post = store.get(id).orElseThrow();
    List<Code> codes = new ArrayList<>();
    Set<String> targets = codebook.targets().stream().map(Codebook.Target::id).collect(Collectors.toSet());
    for (JsonNode code : body.path("codes")) {
      String target = code.path("target").asText("");
      String stance = code.path("stance").asText("");
      if (!targets.contains(target)) {
        throw ApiException.badParameter("target", "target '" + target + "' is not in the codebook: " + targets);
      }
      if (!Codebook.Target.STANCES.contains(stance)) {
        throw ApiException.badParameter("stance", "stance must be one of " + Codebook.Target.STANCES);
      }
      codes.add(code(post, coder, target, stance, frames));
    }
    if (codes.isEmpty() && !frames.isEmpty()) {
      codes.add(code(post, coder, "", null, frames));
    }
    if (codes.isEmpty()) {
      throw ApiException.badParameter("codes", "nothing to store: code a stance or a frame");
    }
    store(codes);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("written", codes.size());
    out.put("file", "labels/" + FILE);
    return out;
  }

  /** A code in the form {@code chorus label --import} keeps, with the model's labels for coder–model agreement. */
  private static Code code(Post post, String coder, String target, String stance, List<String> frames) {
    Label model = target.isEmpty() ? null : post.annotations().first("stance:" + target);
    Label lang = post.annotations().first("lang");
    List<String> modelFrames = post.annotations().all("frame").stream().map(Label::value).toList();
    return new Code(post.id(), coder, target, stance, frames, post.text(),
        lang != null ? lang.value() : post.lang(), model == null ? "" : model.value(), modelFrames);
  }

  private JsonNode parse(String body) {
    try {
      JsonNode n = json.readTree(body);
      if (n != null && n.isObject()) {
        return n;
      }
    } catch (IOException e) {
      // answered below
    }
    throw ApiException.badParameter("body", "the body must be a JSON object {coder, codes, frames}");
  }

  private static List<String> values(JsonNode array, String name, Set<String> known) {
    List<String> out = new ArrayList<>();
    for (JsonNode v : array) {
      if (!known.contains(v.asText())) {
        throw ApiException.badParameter(name, name + ": '" + v.asText() + "' is not in the codebook");
      }
      out.add(v.asText());
    }
    return out;
  }

  /**
   * {@code GET /api/labelling/next-gain}: per codebook target, roughly how many more coded posts the next +0.03 F_avg
   * needs ({@link LabelsNeeded}). A target's own learning curve costs trainings, so the answer is kept until the
   * codes file changes.
   */
  synchronized Object nextGain(ApiRequest r) throws IOException {
    Path file = CodeStore.in(labelsDir).file();
    List<Object> version = java.nio.file.Files.exists(file)
        ? List.of(java.nio.file.Files.size(file), java.nio.file.Files.getLastModifiedTime(file).toMillis())
        : List.of();
    if (!version.equals(nextGainVersion)) {
      List<String> targets = codebook.targets().stream().map(Codebook.Target::id).toList();
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("gain", LabelsNeeded.GAIN);
      out.put("own_curve_min", LabelsNeeded.OWN_CURVE_MIN);
      out.put("targets", LabelsNeeded.forCodes(CodeStore.in(labelsDir).load(), targets));
      nextGain = out;
      nextGainVersion = version;
    }
    return nextGain;
  }

  /** Codes are merged by post, coder and target (a coder's second answer replaces the first), one request at a time. */
  private synchronized void store(List<Code> codes) throws IOException {
    CodeStore.in(labelsDir).merge(codes);
  }
}
