package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.json.JsonConfig;
import dev.chorus.server.AccessPolicy;
import dev.chorus.server.ChorusApi;
import dev.chorus.server.ChorusServer;
import dev.chorus.server.ServerOptions;
import dev.chorus.store.PostStore;
import dev.chorus.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The demo sample (bundled format examples and a small seeded synthetic campaign, fixed pseudonym key) ingested once
 * per test JVM into a temporary workspace, for the analysis tests that compare the CLI, the API and golden files.
 */
final class DemoSample {
  /** Small and fixed, so the analyses' output is deterministic and quick. */
  static final long POSTS = 300;
  /** Fields that change from run to run: timings, ingest times, the rejects file named after the run. */
  static final Set<String> VOLATILE = Set.of("seconds", "ingested_at", "started", "finished",
      "rejects_file");

  private static DemoSample shared;

  final Path root;
  final Workspace workspace;

  private DemoSample(Path root) {
    this.root = root;
    this.workspace = new Workspace(root);
  }

  /** The shared sample, built on first use. */
  static synchronized DemoSample get() {
    if (shared == null) {
      try {
        Path dir = Files.createTempDirectory("chorus-analyses");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
        shared = new DemoSample(dir.resolve("ws"));
        shared.build();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return shared;
  }

  private void build() throws IOException {
    DemoWorkspace demo = new DemoWorkspace(workspace, POSTS);
    demo.recreate();
    Path sample = demo.writeSample();
    CliRun ingest = run("ingest", "--synthetic", sample.toString());
    assertThat(ingest.code()).as(ingest.err()).isIn(ExitCodes.OK, ExitCodes.PARTIAL);
  }

  CliRun run(String... args) {
    return CliRun.run(root, CliRun.TEST_ENV, args);
  }

  /** A server on a free loopback port over this workspace, as {@code chorus serve} starts it. */
  ChorusServer server(PostStore store) throws IOException {
    ChorusApi api = new ChorusApi(workspace, store, workspace.pseudonymizer(CliRun.TEST_ENV), "test", false);
    return new ChorusServer(api, new ServerOptions("127.0.0.1", 0, new AccessPolicy(null), false), System.err)
        .start();
  }

  /** The JSON without its volatile fields, the workspace's path written as {@code $WORKSPACE}. */
  JsonNode stable(String json) throws IOException {
    JsonNode tree = JsonConfig.mapper().readTree(json.replace(root.toString(), "$WORKSPACE"));
    strip(tree);
    return tree;
  }

  private static void strip(JsonNode node) {
    if (node instanceof ObjectNode o) {
      o.remove(VOLATILE);
    }
    for (Iterator<JsonNode> it = node.elements(); it.hasNext();) {
      strip(it.next());
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }
}
