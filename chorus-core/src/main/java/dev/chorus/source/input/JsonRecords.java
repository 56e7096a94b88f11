package dev.chorus.source.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.source.JsonInput;
import dev.chorus.source.RecordSink;
import dev.chorus.source.SourceInput;
import dev.chorus.source.UnreadableInputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Finds the records of a JSON input: one document (records are elements of an array, numbered from 1) or NDJSON (one
 * value a line, numbered by its line, blank lines skipped). It tells the two apart from how the input starts
 * ({@link #start}, {@link #firstLine}); each source decides from that which layouts it accepts. Thread-safe.
 */
public final class JsonRecords {
  /** Chars of a too-long line's start to make its excerpt from: more than {@link JsonInput#excerpt} shows. */
  private static final int EXCERPT_SOURCE_CHARS = 4096;
  private final InputLimits limits;
  private final JsonInput json;

  /** Records within the process's limits ({@link InputLimits#current}). */
  public JsonRecords() {
    this(InputLimits.current());
  }

  public JsonRecords(InputLimits limits) {
    this.limits = limits;
    this.json = new JsonInput(limits);
  }

  public ObjectMapper mapper() {
    return json.mapper();
  }

  /** A parser over the whole input, with the limits of {@link JsonInput}; closing it closes the input. */
  public JsonParser parser(SourceInput input) throws IOException {
    return parser(input.open());
  }

  /** A parser over {@code in}, with the limits of {@link JsonInput}; closing it closes {@code in}. */
  public JsonParser parser(InputStream in) throws IOException {
    return json.mapper().getFactory().createParser(in);
  }

  /** See {@link JsonInput#checkWellFormed}: one well-formed document, else unreadable. */
  public void checkWellFormed(SourceInput input) throws IOException, UnreadableInputException {
    json.checkWellFormed(input, false);
  }

  /** Same after a JavaScript assignment prefix ({@code window.YTD.tweets.part0 = }, as in X archives). */
  public void checkWellFormedAfterAssignment(SourceInput input) throws IOException, UnreadableInputException {
    json.checkWellFormed(input, true);
  }

  /** Reads the first JSON value of {@code input} (streaming, nothing kept) and what follows it. */
  public JsonStart start(SourceInput input) throws IOException {
    try (JsonParser p = parser(input)) {
      return JsonStart.read(p);
    } catch (java.io.CharConversionException e) {
      // the parser guesses UTF-16/32 from the first bytes when it is made: bytes that fit no encoding are no JSON
      return new JsonStart(null, null, JsonStart.Extent.BROKEN, e);
    }
  }

  /**
   * The first non-blank line of a line-based input.
   *
   * @param number its 1-based line number
   * @param text the line (a leading byte-order mark removed)
   * @param value the line parsed as JSON, or null when it is not JSON (or {@code tooLong})
   * @param tooLong the line is longer than the record-size limit: {@code text} holds its start only
   */
  public record FirstLine(long number, String text, JsonNode value, boolean tooLong) {}

  /** The first non-blank line, or empty for an input of blank lines only. */
  public Optional<FirstLine> firstLine(SourceInput input) throws IOException {
    try (DecodedText reader = input.openText().cutLinesLongerThan(limits.maxRecordChars())) {
      String line;
      long number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (reader.cutWithin(number, number)) {
          return Optional.of(new FirstLine(number, JsonInput.excerpt(line), null, true));
        }
        if (!line.isBlank()) {
          return Optional.of(new FirstLine(number, line, parseOrNull(line), false));
        }
      }
      return Optional.empty();
    }
  }

  private JsonNode parseOrNull(String line) {
    try {
      return json.mapper().readTree(line);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  /**
   * Reads NDJSON: every non-blank line is one record, numbered by its line (CRLF and LF both end a line). A line that
   * is not valid JSON or that the mapper refuses is rejected; the other lines are still read. A line with undecodable
   * bytes is reported ({@link RecordSink#undecodableBytes}) and read with U+FFFD in their place. A line longer than the
   * record-size limit ({@link InputLimits#maxRecordChars}) is rejected saying so, read past without being held.
   *
   * <p>UTF-8 input (most of it) is read as bytes ({@link Utf8Lines}): a valid line goes to Jackson's UTF-8 parser as it
   * is, and is decoded only when that is needed (to reject it); the results are those of {@link #forEachDecodedLine}.
   * Input in another encoding (a UTF-16 or UTF-32 byte-order mark) is read that way, and so is any input when the
   * record-size limit is too large for a line's bytes to fit an array ({@link Utf8Lines#canHold}).
   */
  public void forEachLine(SourceInput input, RecordSink sink, JsonInput.RecordMapper mapperFn) throws IOException {
    // as input.openText(), which decodes the bytes of open() by their mark
    try (BOMInputStream in = TextEncodings.unmarked(input.open())) {
      if (TextEncodings.isUtf8(in) && Utf8Lines.canHold(limits.maxRecordChars())) {
        readUtf8Lines(new Utf8Lines(in, limits.maxRecordChars()), sink, mapperFn);
      } else {
        readDecodedLines(TextEncodings.reader(in).cutLinesLongerThan(limits.maxRecordChars()), sink, mapperFn);
      }
    }
  }

  /** {@link #forEachLine} with every line decoded to a String first: the reference the byte path must agree with. */
  void forEachDecodedLine(SourceInput input, RecordSink sink, JsonInput.RecordMapper mapperFn) throws IOException {
    try (DecodedText reader = input.openText().cutLinesLongerThan(limits.maxRecordChars())) {
      readDecodedLines(reader, sink, mapperFn);
    }
  }

  private void readDecodedLines(DecodedText reader, RecordSink sink, JsonInput.RecordMapper mapperFn)
      throws IOException {
    String line;
    long lineNo = 0;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (reader.cutWithin(lineNo, lineNo)) {
        sink.reject(lineNo, tooLong(lineNo), JsonInput.excerpt(line));
        continue;
      }
      if (line.isBlank()) {
        continue;
      }
      if (reader.replacedWithin(lineNo, lineNo)) {
        sink.undecodableBytes(lineNo, lineNo);
      }
      readLine(lineNo, line, sink, mapperFn);
    }
  }

  private void readUtf8Lines(Utf8Lines lines, RecordSink sink, JsonInput.RecordMapper mapperFn) throws IOException {
    while (lines.next()) {
      long lineNo = lines.number();
      if (lines.tooLong()) {
        // the excerpt of the line cut at the limit, from no more of it than the excerpt can show
        String cut = lines.start((int) Math.min(limits.maxRecordChars(), EXCERPT_SOURCE_CHARS));
        sink.reject(lineNo, tooLong(lineNo), JsonInput.excerpt(cut));
      } else if (lines.fitsByteParser()) {
        readBytes(lineNo, lines, sink, mapperFn);
      } else if (!lines.isBlank()) {
        if (lines.malformed()) {
          sink.undecodableBytes(lineNo, lineNo);
        }
        readLine(lineNo, lines.text(), sink, mapperFn);
      }
    }
  }

  /** Parses a line of valid UTF-8 from its bytes; one that fails is read as text. */
  private void readBytes(long lineNo, Utf8Lines lines, RecordSink sink, JsonInput.RecordMapper mapperFn) {
    JsonNode node;
    try {
      node = json.mapper().readTree(lines.bytes(), 0, lines.length());
    } catch (IOException e) {
      // the char parser decides: the reject's reason and column (in chars) are its, and a line only the byte parser
      // refuses is read (it counts a member name's length against Jackson's limit in bytes, the char parser in chars)
      readLine(lineNo, lines.text(), sink, mapperFn);
      return;
    }
    JsonInput.mapSafelyRawOnDemand(lineNo, node, lines::text, sink, mapperFn);
  }

  private void readLine(long lineNo, String line, RecordSink sink, JsonInput.RecordMapper mapperFn) {
    JsonNode node;
    try {
      node = json.mapper().readTree(line);
    } catch (JsonProcessingException e) {
      sink.reject(lineNo, "not valid JSON (" + JsonProblems.what(e) + column(e) + ")", JsonInput.excerpt(line));
      return;
    }
    JsonInput.mapSafely(lineNo, node, line, sink, mapperFn);
  }

  /** The column of a line's error; the record number already is the line. */
  private static String column(JsonProcessingException e) {
    return e.getLocation() == null || e.getLocation().getColumnNr() < 1 ? ""
        : " at column " + e.getLocation().getColumnNr();
  }

  /** Why a line past the record-size limit is rejected: the limit, the line, and how to raise the limit. */
  public String tooLong(long lineNo) {
    return "the record at line " + lineNo + " is longer than " + limits.recordLimitInWords();
  }

  /**
   * Reads the elements of the JSON array at the parser's current token one by one (the parser must be on
   * {@link JsonToken#START_ARRAY}); element {@code i} is record {@code i}, 1-based.
   */
  public void forEachElement(JsonParser parser, RecordSink sink, JsonInput.RecordMapper mapperFn) throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw new IllegalStateException("parser is not at an array");
    }
    long index = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      index++;
      JsonNode node;
      try {
        node = json.mapper().readTree(parser);
      } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
        // the parser stops inside the value: the rest of the document cannot be read past it
        throw new InputLimitException("record " + index + ": " + JsonInput.describe(e), e);
      }
      JsonInput.mapSafely(index, node, null, sink, mapperFn);
    }
  }

  /**
   * Moves an object's parser (on {@link JsonToken#START_OBJECT}) to the start of the first member named one of
   * {@code names} whose value is an array, skipping the members before it. Returns its name, or null when there is
   * none (the parser is then at the object's end).
   */
  public static String toArrayMember(JsonParser parser, Set<String> names) throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      return null;
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      if (parser.nextToken() == JsonToken.START_ARRAY && names.contains(key)) {
        return key;
      }
      parser.skipChildren();
    }
    return null;
  }
}
