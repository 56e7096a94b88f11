package dev.chorus.analysis.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.json.JsonConfig;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Summarises the workspace's rejects files ({@code rejects/ingest-*.ndjson}: {@code file}, {@code record},
 * {@code reason}, {@code raw}). A line that is not such a record is skipped: the summary is informative and must not
 * fail because a file was edited or cut short.
 */
final class RejectsReader {
  private static final int MAX_REASON = 160;

  private final Path dir;
  private final ObjectMapper mapper = JsonConfig.mapper();

  RejectsReader(Path dir) {
    this.dir = dir;
  }

  RejectSummary summary() throws IOException {
    if (dir == null || !Files.isDirectory(dir)) {
      return RejectSummary.none();
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".ndjson")).sorted().toList();
    }
    long records = 0;
    long wholeFiles = 0;
    Map<String, Long> reasons = new HashMap<>();
    for (Path f : files) {
      try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          JsonNode n = parse(line);
          if (n == null || !n.has("reason")) {
            continue;
          }
          if (n.path("record").asLong(-1) == 0) {
            wholeFiles++;
          } else {
            records++;
          }
          String reason = n.path("reason").asText();
          reasons.merge(reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) + "…" : reason, 1L, Long::sum);
        }
      }
    }
    Map<String, Long> top = new LinkedHashMap<>();
    reasons.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(RejectSummary.TOP_REASONS)
        .forEach(e -> top.put(e.getKey(), e.getValue()));
    return new RejectSummary(files.size(), records, wholeFiles, top);
  }

  private JsonNode parse(String line) {
    try {
      JsonNode n = mapper.readTree(line);
      return n != null && n.isObject() ? n : null;
    } catch (IOException e) {
      return null;
    }
  }
}
