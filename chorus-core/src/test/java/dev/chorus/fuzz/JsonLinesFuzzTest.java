package dev.chorus.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.chorus.source.Source;
import dev.chorus.source.SourceInput;
import dev.chorus.source.SourceReads;
import dev.chorus.source.SourceRegistry;
import dev.chorus.source.input.InputLimits;
import dev.chorus.source.input.JsonRecords;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * JSON lines (JSONL, NDJSON) and JSON documents through the input layer every JSON source reads with
 * ({@link JsonRecords}: the first line, the start of a document, record by record), with a small record-size limit so
 * that the too-long paths are reached, and through the generic {@code ndjson} source.
 */
class JsonLinesFuzzTest {
  private static final Source NDJSON = SourceRegistry.loadDefault().require("ndjson");
  /** Records over 2 kB are "too long" here, so that short fuzz inputs cross the limit. */
  private static final JsonRecords RECORDS = new JsonRecords(new InputLimits(2_000, 100));

  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  @FuzzTest
  void jsonLines(byte[] data) throws Throwable {
    SourceInput input = SourceInput.ofBytes("input.ndjson", data);
    try {
      RECORDS.firstLine(input);
      RECORDS.start(input);
      RECORDS.forEachLine(input, new Refusals.CheckingSink(), (n, node, sink) -> node.path("text").asText());
      try (JsonParser p = RECORDS.parser(input)) {
        if (p.nextToken() == JsonToken.START_ARRAY) {
          RECORDS.forEachElement(p, new Refusals.CheckingSink(), (n, node, sink) -> node.path("id").asText());
        }
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException | java.io.CharConversionException e) {
      // a broken document read as one: the sources turn this into a file error in words (SourceReads)
    } catch (Throwable t) {
      Refusals.check(t, Refusals.INPUT);
    }
    try {
      SourceReads.read(NDJSON, input, new Refusals.CheckingSink());
    } catch (Throwable t) {
      Refusals.check(t, Refusals.INPUT);
    }
  }
}
