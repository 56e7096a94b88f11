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
}
