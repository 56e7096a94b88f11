package dev.chorus.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.chorus.analysis.coordination.coortweet.ShareTableCsv;
import dev.chorus.source.Source;
import dev.chorus.source.SourceInput;
import dev.chorus.source.SourceReads;
import dev.chorus.source.SourceRegistry;
import dev.chorus.source.input.CsvTable;
import dev.chorus.source.input.TextEncodings;
import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * CSV as every reader of it meets it: the {@code csv} source with the options a user gives ({@code delimiter},
 * {@code column.<field>}, {@code platform}), the labelled-file table ({@link CsvTable}: training, evaluation and coding
 * sheets) and the share table of {@code chorus coordination --input}. The input's first line holds the source's
 * options after a {@code ?} ({@code ?delimiter=;&column.text=body}); the rest is the file.
 */
class CsvFuzzTest {
  private static final Source CSV = SourceRegistry.loadDefault().require("csv");
  private static final String NAME = "input.csv";

  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  @FuzzTest
  void csvFile(byte[] data) throws Throwable {
    FuzzInput in = FuzzInput.of(data);
    readAsSource(in.options(), in.content());
    readAsTable(in.content());
    readAsShareTable(in.content());
  }

  private static void readAsSource(Map<String, String> options, byte[] content) throws Throwable {
    Source source;
    try {
      source = CSV.configure(options);
    } catch (IllegalArgumentException e) {
      Refusals.requireWords(e.getMessage(), e); // an option refused, naming it
      return;
    }
    try {
      SourceReads.read(source, SourceInput.ofBytes(NAME, content), new Refusals.CheckingSink());
    } catch (Throwable t) {
      Refusals.check(t, Refusals.INPUT);
    }
  }

  /** Labelled files refuse with an {@link IllegalArgumentException} naming the file, as their commands report. */
  private static void readAsTable(byte[] content) throws Throwable {
    try (Reader text = TextEncodings.reader(new ByteArrayInputStream(content))) {
      CsvTable.parse(NAME, text, CsvTable.RFC4180, "text", "label");
    } catch (IllegalArgumentException e) {
      requireNamed(e);
    }
  }

  private static void readAsShareTable(byte[] content) throws Throwable {
    try (Reader text = TextEncodings.reader(new ByteArrayInputStream(content))) {
      ShareTableCsv.read(text, NAME);
    } catch (IllegalArgumentException e) {
      requireNamed(e);
    }
  }

  private static void requireNamed(IllegalArgumentException e) throws Throwable {
    if (e.getMessage() == null || !e.getMessage().startsWith(NAME)) {
      throw e;
    }
    Refusals.requireWords(e.getMessage(), e);
  }
}
