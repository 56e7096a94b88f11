package dev.chorus.collect;

import java.util.List;

/**
 * One kind of collector as the registry knows it: its name ({@code chorus collect KIND}), one line of help, the
 * options it takes (required and optional, by their command-line names without dashes), the environment variable
 * holding its credential (or null), and how to make one from options.
 */
public record CollectorKind(String kind, String description, List<String> required, List<String> optional,
    String credentialEnv, Factory factory) {

  /** Makes a collector from checked options; refuses bad values with {@link IllegalArgumentException}. */
  public interface Factory {
    Collector create(CollectorOptions options);
  }

  public CollectorKind {
    required = List.copyOf(required);
    optional = List.copyOf(optional);
  }

  /** Every option name this kind accepts. */
  public List<String> accepted() {
    return java.util.stream.Stream.concat(required.stream(), optional.stream()).toList();
  }
}
