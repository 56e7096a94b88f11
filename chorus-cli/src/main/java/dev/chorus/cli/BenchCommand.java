package dev.chorus.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.json.JsonConfig;
import dev.chorus.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code chorus bench WHAT}: runs one benchmark ({@link IngestBench}, {@link AnnotateBench}, {@link CoordinationBench},
 * {@link ServeBench}, {@link StreamBench}, {@link StoreBench}) and prints its report as JSON.
 */
@Command(name = "bench", description = "Benchmarks: 'bench ingest --posts N', 'bench annotate --posts N [--models DIR]', "
    + "'bench coordination --posts N [--input SHARES.csv]', 'bench serve --dir WORKSPACE', "
    + "'bench stream --posts N [--parallelism 1,2] [--store URL]', 'bench stores --posts N --store URL'.")
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "WHAT", description = "ingest, annotate, coordination, serve, stream or stores")
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

  @Option(names = "--parallelism", split = ",", defaultValue = "1,2", paramLabel = "N[,N...]",
      description = "stream: the job's parallelism, one run each (default ${DEFAULT-VALUE}).")
  List<Integer> parallelism;

  /**
   * The global {@code --store URL} names the store of {@code stream} (default: an embedded index per run) and
   * {@code stores} (required): each run makes its own store, the URL with a suffix
   * ({@code opensearch://HOST:PORT/INDEX} gives {@code INDEX-LABEL-STAMP}). {@code CHORUS_STORE} is not read here: a
   * bench writes only where it is told on its command line.
   */
  @ParentCommand ChorusCommand parent;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Option(names = "--models", paramLabel = "DIR",
      description = "annotate: a workspace's models folder, to time trained stance/frame models too.")
  Path models;

  @Option(names = "--input", paramLabel = "FILE", description = "coordination: a CooRTweet share table to time too; "
      + "ingest: an X API v2 NDJSON file as 'bench ingest' writes it (bench-input.x-api-v2.ndjson), instead of "
      + "generating --posts posts.")
  Path input;

  @Option(names = "--rounds", defaultValue = "1", paramLabel = "R",
      description = "ingest: run the bench R times, each in a JVM of its own, on one input, and report the median of "
          + "the rounds with their range (default ${DEFAULT-VALUE}).")
  int rounds;

  @Override
  public Integer call() throws Exception {
    ObjectNode o = switch (what) {
      case "ingest" -> ingest();
      case "annotate" -> new AnnotateBench().run(posts, models);
      case "coordination" -> {
        if (input != null && !Files.isRegularFile(input)) {
          throw new java.nio.file.NoSuchFileException(input.toString());
        }
        yield new CoordinationBench().run(input, posts, workDir());
      }
      case "serve" -> serve();
      case "stream" -> stream();
      case "stores" -> stores();
      default -> throw new IllegalArgumentException("unknown benchmark '" + what
          + "'; known: ingest, annotate, coordination, serve, stream, stores");
    };
    spec.commandLine().getOut().println(json ? JsonConfig.mapper().writeValueAsString(o)
        : JsonConfig.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(o));
    return ExitCodes.OK;
  }

  private ObjectNode ingest() throws Exception {
    if (rounds < 1 || rounds > 99) {
      throw new IllegalArgumentException("bench ingest: --rounds must be 1 to 99, found " + rounds);
    }
    if (input != null && !Files.isRegularFile(input)) {
      throw new java.nio.file.NoSuchFileException(input.toString());
    }
    if (rounds > 1) {
      if (input != null) {
        throw new IllegalArgumentException("bench ingest: --rounds generates its input once for every round; "
            + "give --posts N rather than --input");
      }
      return new IngestRounds(posts, queries, annotate, rounds).run(workDir());
    }
    return new IngestBench(posts, queries, annotate).run(workDir(), input);
  }

  private ObjectNode serve() throws Exception {
    if (dir == null) {
      throw new IllegalArgumentException("bench serve needs --dir WORKSPACE (a workspace with an index)");
    }
    validateLoad();
    return new ServeBench(new Workspace(dir.toAbsolutePath()), rate, seconds, states).run();
  }

  private ObjectNode stream() throws Exception {
    if (posts < 1 || parallelism.stream().anyMatch(p -> p < 1 || p > 64)) {
      throw new IllegalArgumentException("bench stream: --posts must be 1 or more and each --parallelism 1 to 64, "
          + "found --posts " + posts + " --parallelism " + parallelism);
    }
    return new StreamBench(posts, parallelism, parent.storeOption).run(workDir());
  }

  private ObjectNode stores() throws Exception {
    String store = parent.storeOption;
    if (store == null) {
      throw new IllegalArgumentException("bench stores needs --store URL, the store to compare with the embedded "
          + "index (for example opensearch://127.0.0.1:9200/chorus-bench)");
    }
    validateLoad();
    return new StoreBench(posts, store, rate, seconds, states).run(workDir());
  }

  private void validateLoad() {
    if (rate < 1 || seconds < 1 || seconds > 600 || states < 20) {
      throw new IllegalArgumentException("bench serve and stores: --rate must be 1 or more, --seconds 1 to 600, "
          + "--states 20 or more");
    }
  }

  private Path workDir() throws java.io.IOException {
    return dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("chorus-bench");
  }
}
