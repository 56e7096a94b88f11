package dev.chorus.cli;

/** Exit codes of every command. */
public final class ExitCodes {
  public static final int OK = 0;
  /** Something failed: I/O error, locked index, unexpected error. */
  public static final int ERROR = 1;
  /** Wrong usage: unknown option, bad value, missing file. */
  public static final int USAGE = 2;
  /** The run finished but some records or files were rejected. */
  public static final int PARTIAL = 3;

  private ExitCodes() {}
}
