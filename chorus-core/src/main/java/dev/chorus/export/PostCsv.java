package dev.chorus.export;

import dev.chorus.dimension.Dimension;
import dev.chorus.dimension.Dimensions;
import dev.chorus.post.Label;
import dev.chorus.post.Post;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Posts as CSV rows: {@code chorus export --format csv} and the API's {@code /api/export.csv} write the same columns,
 * the post's fields, one column per label dimension of {@link Dimensions} (its values as filters name them, separated
 * by spaces: {@code talks:against}), and {@code labels} ({@code key=value@confidence}, separated by spaces). The file
 * starts with a UTF-8 byte order mark: without it spreadsheets read Persian, Arabic and Hebrew as mojibake. Free-text cells that a spreadsheet would run as a formula
 * (starting with {@code = + - @}, tab or carriage return) get a leading apostrophe: post text is written by strangers.
 */
public final class PostCsv implements AutoCloseable {
  /** The label dimensions that get a column each: those whose values come from a codebook or model. */
  public static final List<Dimension> LABEL_COLUMNS = Dimensions.all().stream().filter(d -> d.labelSource() != null)
      .toList();
  public static final String[] COLUMNS = columns();
  /** Written first, so that spreadsheets read the file as UTF-8. */
  public static final char BYTE_ORDER_MARK = '\uFEFF';

  private final CSVPrinter printer;

  public PostCsv(Writer out) throws IOException {
    out.write(BYTE_ORDER_MARK);
    this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS).get());
  }

  private static String[] columns() {
    List<String> c = new ArrayList<>(List.of("id", "platform", "kind", "role", "created_at", "edited_at", "author",
        "author_handle", "lang", "title", "text", "url", "shared_post_id", "reply_to_id", "quoted_id", "hashtags",
        "mentions", "urls", "likes", "shares", "replies", "synthetic", "source_file", "record"));
    LABEL_COLUMNS.forEach(d -> c.add(d.id()));
    c.add("labels");
    return c.toArray(String[]::new);
  }

  public void write(Post p) throws IOException {
    List<Object> row = new ArrayList<>(List.of(p.id(), p.platform().id(), p.kind().id(), p.role().id()));
    row.addAll(java.util.Arrays.asList(p.createdAt(), p.editedAt(), p.author().id(), p.author().handle(), p.lang(),
        inert(p.title()), inert(p.text()), p.url(), p.sharedPostId(), p.replyToId(), p.quotedId(),
        inert(String.join(" ", p.hashtags())), String.join(" ", p.mentions()), String.join(" ", p.urls()),
        p.engagement().likes(), p.engagement().shares(), p.engagement().replies(), p.synthetic(),
        p.provenance() == null ? null : p.provenance().sourceFile(),
        p.provenance() == null ? null : p.provenance().recordNumber()));
    for (Dimension d : LABEL_COLUMNS) {
      row.add(inert(String.join(" ", d.values(p))));
    }
    row.add(labels(p));
    printer.printRecord(row);
  }

  public static String inert(String cell) {
    if (cell == null || cell.isEmpty()) {
      return cell;
    }
    char c = cell.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
  }

  private static String labels(Post p) {
    List<String> out = new ArrayList<>();
    p.annotations().labels().forEach((key, values) -> {
      for (Label l : values) {
        out.add(key + "=" + l.value() + "@" + String.format(java.util.Locale.ROOT, "%.2f", l.confidence()));
      }
    });
    return inert(String.join(" ", out));
  }

  @Override
  public void close() throws IOException {
    printer.flush();
  }
}
