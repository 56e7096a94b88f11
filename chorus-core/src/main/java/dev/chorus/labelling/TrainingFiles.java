package dev.chorus.labelling;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the majority codes as training files: {@code stance.csv} ({@code text,target,stance}, read by
 * {@code chorus train stance --format csv}) and {@code frames.csv} ({@code text,frames,lang}, read by
 * {@code chorus train frames}). Rewritten whole from all stored codes on every import.
 */
public final class TrainingFiles {
  private TrainingFiles() {}

  /** A written file, its rows and the units left out for lack of a majority. */
  public record Written(String file, int rows, @JsonProperty("ties") int ties) {}

  public static Written stance(List<Consensus.StanceUnit> units, Path file) throws IOException {
    int rows = 0;
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader("text", "target", "stance").get())) {
      for (Consensus.StanceUnit u : units) {
        if (u.majority() != null) {
          p.printRecord(u.text(), u.target(), u.majority());
          rows++;
        }
      }
    }
    return new Written(file.toString(), rows, units.size() - rows);
  }

  public static Written frames(List<Consensus.FrameUnit> units, Path file) throws IOException {
    int rows = 0;
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader("text", "frames", "lang").get())) {
      for (Consensus.FrameUnit u : units) {
        if (u.majority() != null) {
          p.printRecord(u.text(), String.join(";", u.majority()), u.lang());
          rows++;
        }
      }
    }
    return new Written(file.toString(), rows, units.size() - rows);
  }
}
