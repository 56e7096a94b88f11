package dev.chorus.analysis.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the collector run files ({@code runs/collect-*.json}, written by {@code dev.chorus.collect.CollectRun}) into
 * one {@link CollectorCoverage} per collector, oldest run first. Only the fields coverage needs are read, so a run
 * file from an older version (without some field) still counts.
 */
final class CollectorRuns {
  /** How many of a collector's runs the coverage lists one by one. */
  static final int RECENT = 20;
  private static final ObjectMapper JSON = new ObjectMapper();

  private CollectorRuns() {}

  static List<CollectorCoverage> read(Path runsDir) throws IOException {
    if (runsDir == null || !Files.isDirectory(runsDir)) {
      return List.of();
    }
    List<JsonNode> runs = new ArrayList<>();
    try (Stream<Path> files = Files.list(runsDir)) {
      for (Path f : files.filter(f -> f.getFileName().toString().matches("collect-.*\\.json")).toList()) {
        runs.add(JSON.readTree(f.toFile()));
      }
    }
    runs.sort(Comparator.comparing((JsonNode r) -> r.path("started").asText()));
    Map<String, List<JsonNode>> byCollector = new LinkedHashMap<>();
    for (JsonNode r : runs) {
      byCollector.computeIfAbsent(r.path("kind").asText() + " " + r.path("target").asText(),
          k -> new ArrayList<>()).add(r);
    }
    List<CollectorCoverage> out = new ArrayList<>();
    byCollector.values().forEach(list -> out.add(coverage(list)));
    out.sort(Comparator.comparing(CollectorCoverage::kind).thenComparing(CollectorCoverage::target));
    return out;
  }

  private static CollectorCoverage coverage(List<JsonNode> runs) {
    Instant lastSuccess = null;
    long added = 0;
    long failed = 0;
    List<CollectorCoverage.Outage> outages = new ArrayList<>();
    List<CollectorCoverage.Skipped> skipped = new ArrayList<>();
    List<CollectorCoverage.Run> all = new ArrayList<>();
    Instant outageFrom = null;
    long outageRuns = 0;
    String lastError = null;
    for (JsonNode r : runs) {
      Instant started = time(r, "started");
      Instant finished = time(r, "finished");
      String error = r.path("error").isTextual() ? r.path("error").asText() : null;
      added += r.path("added").asLong();
      r.path("gaps").forEach(g -> skipped.add(new CollectorCoverage.Skipped(started, g.asText())));
      all.add(new CollectorCoverage.Run(finished, r.path("fetched").asLong(), r.path("added").asLong(), error));
      if (error != null) {
        failed++;
        outageFrom = outageFrom == null ? started : outageFrom;
        outageRuns++;
        lastError = error;
      } else {
        lastSuccess = finished;
        if (outageFrom != null) {
          outages.add(new CollectorCoverage.Outage(outageFrom, finished, outageRuns, lastError));
          outageFrom = null;
          outageRuns = 0;
        }
      }
    }
    if (outageFrom != null) {
      outages.add(new CollectorCoverage.Outage(outageFrom, null, outageRuns, lastError));
    }
    JsonNode last = runs.get(runs.size() - 1);
    return new CollectorCoverage(last.path("kind").asText(), last.path("target").asText(), runs.size(),
        time(last, "finished"), lastSuccess, added, failed, outages, skipped,
        all.subList(Math.max(0, all.size() - RECENT), all.size()));
  }

  private static Instant time(JsonNode run, String field) {
    JsonNode v = run.path(field);
    return v.isTextual() ? Instant.parse(v.asText()) : null;
  }
}
