package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** demo --no-serve (what CI can run), report and serve's refusals. */
class DemoReportCommandTest {
  @TempDir Path dir;

  record Result(int code, String out, String err) {}

  Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] full = new String[args.length + 2];
    full[0] = "--workspace";
    full[1] = dir.resolve("demo").toString();
    System.arraycopy(args, 0, full, 2, args.length);
    int code = ChorusCommand.run(full, Map.of("CHORUS_KEY", "test-key-of-at-least-16-bytes"),
        new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void demoWithoutServingWritesTheReportAndStops() throws Exception {
    Result demo = run("demo", "--posts", "300", "--no-serve");
    assertThat(demo.code()).as(demo.err()).isZero();
    Path report = dir.resolve("demo").resolve("report.html");
    assertThat(demo.out()).contains("Report: " + report).doesNotContain("Dashboard:");
    assertThat(Files.readString(report)).contains("<h1>Chorus report</h1>", "<svg", "Provenance");

    Path filtered = dir.resolve("fa.html");
    Result r = run("report", "--lang", "fa", "--out", filtered.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(filtered)).contains("Filters: lang=fa");

    Result pdf = run("report", "--out", dir.resolve("r.pdf").toString(), "--format", "pdf");
    assertThat(pdf.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(pdf.err()).contains("--format pdf is not built in");
    assertThat(dir.resolve("r.pdf")).doesNotExist();
  }

  @Test
  void serveRefusesAWorkspaceWithoutAnIndex() {
    Result empty = run("serve", "--port", "0");
    assertThat(empty.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(empty.err()).contains("has no index yet");
  }
}
