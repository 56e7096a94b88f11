package dev.chorus.labelling;

import dev.chorus.codebook.Codebook;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostStore;
import dev.chorus.workspace.Workspace;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The labelling loop of one workspace: export the stored posts the models are least sure about as a coding sheet, and
 * import coded sheets into {@link Workspace#labelsDir()}. What {@code chorus label} runs; the command only parses
 * options and prints.
 */
public final class Labelling {
  /**
   * A written coding sheet.
   *
   * @param file where
   * @param posts rows written
   * @param maxConfidence the model's confidence in the surest post of the sheet
   */
  public record Exported(Path file, int posts, double maxConfidence) {}

  private final Workspace workspace;

  public Labelling(Workspace workspace) {
    this.workspace = workspace;
  }

  /** Writes the {@code n} matching posts the models are least sure about, ranked by {@code by}, to {@code file}. */
  public Exported export(PostQuery query, int n, String target, SheetRow.By by, Path file) throws IOException {
    List<SheetRow> rows;
    try (PostStore store = workspace.openStore(false)) { // no index: a MissingIndexException naming the workspace
      rows = LabelExport.select(store, query, n, target, by);
    }
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("no stored post has a model label to check: train a model (chorus train "
          + "stance|frames), then run chorus annotate");
    }
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      LabelExport.write(rows, w);
    }
    return new Exported(file, rows.size(), rows.get(rows.size() - 1).certainty());
  }

  /** Stores coded sheets, rewrites the training files and measures agreement; frames must be the codebook's. */
  public LabelImport.Result importSheets(List<Path> sheets) throws IOException {
    Set<String> frames = workspace.codebook().frames().stream().map(Codebook.Frame::id).collect(Collectors.toSet());
    return new LabelImport(workspace.labelsDir()).run(sheets, frames);
  }
}
