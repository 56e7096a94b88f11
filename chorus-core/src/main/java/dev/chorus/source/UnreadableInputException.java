package dev.chorus.source;

/** The input as a whole cannot be read in the source's format; nothing of it may be stored. */
public class UnreadableInputException extends Exception {
  private static final long serialVersionUID = 1L;

  public UnreadableInputException(String message) {
    super(message);
  }

  public UnreadableInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
