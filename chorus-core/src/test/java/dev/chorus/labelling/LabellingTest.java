package dev.chorus.labelling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.store.PostQuery;
import dev.chorus.workspace.Workspace;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The labelling loop of a workspace: coded sheets land in its labels folder; an empty workspace says so. */
class LabellingTest {
  @TempDir java.nio.file.Path dir;

  @Test
  void importedSheetsGoToTheWorkspaceLabelsFolder() throws Exception {
    Workspace ws = new Workspace(dir.resolve("ws"));
    LabelImport.Result r = new Labelling(ws).importSheets(List.of(CodeSheets.write(dir)));
    assertThat(r.added()).isEqualTo(12);
    assertThat(ws.labelsDir()).isEqualTo(dir.resolve("ws/labels"));
    assertThat(ws.labelsDir().resolve("codes.ndjson")).exists();
    assertThat(ws.labelsDir().resolve("stance.csv")).exists();
  }

  @Test
  void exportingFromAWorkspaceWithoutPostsNamesItsIndex() {
    Workspace ws = new Workspace(dir.resolve("ws"));
    assertThatThrownBy(() -> new Labelling(ws).export(PostQuery.all(), 5, null, SheetRow.By.BOTH,
        dir.resolve("sheet.csv"))).hasMessageContaining(ws.indexDir().toString())
        .hasMessageContaining("ingest FILES' first");
  }
}
