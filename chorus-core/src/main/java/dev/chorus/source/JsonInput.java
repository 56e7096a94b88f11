package dev.chorus.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.chorus.source.input.InputLimits;
import java.io.IOException;
import java.io.InputStream;

/**
 * The JSON configuration shared by the JSON-based sources (record iteration is {@link
 * dev.chorus.source.input.JsonRecords}), with limits (nesting depth, string length) that
 * turn hostile input into a clear error instead of a stack overflow or an out-of-memory error. Thread-safe.
 */
public final class JsonInput {
  /** Deeper nesting than any platform export uses; deeper input is refused as "absurdly deep". */
  public static final int MAX_DEPTH = 128;

  private static final int EXCERPT_CHARS = 300;
  /** Jackson's words for a string past {@code maxStringLength}. */
  private static final java.util.regex.Pattern STRING_TOO_LONG =
      java.util.regex.Pattern.compile("String value length \\(\\d+\\) exceeds the maximum allowed \\((\\d+)");

  private final ObjectMapper mapper;

  public JsonInput() {
    this(InputLimits.current());
  }

  /** Text values longer than the record-size limit are refused (in words: {@link #describe}). */
  public JsonInput(InputLimits limits) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH)
            .maxStringLength((int) Math.min(Integer.MAX_VALUE - 16, limits.maxRecordChars()))
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
      } catch (java.io.CharConversionException e) {
        // Jackson guesses UTF-16/32 from the first bytes; bytes that look like neither are no JSON text
        throw new UnreadableInputException(input.name() + ": not JSON text in UTF-8, UTF-16 or UTF-32 (the first "
            + "bytes read as an unknown encoding)", e);
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

  /** Runs the mapper on one record, turning any failure into a reject so that one bad record never stops a file. */
  public static void mapSafely(long recordNumber, JsonNode node, String raw, RecordSink sink, RecordMapper mapperFn) {
    try {
      mapperFn.map(recordNumber, node, sink);
    } catch (RecordRejectedException e) {
      sink.reject(recordNumber, e.getMessage(), excerpt(raw != null ? raw : String.valueOf(node)));
    } catch (java.io.UncheckedIOException e) {
      throw e; // the sink could not write (the store, the rejects file): not the record's fault
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

  /** The parser's message with the line and column it names. */
  public static String describe(JsonProcessingException e) {
    String msg = inWords(e.getOriginalMessage());
    if (e.getLocation() != null) {
      msg += " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }
    return msg;
  }

  /**
   * The parser's message without the parts meant for programmers: a truncated value said in words, and Jackson's
   * source and marker references ({@code [Source: REDACTED ...]}, {@code (start marker at ...)}) cut, since the file,
   * line and column are given apart.
   */
  static String inWords(String message) {
    if (message == null || message.isBlank()) {
      return "not JSON";
    }
    if (message.startsWith("Unexpected end-of-input")) {
      return "the text ends before the JSON value is complete";
    }
    java.util.regex.Matcher tooLong = STRING_TOO_LONG.matcher(message);
    if (tooLong.find()) {
      return "a text value is longer than " + new InputLimits(Long.parseLong(tooLong.group(1)), 1).recordLimitInWords();
    }
    String m = message.replaceAll("(?s)\\s*\\(start marker at .*", "").replaceAll("(?s)\\s*\\[Source: .*", "");
    m = m.replaceAll("(?s)\\s*\\n.*", "").trim();
    return m.isEmpty() ? "not JSON" : m;
  }
}
