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
}
