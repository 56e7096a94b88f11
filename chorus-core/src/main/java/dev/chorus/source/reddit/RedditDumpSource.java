package dev.chorus.source.reddit;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.chorus.source.AbstractSource;
import dev.chorus.source.FileSniff;
import dev.chorus.source.RecordSink;
import dev.chorus.source.SourceInput;
import dev.chorus.source.UnreadableInputException;
import dev.chorus.source.input.Compression;
import dev.chorus.source.input.JsonRecords;
import dev.chorus.source.input.JsonStart;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

/**
 * Reddit comments and submissions from Pushshift-style NDJSON dumps or saved Reddit API listings; see the package
 * documentation for the mapping.
 */
public final class RedditDumpSource extends AbstractSource {
  /** An API listing document starts with its kind (Reddit writes {@code kind} before {@code data}). */
  private static final Pattern LISTING_HEAD = Pattern.compile("^\\[?\\s*\\{\\s*\"kind\"\\s*:\\s*\"Listing\"");

  /** A Pushshift API response ({@code {"data": [...], "metadata": ...}}), as saved by scripts of the 2019–23 API. */
  private static final Pattern PUSHSHIFT_HEAD = Pattern.compile("^\\{\\s*\"data\"\\s*:\\s*\\[");

  private final JsonRecords json = new JsonRecords();
  private final RedditListingWalker walker = new RedditListingWalker();

  public RedditDumpSource() {
    super("reddit-pushshift",
        "Reddit comments and submissions: Pushshift/Arctic Shift NDJSON dumps (RC_*/RS_*) or Reddit API listings");
  }

  @Override
  public int detect(FileSniff sniff) {
    if (sniff.binary()) {
      return 0;
    }
    String head = sniff.trimmedHead();
    if (LISTING_HEAD.matcher(head).find()) {
      return 90;
    }
    if (PUSHSHIFT_HEAD.matcher(head).find() && head.contains("\"created_utc\"") && head.contains("\"subreddit\"")
        && (head.contains("\"link_id\"") || head.contains("\"selftext\""))) {
      return 90;
    }
    String first = sniff.firstLine();
    if (!first.startsWith("{") || !first.contains("\"created_utc\"")) {
      return 0;
    }
    boolean reddit = first.contains("\"subreddit\"") || first.contains("\"subreddit_id\"");
    boolean comment = first.contains("\"link_id\"") && first.contains("\"parent_id\"") && first.contains("\"body\"");
    boolean submission = first.contains("\"title\"") && (first.contains("\"selftext\"") || first.contains("\"url\""));
    if (reddit && (comment || submission)) {
      return 90;
    }
    boolean dumpName = sniff.fileName().startsWith("rc_") || sniff.fileName().startsWith("rs_");
    return reddit || dumpName ? 40 : 0;
  }

  @Override
  public void read(SourceInput input, RecordSink sink) throws IOException, UnreadableInputException {
    byte[] start;
    try (InputStream in = input.open()) {
      start = in.readNBytes(FileSniff.HEAD_BYTES);
    }
    Compression.refuseUnsupported(input.name(), start);
    String head = FileSniff.of(input.name(), start).trimmedHead();
    boolean document = head.startsWith("[") || LISTING_HEAD.matcher(head).find() || PUSHSHIFT_HEAD.matcher(head).find();
    if (document && isSingleDocument(input)) {
      readDocument(input, head, sink);
    } else {
      json.forEachLine(input, sink, (line, node, s) -> walker.visit(node, () -> line, s));
    }
  }

  /**
   * True when the input is one JSON document (a saved API response); false when a second document follows (NDJSON
   * of listings, even with a broken line). A first document that is not well-formed makes the whole file unreadable.
   */
  private boolean isSingleDocument(SourceInput input) throws IOException, UnreadableInputException {
    JsonStart start = json.start(input);
    if (start.extent() == JsonStart.Extent.BROKEN) {
      throw new UnreadableInputException(input.name() + ": not well-formed JSON (" + start.problem()
          + "); expected a Reddit API Listing or one JSON object a line", start.error());
    }
    return !start.followedByMore();
  }

  /** Streams the document: the children of a top-level Listing, or the elements of a top-level array, one by one. */
  private void readDocument(SourceInput input, String head, RecordSink sink) throws IOException {
    long[] counter = {0};
    LongSupplier numbers = () -> ++counter[0];
    try (JsonParser p = json.parser(input)) {
      JsonToken t = p.nextToken();
      if (t == JsonToken.START_ARRAY) {
        while (p.nextToken() != JsonToken.END_ARRAY) {
          walker.visit(json.mapper().readTree(p), numbers, sink);
        }
      } else if (LISTING_HEAD.matcher(head).find()) {
        streamListing(p, numbers, sink);
      } else if (PUSHSHIFT_HEAD.matcher(head).find() && JsonRecords.toArrayMember(p, Set.of("data")) != null) {
        while (p.nextToken() != JsonToken.END_ARRAY) {
          walker.visit(json.mapper().readTree(p), numbers, sink);
        }
      } else {
        walker.visit(json.mapper().readTree(p), numbers, sink);
      }
    }
  }

  /** The parser is on the Listing's START_OBJECT; its {@code kind} field comes first (checked by the caller). */
  private void streamListing(JsonParser p, LongSupplier numbers, RecordSink sink) throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      if (field.equals("data") && value == JsonToken.START_OBJECT) {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String inner = p.currentName();
          if (p.nextToken() == JsonToken.START_ARRAY && inner.equals("children")) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
              walker.visit(json.mapper().readTree(p), numbers, sink);
            }
          } else {
            p.skipChildren();
          }
        }
      } else {
        p.skipChildren();
      }
    }
  }
}
