package dev.chorus.labelling;

import dev.chorus.post.Post;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostStore;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Picks the stored posts the models are least sure about (lowest confidence of the labels considered, which puts
 * {@code uncertain} answers first; equal confidence ordered by post id, so the same store gives the same sheet) and
 * writes them as a coding sheet. Streams the store and keeps only the N least sure rows in memory.
 */
public final class LabelExport {
  /** Least sure first, then by post id. */
  public static final Comparator<SheetRow> ORDER = Comparator.comparingDouble(SheetRow::certainty)
      .thenComparing(r -> r.post().id());

  private LabelExport() {}

  /** The {@code n} least sure rows of the matching posts, least sure first. */
  public static List<SheetRow> select(PostStore store, PostQuery query, int n, String target, SheetRow.By by)
      throws IOException {
    if (n < 1) {
      throw new IllegalArgumentException("--export: the number of posts must be at least 1, got " + n);
    }
    PriorityQueue<SheetRow> keep = new PriorityQueue<>(ORDER.reversed());
    store.forEach(query, post -> {
      SheetRow r = SheetRow.of(post, target, by);
      if (r != null) {
        keep.add(r);
        if (keep.size() > n) {
          keep.poll();
        }
      }
    });
    List<SheetRow> out = new ArrayList<>(keep);
    out.sort(ORDER);
    return out;
  }

  /** Writes the sheet: header and one row per post, coder columns empty. */
  public static void write(List<SheetRow> rows, Writer out) throws IOException {
    try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(LabelSheet.COLUMNS
        .toArray(String[]::new)).get())) {
      for (SheetRow r : rows) {
        Post post = r.post();
        p.printRecord(post.id(), post.platform().id(), post.lang() == null ? language(post) : post.lang(),
            post.createdAt().toString(), post.titleAndText(), r.target(), r.modelStance(),
            String.format(Locale.ROOT, "%.4f", r.certainty()), r.modelFrames(), "", "", "");
      }
    }
  }

  private static String language(Post post) {
    var l = post.annotations().first("lang");
    return l == null ? "" : l.value();
  }
}
