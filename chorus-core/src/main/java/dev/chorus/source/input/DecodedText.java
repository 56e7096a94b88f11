package dev.chorus.source.input;

import java.io.BufferedReader;

/**
 * Text decoded by {@link TextEncodings#reader}: a buffered reader that also tells which lines had bytes that are not
 * valid in the input's character set (replaced by U+FFFD), so that sources can report the records they affect.
 */
public final class DecodedText extends BufferedReader {
  private final ReplacingDecoder decoder;

  DecodedText(ReplacingDecoder decoder, int bufferSize) {
    super(decoder, bufferSize);
    this.decoder = decoder;
  }

  /**
   * Whether undecodable bytes were replaced on any line from {@code first} to {@code last} (1-based, inclusive); ask
   * after those lines were read.
   */
  public boolean replacedWithin(long first, long last) {
    return decoder.replacedWithin(first, last);
  }

  /**
   * From now on, a line longer than {@code maxChars} is cut there (the rest dropped as it is read, so memory stays
   * bounded) and {@link #cutWithin} tells it; for line-based formats, where a line is a record. Call before reading.
   */
  public DecodedText cutLinesLongerThan(long maxChars) {
    decoder.cutLinesLongerThan(maxChars);
    return this;
  }

  /** Whether a line from {@code first} to {@code last} (1-based, inclusive) was cut; ask after reading them. */
  public boolean cutWithin(long first, long last) {
    return decoder.cutWithin(first, last);
  }
}
