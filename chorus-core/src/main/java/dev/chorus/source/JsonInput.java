package dev.chorus.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.chorus.source.input.JsonProblems;
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
  /** The reason for a record a mapper failed on without saying why. */
  public static final String UNEXPECTED_LAYOUT = "the record's fields are laid out otherwise than this format "
      + "documents (a value of an unexpected type or shape); expected the platform's documented fields";
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
        throw new UnreadableInputException(input.name() + ": not JSON text (" + JsonProblems.describe(e) + ")", e);
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
    mapSafelyRawOnDemand(recordNumber, node, () -> raw, sink, mapperFn);
  }

  /** The same, with the raw record made only for a reject's excerpt (null: the node's JSON stands for it). */
  public static void mapSafelyRawOnDemand(long recordNumber, JsonNode node, java.util.function.Supplier<String> raw,
      RecordSink sink, RecordMapper mapperFn) {
    try {
      mapperFn.map(recordNumber, node, sink);
    } catch (RecordRejectedException e) {
      sink.reject(recordNumber, e.getMessage(), excerpt(raw, node));
    } catch (java.io.UncheckedIOException e) {
      throw e; // the sink could not write (the store, the rejects file): not the record's fault
    } catch (RuntimeException e) {
      // a field of a type the format does not document (a number where an object belongs, ...) that a mapper did
      // not check: said in words, since the exception's text means nothing to an analyst
      sink.reject(recordNumber, UNEXPECTED_LAYOUT, excerpt(raw, node));
    }
  }

  private static String excerpt(java.util.function.Supplier<String> raw, JsonNode node) {
    String text = raw.get();
    return excerpt(text != null ? text : String.valueOf(node));
  }

  public static String excerpt(String raw) {
    if (raw == null) {
      return "";
    }
    return raw.length() <= EXCERPT_CHARS ? raw : raw.substring(0, EXCERPT_CHARS) + "…";
  }

  /** What is wrong with broken JSON, in words, with the line and column ({@link JsonProblems}). */
  public static String describe(JsonProcessingException e) {
    java.util.regex.Matcher tooLong = STRING_TOO_LONG.matcher(String.valueOf(e.getOriginalMessage()));
    if (tooLong.find()) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr();
      return "a text value is longer than " + new InputLimits(Long.parseLong(tooLong.group(1)), 1).recordLimitInWords()
          + where;
    }
    return JsonProblems.describe(e);
  }
}
