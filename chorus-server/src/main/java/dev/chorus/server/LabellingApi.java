package dev.chorus.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.codebook.Codebook;
import dev.chorus.store.PostStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Hand coding from the dashboard ({@code --allow-labelling} only): {@code POST /api/posts/{id}/labels} with
 * {@code {"coder": "...", "codes": [{"target": "...", "stance": "against"}], "frames": ["..."]}} appends one line
 * per code to {@code WORKSPACE/labels/codes.ndjson}: {@code coder}, {@code time}, {@code post_id}, {@code target},
 * {@code stance}, {@code frames} (frames alone: one line with a null target). Targets, stances and frames must be
 * the codebook's. The store is not changed: codes are material for agreement and training, not labels.
 *
 * <p>Kept minimal on purpose: {@code chorus label --export/--import} (package {@code dev.chorus.labelling}) reads and
 * writes the same file and will take this writer over.
 */
final class LabellingApi {
  static final String FILE = "codes.ndjson";
  private static final int MAX_CODER = 80;

  private final PostStore store;
  private final Codebook codebook;
  private final Path file;
  private final boolean allowed;
  private final Clock clock;
  private final ObjectMapper json = new ObjectMapper();

  LabellingApi(PostStore store, Codebook codebook, Path labelsDir, boolean allowed) {
    this(store, codebook, labelsDir, allowed, Clock.systemUTC());
  }

  LabellingApi(PostStore store, Codebook codebook, Path labelsDir, boolean allowed, Clock clock) {
    this.store = store;
    this.codebook = codebook;
    this.file = labelsDir.resolve(FILE);
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
    List<ObjectNode> lines = new ArrayList<>();
    String time = clock.instant().toString();
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
      lines.add(line(coder, time, id, target, stance, frames));
    }
    if (lines.isEmpty() && !frames.isEmpty()) {
      lines.add(line(coder, time, id, null, null, frames));
    }
    if (lines.isEmpty()) {
      throw ApiException.badParameter("codes", "nothing to store: code a stance or a frame");
    }
    append(lines);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("written", lines.size());
    out.put("file", "labels/" + FILE);
    return out;
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

  private ObjectNode line(String coder, String time, String id, String target, String stance, List<String> frames) {
    ObjectNode o = json.createObjectNode();
    o.put("coder", coder).put("time", time).put("post_id", id).put("target", target).put("stance", stance);
    var array = o.putArray("frames");
    frames.forEach(array::add);
    return o;
  }

  /** One write per request, appended under a lock, so that two coders saving at once never interleave lines. */
  private synchronized void append(List<ObjectNode> lines) throws IOException {
    StringBuilder b = new StringBuilder();
    for (ObjectNode o : lines) {
      b.append(json.writeValueAsString(o)).append('\n');
    }
    Files.createDirectories(file.getParent());
    Files.writeString(file, b, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
        StandardOpenOption.WRITE);
  }
}
