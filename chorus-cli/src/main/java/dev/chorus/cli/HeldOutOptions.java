package dev.chorus.cli;

import dev.chorus.json.JsonConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import picocli.CommandLine.Option;

/**
 * How {@code eval stance|frames} measure a model (on a test file, or by cross-validation of the training file) and
 * how they print the report (one JSON object, or lines for people).
 */
final class HeldOutOptions {
  @Option(names = "--test", paramLabel = "FILE", description = "Labelled test file.")
  Path test;

  @Option(names = "--cv", paramLabel = "K", description = "Stratified K-fold cross-validation of --train instead.")
  Integer folds;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  /** Exactly one of {@code --test} and {@code --cv}. */
  void check() {
    if ((test == null) == (folds == null)) {
      throw new IllegalArgumentException("give either --test FILE or --cv K");
    }
  }

  boolean crossValidate() {
    return folds != null;
  }

  /** The report as JSON, or by {@code text}. */
  <R> void print(R report, PrintWriter out, BiConsumer<R, PrintWriter> text) throws Exception {
    if (json) {
      out.println(JsonConfig.mapper().writeValueAsString(report));
    } else {
      text.accept(report, out);
    }
  }
}
