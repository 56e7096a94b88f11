package dev.chorus.ingest;

import com.fasterxml.jackson.databind.DeserializationFeature;
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

/**
 * The record of one ingest run, written to {@code WORKSPACE/runs/ingest-<stamp>.json} so that coverage can report
 * rejected records and duplicates of past runs (the index keeps only what was stored).
 *
 * @param posts collected posts in the store after the run
 * @param referenced referenced posts in the store after the run (0 in logs written before roles were counted)
 * @param perFile what each file gave: its format (null when it could not be read), records read, records rejected,
 *     and why the whole file failed (or null)
 */
public record RunLog(Instant started, Instant finished, long files, long read, long added, long updated,
    long duplicates, long rejectedRecords, long rejectedFiles, long posts, long referenced, String rejectsFile,
    List<FileCounts> perFile) {

  /** One file of a run. */
  public record FileCounts(String file, String format, long read, long rejected, String failure) {}

  public RunLog {
    perFile = perFile == null ? List.of() : List.copyOf(perFile);
  }

  static RunLog of(IngestSummary s, Instant started, Instant finished, List<FileCounts> perFile) {
    return new RunLog(started, finished, s.files(), s.read(), s.added(), s.updated(), s.duplicates(),
        s.rejectedRecords(), s.failedFiles().size(), s.posts(), s.referenced(), s.rejectsFile(), perFile);
  }

  void write(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    mapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), this);
  }

  /** Reads a run log; a file that is not one is an error naming it. */
  public static RunLog read(Path file) throws IOException {
    try {
      return mapper().readValue(file.toFile(), RunLog.class);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new IllegalArgumentException(file + ": not an ingest run log: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * The run log file format: JsonConfig's names and times, but nulls kept and unknown fields read past, so that logs
   * written by other versions stay readable.
   */
  private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();

  private static ObjectMapper mapper() {
    return MAPPER;
  }
}
