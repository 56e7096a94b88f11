package dev.chorus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.json.JsonConfig;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@link LuceneBaseline} in a JVM of its own, started for it: as cold as Chorus's ingest, which is the first work
 * of its JVM. Run in the JVM of the ingest, after it, the baseline finds Lucene's and Jackson's hot code compiled
 * already (the JIT compiles for tens of CPU seconds in a 200,000-post ingest), and compares a warm yardstick with a
 * cold ingest. The child gets the parent's heap and collector options and nothing else (no profiler, no agent); its
 * JIT options only when asked ({@link #run}), since the options that suit Chorus's ingest need not suit bare Lucene.
 */
final class ColdBaseline {
  /** What the child measured: posts indexed, wall seconds, its whole process's CPU seconds, and its JIT in words. */
  record Result(long posts, double seconds, double cpuSeconds, String jit) {}

  private ColdBaseline() {}

  /**
   * Runs the baseline in a child JVM with the parent's heap and collector options and, when {@code sameJit}, its
   * JIT options too ({@link #jitOptions}); without, with the JVM's default JIT.
   */
  static Result run(Path input, Path dir, int threads, boolean sameJit) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(javaExecutable());
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (arg.startsWith("-Xmx") || arg.startsWith("-Xms") || arg.startsWith("-XX:MaxHeapSize")
          || arg.startsWith("-XX:MaxRAM") || arg.matches("-XX:[+-]Use\\w+GC")) {
        command.add(arg);
      }
    }
    List<String> jit = sameJit ? jitOptions() : List.of();
    command.addAll(jit);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), ColdBaseline.class.getName(),
        input.toString(), dir.toString(), Integer.toString(threads)));
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int code = p.waitFor();
    if (code != 0) {
      throw new IllegalStateException("the baseline's own JVM ended with exit code " + code + " (its errors are above)");
    }
    JsonNode r = JsonConfig.mapper().readTree(out);
    return new Result(r.path("posts").asLong(), r.path("seconds").asDouble(), r.path("cpu_seconds").asDouble(),
        jit.isEmpty() ? "the default JIT" : "JIT " + String.join(" ", jit));
  }

  /** The java this JVM was started from, for a child JVM of the same build and version. */
  static String javaExecutable() {
    return ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }

  /**
   * The JIT options this JVM was started with (tiers, thresholds, inlining, compiler threads, code cache): those the
   * launcher chooses for a command ({@code chorus}'s script) or a user gives in {@code CHORUS_JAVA_OPTS}. Empty when
   * the JVM runs its default JIT.
   */
  static List<String> jitOptions() {
    List<String> jit = new ArrayList<>();
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (arg.matches("-XX:(TieredStopAtLevel|CompileThresholdScaling|Tier\\w+|CICompilerCount|InlineSmallCode"
          + "|FreqInlineSize|MaxInlineSize|MaxInlineLevel|ReservedCodeCacheSize)=.*")
          || arg.matches("-XX:[+-](TieredCompilation|UseCompiler)")) {
        jit.add(arg);
      }
    }
    return jit;
  }

  /** In the child: INPUT DIR THREADS; prints {@code {"posts", "seconds", "cpu_seconds"}}. */
  public static void main(String[] args) throws Exception {
    long cpu0 = EmbeddedIngest.cpuNanos();
    long t0 = System.nanoTime();
    long posts = LuceneBaseline.index(Path.of(args[0]), Path.of(args[1]), Integer.parseInt(args[2]));
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpu = (EmbeddedIngest.cpuNanos() - cpu0) / 1e9;
    System.out.println("{\"posts\": " + posts + ", \"seconds\": " + seconds + ", \"cpu_seconds\": " + cpu + "}");
  }
}
