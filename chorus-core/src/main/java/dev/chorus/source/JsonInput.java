package dev.chorus.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Streaming JSON and NDJSON reading shared by the JSON-based sources, with limits (nesting depth, string length) that
 * turn hostile input into a clear error instead of a stack overflow or an out-of-memory error. Thread-safe.
 */
public final class JsonInput {
  /** Deeper nesting than any platform export uses; deeper input is refused as "absurdly deep". */
  public static final int MAX_DEPTH = 128;

  private static final int EXCERPT_CHARS = 300;

  private final ObjectMapper mapper;

  public JsonInput() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH)
            .maxStringLength(20_000_000)
            .build())
        .build();
    // input, not output: limits on nesting and string length for hostile files, so not JsonConfig's mapper
    mapper = JsonMapper.builder(factory).build();
  }

  public ObjectMapper mapper() {
    return mapper;
  }

  /** Maps one parsed record; throws {@link RecordRejectedException} when the record cannot become a post. */
  @FunctionalInterface
  public interface RecordMapper {
    void map(long recordNumber, JsonNode record, RecordSink sink);
  }

  /**
   * Checks that {@code input} holds exactly one well-formed JSON document (optionally after a JavaScript assignment
   * prefix ending in {@code '='}, as in X archives), without building it in memory.
   */
  public void checkWellFormed(SourceInput input, boolean skipAssignmentPrefix) throws IOException,
      UnreadableInputException {
    try (InputStream raw = input.open()) {
      InputStream in = skipAssignmentPrefix ? skipToAfterEquals(raw, input.name()) : raw;
      try (JsonParser p = mapper.getFactory().createParser(in)) {
        if (p.nextToken() == null) {
          throw new UnreadableInputException(input.name() + ": empty file");
        }
        p.skipChildren();
        if (p.nextToken() != null) {
          throw new UnreadableInputException(input.name() + ": more than one JSON document "
              + "(line " + p.currentLocation().getLineNr() + "); for one document a line use an NDJSON format");
        }
      } catch (JsonProcessingException e) {
        throw new UnreadableInputException(input.name() + ": not well-formed JSON (" + describe(e) + ")", e);
      }
    }
  }

  /** Skips the bytes up to and including the first '=' (X archive files start with {@code window.YTD.x.part0 =}). */
  public static InputStream skipToAfterEquals(InputStream in, String name) throws IOException,
      UnreadableInputException {
    for (int i = 0; i < 4096; i++) {
      int b = in.read();
      if (b < 0) {
        break;
      }
      if (b == '=') {
        return in;
      }
    }
    throw new UnreadableInputException(name + ": no 'window.YTD... =' assignment at the start");
  }

  /**
   * Reads NDJSON: every non-blank line is one record, numbered by its line. A line that is not valid JSON or that the
   * mapper refuses is rejected; the other lines are still read.
   */
  public void forEachLine(SourceInput input, RecordSink sink, RecordMapper mapperFn) throws IOException {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(input.open(), StandardCharsets.UTF_8), 1 << 16)) {
      String line;
      long lineNo = 0;
      while ((line = reader.readLine()) != null) {
        lineNo++;
        if (lineNo == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = mapper.readTree(line);
        } catch (JsonProcessingException e) {
          sink.reject(lineNo, "not valid JSON (" + describe(e) + ")", excerpt(line));
          continue;
        }
        mapSafely(lineNo, node, line, sink, mapperFn);
      }
    }
  }

  /**
   * Reads the elements of the JSON array at the parser's current token one by one (the parser must be on
   * {@link JsonToken#START_ARRAY}); element {@code i} is record {@code i}, 1-based.
   */
  public void forEachElement(JsonParser parser, RecordSink sink, RecordMapper mapperFn) throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw new IllegalStateException("parser is not at an array");
    }
    long index = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      index++;
      JsonNode node = mapper.readTree(parser);
      mapSafely(index, node, null, sink, mapperFn);
    }
  }

  /** Runs the mapper on one record, turning any failure into a reject so that one bad record never stops a file. */
  public static void mapSafely(long recordNumber, JsonNode node, String raw, RecordSink sink, RecordMapper mapperFn) {
    try {
      mapperFn.map(recordNumber, node, sink);
    } catch (RecordRejectedException e) {
      sink.reject(recordNumber, e.getMessage(), excerpt(raw != null ? raw : String.valueOf(node)));
    } catch (RuntimeException e) {
      sink.reject(recordNumber, "cannot map record: " + e, excerpt(raw != null ? raw : String.valueOf(node)));
    }
  }

  public static String excerpt(String raw) {
    if (raw == null) {
      return "";
    }
    return raw.length() <= EXCERPT_CHARS ? raw : raw.substring(0, EXCERPT_CHARS) + "…";
  }

  private static String describe(JsonProcessingException e) {
    String msg = e.getOriginalMessage();
    if (e.getLocation() != null) {
      msg += " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }
    return msg;
  }
}
