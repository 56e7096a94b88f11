package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/** {@code -h} and {@code --help} on every command of the tree, at every depth: usage on stdout, exit 0, no warning. */
class HelpOptionsTest {
  /** Every command as the words that call it: [], [ingest], ..., [eval, stance], [train, frames]. */
  static List<List<String>> commandPaths() {
    List<List<String>> out = new ArrayList<>();
    walk(CommandTree.whole(Map.of(), dev.chorus.analysis.Analyses.ALL), List.of(), out);
    return out;
  }

  private static void walk(CommandLine command, List<String> path, List<List<String>> out) {
    out.add(path);
    command.getSubcommands().values().stream().distinct().forEach(sub -> {
      List<String> longer = new ArrayList<>(path);
      longer.add(sub.getCommandName());
      walk(sub, longer, out);
    });
  }

  @Test
  void theTreeHasTheNestedCommands() {
    assertThat(commandPaths()).contains(List.of(), List.of("eval", "stance"), List.of("train", "frames"),
        List.of("eval", "actors"), List.of("bench"), List.of("label"));
  }

  @TestFactory
  Stream<DynamicTest> helpOnEveryCommandExitsZeroWithUsageAndNoWarning() {
    return commandPaths().stream().flatMap(path -> Stream.of("-h", "--help").map(flag -> {
      List<String> args = new ArrayList<>(path);
      args.add(flag);
      return DynamicTest.dynamicTest(String.join(" ", args), () -> assertHelp(args));
    }));
  }

  private static void assertHelp(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    // picocli reports problems in annotations (e.g. a bare % in a description) on System.err, not the command's err
    PrintStream systemErr = System.err;
    ByteArrayOutputStream warnings = new ByteArrayOutputStream();
    int code;
    System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
    try {
      code = ChorusCommand.run(args.toArray(String[]::new), Map.of(), new PrintWriter(out, true),
          new PrintWriter(err, true));
    } finally {
      System.setErr(systemErr);
    }
    assertThat(code).as(err.toString()).isZero();
    String name = args.size() == 1 ? "chorus" : "chorus " + String.join(" ", args.subList(0, args.size() - 1));
    assertThat(out.toString()).contains("Usage: " + name).contains("-h, --help");
    assertThat(err.toString()).isEmpty();
    assertThat(warnings.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
