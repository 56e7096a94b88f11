package dev.chorus.labelling;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every human code of a workspace, one JSON object a line in {@code WORKSPACE/labels/codes.ndjson}, one per post,
 * coder and target ({@link Code#key}): importing the same rows again changes nothing, and a coder's corrected code
 * replaces the old one. Rewritten through a temporary file and a move, so a crash leaves the old file whole.
 *
 * @param file the NDJSON file
 */
public record CodeStore(Path file) {
  // codes.ndjson is a file format of its own: unknown fields from newer versions are read past, not refused
  private static final ObjectMapper JSON = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  public static CodeStore in(Path labelsDir) {
    return new CodeStore(labelsDir.resolve("codes.ndjson"));
  }

  /** What a merge did. */
  public record Merge(int added, int updated, int unchanged, List<Code> all) {}

  public List<Code> load() throws IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    List<Code> out = new ArrayList<>();
    int line = 0;
    for (String s : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      line++;
      if (!s.isBlank()) {
        try {
          out.add(JSON.readValue(s, Code.class));
        } catch (IOException e) {
          throw new IOException(file + ": line " + line + ": not a stored code (" + e.getMessage() + ")", e);
        }
      }
    }
    return out;
  }

  /** Adds the codes (replacing those with the same key), saves, and returns the counts and the stored codes. */
  public Merge merge(List<Code> codes) throws IOException {
    Map<String, Code> all = new LinkedHashMap<>();
    load().forEach(c -> all.put(c.key(), c));
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    for (Code c : codes) {
      Code old = all.put(c.key(), c);
      if (old == null) {
        added++;
      } else if (old.equals(c)) {
        unchanged++;
      } else {
        updated++;
      }
    }
    save(List.copyOf(all.values()));
    return new Merge(added, updated, unchanged, List.copyOf(all.values()));
  }

  private void save(List<Code> codes) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      for (Code c : codes) {
        w.write(JSON.writeValueAsString(c));
        w.write('\n');
      }
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
