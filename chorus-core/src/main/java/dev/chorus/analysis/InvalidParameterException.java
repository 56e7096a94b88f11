package dev.chorus.analysis;

/**
 * A parameter value that its {@link Parameter} does not accept. The message names no parameter, so the API can say
 * {@code min_count must be ...} and the CLI {@code --min-count must be ...}.
 */
public final class InvalidParameterException extends IllegalArgumentException {
  private final transient Parameter parameter;

  public InvalidParameterException(Parameter parameter, String problem) {
    super(problem);
    this.parameter = parameter;
  }

  public Parameter parameter() {
    return parameter;
  }
}
