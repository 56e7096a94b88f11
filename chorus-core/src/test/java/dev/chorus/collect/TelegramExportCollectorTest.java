package dev.chorus.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.analysis.coverage.CollectorCoverage;
import dev.chorus.analysis.coverage.CoverageService;
import dev.chorus.collect.watch.WatchSources;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostStore;
import dev.chorus.store.lucene.LucenePostStore;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TelegramExportCollectorTest {
  static final Path FIXTURES = Path.of("src/test/resources/sources/telegram");

  @TempDir Path dir;

  private CollectRun round(CollectRig rig, Path inbox) throws Exception {
    return rig.run("telegram-export", Map.of("folder", inbox.toString()));
  }

  /** Drops an export in, then looks three times: waits, ingests, adds nothing; coverage lists the three runs. */
  @Test
  void anExportDroppedInIsIngestedOnceWhenItIsComplete() throws Exception {
    CollectRig rig = new CollectRig(dir.resolve("ws"));
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    Path export = Files.createDirectories(inbox.resolve("ChatExport_2025-04-12"));
    Files.copy(FIXTURES.resolve("channel.json"), export.resolve("result.json"));
    CollectRun first = round(rig, inbox);
    assertThat(first.added()).isZero(); // first look: it may still be copying
    assertThat(first.notes()).singleElement().asString().contains("ChatExport_2025-04-12: new or still changing");
    CollectRun second = round(rig, inbox);
    assertThat(second.added()).isPositive().isEqualTo(rig.posts());
    assertThat(second.rejected()).isEqualTo(1); // the fixture's message with a bad date, as in its golden file
    assertThat(second.cursor()).containsKey("ingested ChatExport_2025-04-12");
    CollectRun third = round(rig, inbox);
    assertThat(third.files()).isZero();
    assertThat(third.added()).isZero();
    assertThat(third.notes()).isEmpty();
    assertThat(Files.list(dir.resolve("ws/runs")).filter(p -> p.getFileName().toString()
        .startsWith("collect-telegram-export-"))).hasSize(3);
    try (PostStore store = LucenePostStore.openWritable(dir.resolve("ws/index"))) {
      CollectorCoverage c = new CoverageService(store, dir.resolve("ws/runs"), dir.resolve("ws/rejects"))
          .coverage(PostQuery.all(), false).collectors().get(0);
      assertThat(c.kind()).isEqualTo("telegram-export");
      assertThat(c.runs()).isEqualTo(3);
      assertThat(c.lastSuccess()).isNotNull();
    }
  }

  @Test
  void aZippedExportIsReadToo() throws Exception {
    CollectRig rig = new CollectRig(dir.resolve("ws"));
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(inbox.resolve("group.zip")))) {
      zip.putNextEntry(new ZipEntry("ChatExport_2025-04-13/result.json"));
      zip.write(Files.readAllBytes(FIXTURES.resolve("group.json")));
      zip.closeEntry();
    }
    round(rig, inbox);
    CollectRun second = round(rig, inbox);
    assertThat(second.added()).isPositive();
    assertThat(second.rejected()).isEqualTo(1); // the fixture's unsupported message, as in its golden file
    assertThat(round(rig, inbox).added()).isZero();
  }

  @Test
  void aGrowingFileIsNotReadUntilItStopsChanging() throws Exception {
    CollectRig rig = new CollectRig(dir.resolve("ws"));
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    Path export = Files.createDirectories(inbox.resolve("ChatExport_2025-04-12"));
    byte[] whole = Files.readAllBytes(FIXTURES.resolve("channel.json"));
    Files.write(export.resolve("result.json"), Arrays.copyOf(whole, whole.length / 2));
    assertThat(round(rig, inbox).files()).isZero();
    try (OutputStream out = Files.newOutputStream(export.resolve("result.json"),
        java.nio.file.StandardOpenOption.APPEND)) {
      out.write(whole, whole.length / 2, whole.length - whole.length / 2);
    }
    CollectRun grown = round(rig, inbox);
    assertThat(grown.files()).isZero(); // changed since the last look: still being written
    assertThat(grown.rejected()).isZero();
    CollectRun stable = round(rig, inbox);
    assertThat(stable.files()).isEqualTo(1);
    assertThat(stable.rejected()).isEqualTo(1); // only the fixture's bad date: the file was read whole
    assertThat(stable.added()).isPositive();
  }

  @Test
  void isAWatchedSourceKind() throws Exception {
    CollectRig rig = new CollectRig(dir.resolve("ws"));
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    Path yaml = Files.writeString(dir.resolve("sources.yaml"), """
        sources:
          - kind: telegram-export
            every: 1m
            folder: %s
        """.formatted(inbox));
    WatchSources.Plan plan = WatchSources.load(yaml, Map.of(), rig.pseudonymizer);
    assertThat(plan.sources()).singleElement().satisfies(s -> {
      assertThat(s.kind()).isEqualTo("telegram-export");
      assertThat(s.options()).containsEntry("folder", inbox.toString());
    });
    assertThatThrownBy(() -> CollectorKinds.create("telegram-export", Map.of("folder", dir.resolve("nope").toString()),
        Map.of(), rig.pseudonymizer)).hasMessageContaining("--folder must be an existing folder");
  }
}
