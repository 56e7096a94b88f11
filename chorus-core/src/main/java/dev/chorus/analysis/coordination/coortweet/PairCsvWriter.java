package dev.chorus.analysis.coordination.coortweet;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Streams coordinated pairs as CooRTweet's result table: {@code object_id, content_id, content_id_y, time_delta,
 * account_id, account_id_y}, the earlier share first. Rows go straight to the writer: nothing is held.
 */
public final class PairCsvWriter implements PairSink, Closeable {
  public static final List<String> COLUMNS =
      List.of("object_id", "content_id", "content_id_y", "time_delta", "account_id", "account_id_y");

  private final ShareTable table;
  private final CSVPrinter printer;

  public PairCsvWriter(ShareTable table, Writer out) throws IOException {
    this.table = table;
    this.printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
    printer.printRecord(COLUMNS);
  }

  @Override
  public void pair(int earlier, int later, long timeDelta) throws IOException {
    printer.print(table.name(table.object(earlier)));
    printer.print(table.name(table.content(earlier)));
    printer.print(table.name(table.content(later)));
    printer.print(Long.toString(timeDelta));
    printer.print(table.name(table.account(earlier)));
    printer.print(table.name(table.account(later)));
    printer.println();
  }

  @Override
  public void close() throws IOException {
    printer.close(true);
  }
}
