package dev.chorus.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.json.JsonConfig;
import dev.chorus.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code chorus bench WHAT}: runs one benchmark ({@link IngestBench}, {@link AnnotateBench}, {@link CoordinationBench},
 * {@link ServeBench}) and prints its report as JSON.
 */
@Command(name = "bench", description = "Benchmarks: 'bench ingest --posts N', 'bench annotate --posts N [--models DIR]', "
    + "'bench coordination --posts N [--input SHARES.csv]', 'bench serve --dir WORKSPACE'.")
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "WHAT", description = "ingest, annotate, coordination or serve")
  String what;

  @Option(names = "--posts", defaultValue = "100000", description = "Posts to generate (default ${DEFAULT-VALUE}).")
  long posts;

  @Option(names = "--queries", defaultValue = "200", description = "Searches to time (default ${DEFAULT-VALUE}).")
  int queries;

  @Option(names = "--dir", paramLabel = "DIR", description = "Work folder (default: a new temporary folder).")
  Path dir;

  @Option(names = "--rate", defaultValue = "200", description = "serve: requests per second (default ${DEFAULT-VALUE}).")
  int rate;

  @Option(names = "--seconds", defaultValue = "60", description = "serve: seconds of load (default ${DEFAULT-VALUE}).")
  int seconds;

  @Option(names = "--states", defaultValue = "200",
      description = "serve: distinct filter states in the mix (default ${DEFAULT-VALUE}).")
  int states;

  @Option(names = "--annotate", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "ingest: run the analysis chain as a real ingest does (default); --no-annotate times parse, map, "
          + "pseudonymise, index and commit alone.")
  boolean annotate;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Option(names = "--models", paramLabel = "DIR",
      description = "annotate: a workspace's models folder, to time trained stance/frame models too.")
  Path models;

  @Option(names = "--input", paramLabel = "FILE", description = "coordination: a CooRTweet share table to time too.")
  Path input;

  @Override
  public Integer call() throws Exception {
    ObjectNode o = switch (what) {
      case "ingest" -> new IngestBench(posts, queries, annotate).run(workDir());
      case "annotate" -> new AnnotateBench().run(posts, models);
      case "coordination" -> {
        if (input != null && !Files.isRegularFile(input)) {
          throw new java.nio.file.NoSuchFileException(input.toString());
        }
        yield new CoordinationBench().run(input, posts, workDir());
      }
      case "serve" -> serve();
      default -> throw new IllegalArgumentException("unknown benchmark '" + what
          + "'; known: ingest, annotate, coordination, serve");
    };
    spec.commandLine().getOut().println(json ? JsonConfig.mapper().writeValueAsString(o)
        : JsonConfig.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(o));
    return ExitCodes.OK;
  }

  private ObjectNode serve() throws Exception {
    if (dir == null) {
      throw new IllegalArgumentException("bench serve needs --dir WORKSPACE (a workspace with an index)");
    }
    if (rate < 1 || seconds < 1 || seconds > 600 || states < 20) {
      throw new IllegalArgumentException("bench serve: --rate must be 1 or more, --seconds 1 to 600, --states 20 "
          + "or more");
    }
    return new ServeBench(new Workspace(dir.toAbsolutePath()), rate, seconds, states).run();
  }

  private Path workDir() throws java.io.IOException {
    return dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("chorus-bench");
  }
}
