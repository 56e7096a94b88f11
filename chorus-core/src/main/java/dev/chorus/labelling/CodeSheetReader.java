package dev.chorus.labelling;

import dev.chorus.annotate.frames.FrameFileReader;
import dev.chorus.annotate.stance.StanceLabels;
import dev.chorus.source.input.CsvRow;
import dev.chorus.source.input.CsvTable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Reads coded sheets ({@link LabelSheet#COLUMNS}). A row whose {@code stance} and {@code frames} are both empty was
 * not coded and is skipped (counted); otherwise an empty {@code frames} means the coder saw no frame. Errors name the
 * file, line and field: unknown stance, frame not in the codebook, missing id or coder, a stance without a target.
 */
public final class CodeSheetReader {
  /** The codes of one sheet and how many rows were left uncoded. */
  public record Sheet(Path file, List<Code> codes, int uncoded) {}

  private CodeSheetReader() {}

  public static Sheet read(Path file, Set<String> codebookFrames) throws IOException {
    CsvTable t = CsvTable.read(file, "id", "text", "target", "coder", "stance", "frames");
    List<Code> codes = new ArrayList<>();
    int uncoded = 0;
    for (CsvRow rec : t.rows()) {
      String where = file + ": line " + rec.line() + ": field ";
      String stanceCell = t.cell(rec, "stance").strip();
      String framesCell = t.cell(rec, "frames").strip();
      if (stanceCell.isEmpty() && framesCell.isEmpty()) {
        uncoded++;
        continue;
      }
      String id = required(t.cell(rec, "id"), where + "'id'");
      String coder = required(t.cell(rec, "coder"), where + "'coder'");
      String stance = null;
      if (!stanceCell.isEmpty()) {
        stance = StanceLabels.parse(stanceCell);
        if (stance == null) {
          throw new IllegalArgumentException(where + "'stance': '" + stanceCell + "' is not favor, against or none");
        }
        required(t.cell(rec, "target"), where + "'target' (a stance needs its target)");
      }
      List<String> frames = List.copyOf(FrameFileReader.parseFrames(framesCell, codebookFrames, where + "'frames'"));
      codes.add(new Code(id, coder, t.cell(rec, "target").strip(), stance, frames, t.cell(rec, "text"),
          t.cell(rec, "lang").strip(), t.cell(rec, "model_stance").strip(), modelFrames(t.cell(rec, "model_frames"))));
    }
    return new Sheet(file, codes, uncoded);
  }

  private static String required(String cell, String where) {
    if (cell.isBlank()) {
      throw new IllegalArgumentException(where + " is empty");
    }
    return cell.strip();
  }

  private static List<String> modelFrames(String cell) {
    return Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
