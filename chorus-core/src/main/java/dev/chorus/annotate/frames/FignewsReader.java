package dev.chorus.annotate.frames;

import dev.chorus.source.input.CsvRow;
import dev.chorus.source.input.CsvTable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads FIGNEWS-2024 CSV files ({@code batch,source_language,id,text,english_mt,bias_majority,bias_votes,
 * propaganda_votes,not_propaganda_votes}). Bad vote counts or bias values are errors naming file, line and field.
 */
public final class FignewsReader {
  private FignewsReader() {}

  /** The rows of a file, and their frames for multi-label training. */
  public record Data(Path file, List<FignewsRow> rows) {
    public Data {
      rows = List.copyOf(rows);
    }

    /** Every row as a frame example over text and translation; rows with neither label are skipped. */
    public FrameDataset asFrames() {
      List<FrameExample> out = new ArrayList<>();
      int skipped = 0;
      for (FignewsRow r : rows) {
        if (r.bias() == null && r.propaganda() == null) {
          skipped++;
          continue;
        }
        out.add(new FrameExample(r.line(), r.input(FignewsRow.Fields.BOTH),
            FignewsLabels.frames(r.bias(), r.propaganda()), r.lang()));
      }
      return new FrameDataset(file, out, skipped);
    }
  }

  public static Data read(Path file) throws IOException {
    CsvTable t = CsvTable.read(file, "source_language", "id", "text", "english_mt", "bias_majority",
        "propaganda_votes", "not_propaganda_votes");
    List<FignewsRow> rows = new ArrayList<>();
    for (CsvRow rec : t.rows()) {
      long line = rec.line();
      String where = file + ": line " + line + ": field ";
      String bias = FignewsLabels.bias(t.cell(rec, "bias_majority"), where + "'bias_majority'");
      int yes = votes(t.cell(rec, "propaganda_votes"), where + "'propaganda_votes'");
      int no = votes(t.cell(rec, "not_propaganda_votes"), where + "'not_propaganda_votes'");
      rows.add(new FignewsRow(line, t.cell(rec, "id").strip(), t.cell(rec, "batch").strip(),
          FignewsLabels.language(t.cell(rec, "source_language")), t.cell(rec, "text"), t.cell(rec, "english_mt"), bias, FignewsLabels.propaganda(yes, no)));
    }
    return new Data(file, rows);
  }

  private static int votes(String cell, String where) {
    String v = cell.strip();
    if (v.isEmpty()) {
      return 0;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(where + ": '" + cell + "' is not a vote count");
    }
  }
}
