package dev.chorus.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.store.PostStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceSettingsTest {
  @TempDir Path dir;

  @Test
  void aNewWorkspaceRecordsTheDefaultStoreAndKeepsAnEditedOne() throws Exception {
    Workspace ws = new Workspace(dir);
    ws.create();
    assertThat(Files.readString(dir.resolve(WorkspaceSettings.FILE_NAME))).contains("store: lucene:index");
    assertThat(ws.storeUri()).hasToString("lucene:index");
    assertThat(ws.indexDir()).isEqualTo(dir.resolve("index"));

    Files.writeString(dir.resolve(WorkspaceSettings.FILE_NAME), "store: file:posts/main\n");
    ws.create();
    assertThat(ws.indexDir()).isEqualTo(dir.resolve("posts/main"));
    try (PostStore store = ws.openStore(true)) {
      assertThat(store.commit()).isZero();
    }
    assertThat(ws.hasIndex()).isTrue();
    assertThat(dir.resolve("posts/main")).isDirectory();
  }

  @Test
  void aWorkspaceWithoutSettingsUsesTheDefaultStore() throws Exception {
    Workspace ws = new Workspace(dir);
    assertThat(ws.storeUri()).hasToString("lucene:index");
    assertThat(ws.indexDir()).isEqualTo(dir.resolve("index"));
  }

  @Test
  void aBrokenSettingsFileIsNamedWithItsLine() throws Exception {
    Files.writeString(dir.resolve(WorkspaceSettings.FILE_NAME), "# settings\nstores: lucene:index\n");
    assertThatThrownBy(() -> new Workspace(dir).storeUri())
        .hasMessageContaining(WorkspaceSettings.FILE_NAME + " line 2")
        .hasMessageContaining("unknown key 'stores'");
    Files.writeString(dir.resolve(WorkspaceSettings.FILE_NAME), "store: ftp://example.org/index\n");
    assertThatThrownBy(() -> new Workspace(dir).openStore(false)).hasMessageContaining("unknown store scheme 'ftp'");
  }

  @Test
  void theTimeZoneIsUtcUnlessCreatedOrSetWithAnotherAndItsLineIsReplacedInPlace() throws Exception {
    Workspace ws = new Workspace(dir);
    assertThat(ws.timeZone()).as("no settings file").isEqualTo(java.time.ZoneId.of("UTC"));
    ws.create(java.time.ZoneId.of("Asia/Tehran"));
    assertThat(Files.readString(dir.resolve(WorkspaceSettings.FILE_NAME))).contains("time_zone: Asia/Tehran");
    assertThat(ws.timeZone()).isEqualTo(java.time.ZoneId.of("Asia/Tehran"));

    ws.setTimeZone(java.time.ZoneId.of("America/New_York"));
    String written = Files.readString(dir.resolve(WorkspaceSettings.FILE_NAME));
    assertThat(written).contains("time_zone: America/New_York").doesNotContain("time_zone: Asia/Tehran")
        .contains("# Settings of this Chorus workspace.").contains("store: lucene:index");
    assertThat(ws.timeZone()).isEqualTo(java.time.ZoneId.of("America/New_York"));

    Files.writeString(dir.resolve(WorkspaceSettings.FILE_NAME), "store: lucene:index\n");
    ws.setTimeZone(java.time.ZoneId.of("Asia/Tehran"));
    assertThat(Files.readString(dir.resolve(WorkspaceSettings.FILE_NAME)))
        .isEqualTo("store: lucene:index\ntime_zone: Asia/Tehran\n");
  }

  @Test
  void aTimeZoneThatIsNoneIsNamedWithItsLine() throws Exception {
    Files.writeString(dir.resolve(WorkspaceSettings.FILE_NAME), "store: lucene:index\ntime_zone: Asia/Tehrn\n");
    assertThatThrownBy(() -> new Workspace(dir).timeZone())
        .hasMessageContaining(WorkspaceSettings.FILE_NAME + " line 2: time_zone must be an IANA time zone id such as "
            + "UTC, Asia/Tehran or America/New_York, not 'Asia/Tehrn'");
  }
}
