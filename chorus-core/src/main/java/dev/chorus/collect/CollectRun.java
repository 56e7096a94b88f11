package dev.chorus.collect;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The record of one collector run, {@code WORKSPACE/runs/collect-<kind>-<stamp>.json}. Its counting fields carry the
 * names of an ingest run log ({@code files} = pages, {@code read}, {@code added}, ...), so coverage sums collector runs
 * with ingest runs; besides, what was fetched, every request's outcome, the gaps and the cursor after the run.
 *
 * @param error why the run stopped early (a request that could not be completed), or null
 * @param retryAfterSeconds with an error: how long the platform asked to wait before the next request, or null
 */
public record CollectRun(String kind, String target, String format, Instant started, Instant finished,
    long fetched, long files, long read, long added, long updated, long duplicates, long rejectedRecords,
    long rejectedFiles, long posts, String rejectsFile, int requests, String error, List<String> gaps,
    List<String> notes, Map<String, String> cursor, List<RequestRecord> requestLog, String runFile,
    Long retryAfterSeconds) {

  public CollectRun {
    gaps = List.copyOf(gaps);
    notes = List.copyOf(notes);
    cursor = Map.copyOf(cursor);
    requestLog = List.copyOf(requestLog);
  }

  /** Records plus pages that could not be read. */
  public long rejected() {
    return rejectedRecords + rejectedFiles;
  }

  /** Nothing rejected, no gap, no failure. */
  public boolean clean() {
    return rejected() == 0 && gaps.isEmpty() && error == null;
  }

  CollectRun withRunFile(String file) {
    return new CollectRun(kind, target, format, started, finished, fetched, files, read, added, updated, duplicates,
        rejectedRecords, rejectedFiles, posts, rejectsFile, requests, error, gaps, notes, cursor, requestLog, file,
        retryAfterSeconds);
  }

  void write(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    MAPPER.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), this);
  }

  /** The run file's format: as the ingest run log (snake_case, ISO times, nulls kept). */
  private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();
}
