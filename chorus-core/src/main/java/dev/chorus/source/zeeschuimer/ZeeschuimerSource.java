package dev.chorus.source.zeeschuimer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.source.AbstractSource;
import dev.chorus.source.FileSniff;
import dev.chorus.source.JsonFields;
import dev.chorus.source.RecordRejectedException;
import dev.chorus.source.RecordSink;
import dev.chorus.source.SourceInput;
import dev.chorus.source.UnreadableInputException;
import dev.chorus.source.input.JsonRecords;
import java.io.IOException;
import java.util.Locale;

/** Zeeschuimer / 4CAT NDJSON captures of X and TikTok; record = line. */
public final class ZeeschuimerSource extends AbstractSource {
  private final JsonRecords json = new JsonRecords();
  private final GraphqlTweetMapper tweets = new GraphqlTweetMapper();
  private final TikTokItemMapper tiktok = new TikTokItemMapper();

  public ZeeschuimerSource() {
    super("zeeschuimer",
        "Zeeschuimer / 4CAT NDJSON captures (one item a line with source_platform and data) of X and TikTok");
  }

  @Override
  public int detect(FileSniff sniff) {
    String first = sniff.firstLine();
    if (sniff.binary() || !first.startsWith("{") || !first.contains("\"source_platform\"")) {
      return 0;
    }
    boolean capture = first.contains("\"nav_index\"") || first.contains("\"timestamp_collected\"")
        || first.contains("\"item_id\"");
    return capture ? 95 : 40;
  }

  @Override
  public void read(SourceInput input, RecordSink sink) throws IOException, UnreadableInputException {
    checkFirstLine(input);
    json.forEachLine(input, sink, this::mapLine);
  }

  private void mapLine(long line, JsonNode item, RecordSink sink) {
    if (!item.isObject()) {
      throw new RecordRejectedException("not a Zeeschuimer item object but " + item.getNodeType());
    }
    String platform = JsonFields.requireText(item, "source_platform").trim().toLowerCase(Locale.ROOT);
    JsonNode data = JsonFields.at(item, "data");
    if (data == null || !data.isObject()) {
      throw RecordRejectedException.field("data", data == null ? "missing" : "not an object");
    }
    switch (platform) {
      case "twitter.com", "x.com" -> tweets.map(line, data, sink);
      case "tiktok.com" -> tiktok.map(line, data, sink);
      default -> throw RecordRejectedException.field("source_platform",
          "unsupported platform '" + platform + "' (supported: twitter.com, x.com, tiktok.com)");
    }
  }

  /**
   * A file whose first line is not a JSON object is not NDJSON at all (a JSON document, CSV, a cut-off single line):
   * refuse it as a whole instead of rejecting every line.
   */
  private void checkFirstLine(SourceInput input) throws IOException, UnreadableInputException {
    JsonRecords.FirstLine first = json.firstLine(input)
        .orElseThrow(() -> new UnreadableInputException(input.name() + ": empty file"));
    if (first.value() == null || !first.value().isObject()) {
      throw new UnreadableInputException(input.name() + ": not Zeeschuimer NDJSON: line " + first.number()
          + " is not a JSON object (expected one captured item a line)");
    }
  }
}
