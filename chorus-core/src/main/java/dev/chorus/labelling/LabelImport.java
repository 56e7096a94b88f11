package dev.chorus.labelling;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Imports coded sheets into a workspace's labels folder: validates every file first (nothing is stored when one is
 * wrong), merges the codes into {@link CodeStore}, rewrites the training files from all stored codes and measures
 * agreement on them.
 *
 * @param labelsDir {@code WORKSPACE/labels}
 */
public record LabelImport(Path labelsDir) {
  /** What an import did, as {@code chorus label --import --json} prints it. */
  @JsonPropertyOrder({"files", "rows", "uncoded", "added", "updated", "unchanged", "codes", "codes_file", "stance",
      "frames", "agreement"})
  public record Result(List<String> files, int rows, int uncoded, int added, int updated, int unchanged, int codes,
      @JsonProperty("codes_file") String codesFile, TrainingFiles.Written stance, TrainingFiles.Written frames,
      AgreementReport agreement) {}

  public Result run(List<Path> files, Set<String> codebookFrames) throws IOException {
    List<Code> codes = new ArrayList<>();
    int uncoded = 0;
    for (Path f : files) {
      CodeSheetReader.Sheet s = CodeSheetReader.read(f, codebookFrames);
      codes.addAll(s.codes());
      uncoded += s.uncoded();
    }
    CodeStore store = CodeStore.in(labelsDir);
    CodeStore.Merge m = store.merge(codes);
    Files.createDirectories(labelsDir);
    TrainingFiles.Written stance = TrainingFiles.stance(Consensus.stance(m.all()), labelsDir.resolve("stance.csv"));
    TrainingFiles.Written frames = TrainingFiles.frames(Consensus.frames(m.all()), labelsDir.resolve("frames.csv"));
    return new Result(files.stream().map(Path::toString).toList(), codes.size() + uncoded, uncoded, m.added(),
        m.updated(), m.unchanged(), m.all().size(), store.file().toString(), stance, frames,
        AgreementReport.of(m.all()));
  }
}
