package dev.chorus.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.chorus.source.input.JsonProblems;
import dev.chorus.source.noposts.NoPostShapes;
import java.io.CharConversionException;
import java.io.IOException;

/**
 * Reads a file with a source the way the ingest does: a JSON syntax error that escapes a source while it streams (a
 * document damaged after the part its checks read) becomes a file error in words with the line and column, never
 * the parser's text. A file of a shape that holds no posts ({@link NoPostShapes}) is refused first, saying what it
 * is. Other I/O errors and programming errors propagate.
 */
public final class SourceReads {
  private SourceReads() {}

  public static void read(Source source, SourceInput input, RecordSink sink) throws IOException,
      UnreadableInputException {
    NoPostShapes.refuseIfKnown(input); // also when the format was given: a tweet counts file is no post file
    try {
      source.read(input, sink);
    } catch (JsonProcessingException | CharConversionException e) {
      throw new UnreadableInputException(input.name() + ": not well-formed JSON (" + JsonProblems.describe(e)
          + "); expected " + source.description(), e);
    }
  }
}
