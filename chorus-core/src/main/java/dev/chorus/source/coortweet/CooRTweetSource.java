package dev.chorus.source.coortweet;

import dev.chorus.post.Platform;
import dev.chorus.source.AbstractSource;
import dev.chorus.source.FileSniff;
import dev.chorus.source.RecordSink;
import dev.chorus.source.Source;
import dev.chorus.source.SourceInput;
import dev.chorus.source.UnreadableInputException;
import dev.chorus.source.csv.GenericMapping;
import dev.chorus.source.input.CsvHeader;
import dev.chorus.source.input.CsvRecords;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * CooRTweet's input tables: the share table ({@code object_id, account_id, content_id, timestamp_share}) and the
 * multi-modal post table of its German election sample ({@code account_id, post_id, url_id, hashtag_id, domain_id,
 * phash_id, timestamp}). Option {@code platform=<id>} sets the platform of every row.
 */
public final class CooRTweetSource extends AbstractSource {
  static final List<String> SHARE_COLUMNS = List.of("object_id", "account_id", "content_id", "timestamp_share");
  static final List<String> POST_COLUMNS = List.of("account_id", "post_id", "timestamp");
  static final List<String> POST_OBJECT_COLUMNS = List.of("url_id", "hashtag_id", "domain_id", "phash_id");

  /** The platform every row is on, or null to use each layout's default. */
  private final Platform platform;

  public CooRTweetSource() {
    this(null);
  }

  private CooRTweetSource(Platform platform) {
    super("coortweet",
        "CooRTweet share table (object_id, account_id, content_id, timestamp_share) or multi-modal post table");
    this.platform = platform;
  }

  @Override
  public Source configure(Map<String, String> options) {
    List<String> problems = new ArrayList<>();
    Platform p = platform;
    for (Map.Entry<String, String> e : options.entrySet()) {
      if (e.getKey().equals("platform")) {
        p = GenericMapping.parsePlatform(e.getValue() == null ? "" : e.getValue().strip(), problems);
      } else {
        problems.add("unknown option '" + e.getKey() + "'");
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("format 'coortweet': " + String.join("; ", problems)
          + " (options: platform)");
    }
    return new CooRTweetSource(p);
  }

  @Override
  public int detect(FileSniff sniff) {
    try {
      if (sniff.binary()) {
        return 0;
      }
      List<String> header = CsvHeader.guess(sniff.firstLine(), ',');
      if (header.containsAll(SHARE_COLUMNS)) {
        return 90;
      }
      boolean postTable = header.containsAll(POST_COLUMNS) && POST_OBJECT_COLUMNS.stream().anyMatch(header::contains);
      return postTable ? 85 : 0;
    } catch (RuntimeException e) {
      return 0;
    }
  }

  @Override
  public void read(SourceInput input, RecordSink sink) throws IOException, UnreadableInputException {
    // The post table repeats a post on consecutive rows, one per URL, hashtag or image; the merger joins them.
    AdjacentPostMerger merger = new AdjacentPostMerger(sink);
    new CsvRecords(',').read(input, merger, header -> mapperFor(header, input.name()));
    merger.flush();
  }

  private CsvRecords.RowMapper mapperFor(CsvHeader header, String name) throws UnreadableInputException {
    if (SHARE_COLUMNS.stream().allMatch(header::has)) {
      header.requireAll(SHARE_COLUMNS);
      Platform rowPlatform = platform == null ? Platform.X : platform;
      return (row, sink) -> sink.post(row.number(), ShareRowMapper.map(row, rowPlatform));
    }
    if (POST_COLUMNS.stream().allMatch(header::has)) {
      header.requireAll(POST_COLUMNS);
      return (row, sink) -> sink.post(row.number(), PostTableRowMapper.map(row, platform));
    }
    throw new UnreadableInputException(name + ": not a CooRTweet table; expected the columns "
        + String.join(", ", SHARE_COLUMNS) + " (or " + String.join(", ", POST_COLUMNS) + ", "
        + String.join(", ", POST_OBJECT_COLUMNS) + ") but found " + header);
  }
}
