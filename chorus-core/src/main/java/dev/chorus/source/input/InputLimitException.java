package dev.chorus.source.input;

import java.io.IOException;

/**
 * An input past one of the {@link InputLimits}, or compressed data that cannot be decompressed: the message is the
 * whole reason in words (the file, what is wrong, what to do), to be shown as it is.
 */
public final class InputLimitException extends IOException {
  private static final long serialVersionUID = 1L;

  public InputLimitException(String message) {
    super(message);
  }

  public InputLimitException(String message, Throwable cause) {
    super(message, cause);
  }
}
