package dev.chorus.source.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.CharConversionException;
import java.io.IOException;

/**
 * How a JSON input starts, read without keeping anything: what the document-vs-NDJSON decision of a source needs.
 *
 * @param first the first token, null when the input is empty or does not start with JSON
 * @param firstKey the first member name when the first value is an object, else null
 * @param extent how far the first value reaches
 * @param error why the first value is broken ({@link Extent#BROKEN}), else null
 */
public record JsonStart(JsonToken first, String firstKey, Extent extent, IOException error) {
  /** How far the first JSON value of an input reaches. */
  public enum Extent {
    /** Nothing but whitespace. */
    EMPTY,
    /** The first value is broken (or the input does not start with JSON at all). */
    BROKEN,
    /** One complete value and nothing after it: a document. */
    ONE_VALUE,
    /** A complete value followed by more values: NDJSON (or concatenated JSON). */
    MORE_VALUES,
    /** A complete value followed by something that is not JSON: NDJSON with a bad line, or a damaged document. */
    BROKEN_AFTER_FIRST
  }

  /** True when a complete first value is followed by anything: not one document. */
  public boolean followedByMore() {
    return extent == Extent.MORE_VALUES || extent == Extent.BROKEN_AFTER_FIRST;
  }

  /** The first value's kind in words ("a text", "a list", ...), for messages; "nothing" when there is none. */
  public String firstInWords() {
    if (first == null) {
      return "nothing";
    }
    return switch (first) {
      case START_ARRAY -> "a list";
      case START_OBJECT -> "an object";
      case VALUE_STRING -> "a text in double quotes";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "true or false";
      case VALUE_NULL -> "null";
      default -> "something that is no JSON value";
    };
  }

  /** What is broken, in words with the line and column ({@link JsonProblems}), or null. */
  public String problem() {
    return error == null ? null : JsonProblems.describe(error);
  }

  /** Reads the first value from a fresh parser and the token after it. */
  static JsonStart read(JsonParser p) throws IOException {
    JsonToken first = null;
    String firstKey = null;
    try {
      first = p.nextToken();
      if (first == null) {
        return new JsonStart(null, null, Extent.EMPTY, null);
      }
      if (first == JsonToken.START_OBJECT && p.nextToken() == JsonToken.FIELD_NAME) {
        firstKey = p.currentName();
        skipRestOfObject(p);
      } else {
        p.skipChildren();
      }
    } catch (JsonProcessingException | CharConversionException e) {
      return new JsonStart(first, firstKey, Extent.BROKEN, e);
    }
    try {
      return new JsonStart(first, firstKey, p.nextToken() == null ? Extent.ONE_VALUE : Extent.MORE_VALUES, null);
    } catch (JsonProcessingException | CharConversionException e) {
      return new JsonStart(first, firstKey, Extent.BROKEN_AFTER_FIRST, null);
    }
  }

  /** The parser is on a member name: skips the member values up to and including the object's end. */
  private static void skipRestOfObject(JsonParser p) throws IOException {
    for (JsonToken t = p.currentToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      p.nextToken();
      p.skipChildren();
    }
  }
}
