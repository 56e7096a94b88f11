package dev.chorus.stream.coordination;

import dev.chorus.analysis.coordination.coortweet.CoortweetDetector;
import dev.chorus.analysis.coordination.coortweet.DetectionParameters;
import dev.chorus.analysis.coordination.coortweet.ShareTable;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;

/**
 * Pairs written the same way from the batch detector and from the stream, for comparing them as sets: CooRTweet's
 * result columns plus the kind. Equal times have no order in a stream (the batch detector keeps input order), so
 * such a pair is written with the smaller content id first.
 */
final class BatchPairs {
  private BatchPairs() {}

  static String row(String kind, String object, String content, String contentY, long delta, String account,
      String accountY) {
    if (delta == 0 && content.compareTo(contentY) > 0) {
      return row(kind, object, contentY, content, delta, accountY, account);
    }
    return String.join(" | ", kind, object, content, contentY, Long.toString(delta), account, accountY);
  }

  static String row(SharePair p) {
    Share a = p.earlier();
    Share b = p.later();
    return row(a.kind(), a.object(), a.content(), b.content(), p.timeDelta(), a.account(), b.account());
  }

  /** The batch detector's pairs of one kind's table, as rows. */
  static Set<String> detect(String kind, ShareTable table, DetectionParameters parameters) throws IOException {
    Set<String> out = new TreeSet<>();
    new CoortweetDetector().detect(table, parameters, (a, b, delta) -> out.add(row(kind,
        table.name(table.object(a)), table.name(table.content(a)), table.name(table.content(b)), delta,
        table.name(table.account(a)), table.name(table.account(b)))));
    return out;
  }
}
