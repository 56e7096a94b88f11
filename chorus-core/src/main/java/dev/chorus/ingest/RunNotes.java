package dev.chorus.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What an ingest run notes beside its counts: the records whose undecodable bytes were replaced (per file, with the
 * first line) and how often each reject reason occurred. Reasons are grouped without the record's place ("line 12: "),
 * so that one cause read a thousand times is one row. Not thread-safe: the reading thread calls it.
 */
final class RunNotes {
  /** Reject reasons kept in a summary. */
  static final int TOP_REASONS = 5;
  /** The place a source puts before a record's reason: "line 12: ", "record 3: ". */
  private static final Pattern PLACE = Pattern.compile("^(line|record|element|row) \\d+: ");

  private final Map<String, IngestSummary.EncodingReplacement> encoding = new LinkedHashMap<>();
  private final Map<String, Long> reasons = new LinkedHashMap<>();
  private long encodingReplaced;

  void undecodableBytes(String file, long line) {
    encodingReplaced++;
    encoding.merge(file, new IngestSummary.EncodingReplacement(file, 1, line),
        (a, b) -> new IngestSummary.EncodingReplacement(file, a.records() + 1, Math.min(a.firstLine(), line)));
  }

  /** Counts a record's reject reason. */
  void rejected(String reason) {
    reasons.merge(PLACE.matcher(reason).replaceFirst(""), 1L, Long::sum);
  }

  /** Counts a file's failure; its reason starts with the file's name, which is dropped. */
  void failed(String file, String reason) {
    String withoutFile = reason.startsWith(file + ": ") ? reason.substring(file.length() + 2) : reason;
    reasons.merge(withoutFile, 1L, Long::sum);
  }

  long encodingReplaced() {
    return encodingReplaced;
  }

  List<IngestSummary.EncodingReplacement> encodingFiles() {
    return new ArrayList<>(encoding.values());
  }

  /** The {@value #TOP_REASONS} most common reasons, most common first (ties in the order first seen). */
  List<IngestSummary.ReasonCount> topReasons() {
    return reasons.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
        .limit(TOP_REASONS)
        .map(e -> new IngestSummary.ReasonCount(e.getKey(), e.getValue()))
        .toList();
  }
}
