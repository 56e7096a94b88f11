package dev.chorus.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** What {@code train stance|frames} both read and how they print: the labelled file, one JSON object or lines. */
final class LabelsFileOptions {
  @Option(names = "--labels", paramLabel = "FILE", required = true, description = "Labelled posts.")
  Path labels;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;
}
