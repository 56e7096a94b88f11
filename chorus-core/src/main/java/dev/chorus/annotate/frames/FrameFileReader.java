package dev.chorus.annotate.frames;

import dev.chorus.source.input.CsvRow;
import dev.chorus.source.input.CsvTable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads labelled frame files. CSV: header {@code text,frames} (plus optional {@code lang}); {@code frames} holds frame
 * ids separated by {@code ;} (empty: the post carries none of the frames, a negative example for every frame); every
 * id must be one of the codebook's frames, else an error names file, line and value. FIGNEWS files become frames
 * through {@link FignewsLabels#frames}.
 */
public final class FrameFileReader {
  private FrameFileReader() {}

  /**
   * @param knownFrames the codebook's frame ids (CSV values are checked against them)
   */
  public static FrameDataset read(Path file, FrameFormat format, Collection<String> knownFrames) throws IOException {
    return switch (format) {
      case CSV -> csv(file, Set.copyOf(knownFrames));
      case FIGNEWS -> FignewsReader.read(file).asFrames();
    };
  }

  private static FrameDataset csv(Path file, Set<String> known) throws IOException {
    CsvTable t = CsvTable.read(file, "text", "frames");
    List<FrameExample> out = new ArrayList<>();
    int skipped = 0;
    for (CsvRow rec : t.rows()) {
      long line = rec.line();
      String text = t.cell(rec, "text");
      if (text.isBlank()) {
        skipped++;
        continue;
      }
      Set<String> frames = parseFrames(t.cell(rec, "frames"), known, file + ": line " + line + ": field 'frames'");
      String lang = t.cell(rec, "lang").strip();
      out.add(new FrameExample(line, text, frames, lang.isEmpty() ? null : lang));
    }
    return new FrameDataset(file, out, skipped);
  }

  /**
   * Frame ids separated by {@code ;} (spaces and case ignored); {@code where} prefixes the error for an id that is not
   * in {@code known}.
   */
  public static Set<String> parseFrames(String cell, Set<String> known, String where) {
    Set<String> frames = new TreeSet<>();
    for (String part : cell.split(";")) {
      String id = part.strip().toLowerCase(Locale.ROOT);
      if (id.isEmpty()) {
        continue;
      }
      if (!known.contains(id)) {
        throw new IllegalArgumentException(where + ": '" + part.strip() + "' is not a frame of the codebook "
            + new TreeSet<>(known));
      }
      frames.add(id);
    }
    return frames;
  }
}
