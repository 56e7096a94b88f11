package dev.chorus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** Runs the chorus command line in-process on a workspace, as users call it, and keeps what it printed. */
record CliRun(int code, String out, String err) {
  static final Map<String, String> TEST_ENV = Map.of("CHORUS_KEY", "test-key-of-at-least-16-bytes");

  /** One line of JSON output (a command that prints one object a line). */
  static JsonNode parse(String line) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
    } catch (java.io.IOException e) {
      throw new AssertionError("not a JSON line: " + line, e);
    }
  }

  JsonNode json() throws Exception {
    return new ObjectMapper().readTree(out);
  }

  /** {@code chorus --workspace WORKSPACE ARGS...} with the given environment. */
  static CliRun run(Path workspace, Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] full = new String[args.length + 2];
    full[0] = "--workspace";
    full[1] = workspace.toString();
    System.arraycopy(args, 0, full, 2, args.length);
    int code = ChorusCommand.run(full, env, new PrintWriter(out, true), new PrintWriter(err, true));
    return new CliRun(code, out.toString(), err.toString());
  }
}
