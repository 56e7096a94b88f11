package dev.chorus.source.xarchive;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.chorus.source.AbstractSource;
import dev.chorus.source.FileSniff;
import dev.chorus.source.JsonInput;
import dev.chorus.source.RecordSink;
import dev.chorus.source.SourceInput;
import dev.chorus.source.UnreadableInputException;
import dev.chorus.source.input.JsonRecords;
import dev.chorus.source.input.TextEncodings;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;

/**
 * The tweets file of an X account archive ({@code window.YTD.tweets.part0 = [...]}); record {@code i} is element
 * {@code i} of the array. See the package documentation for what the archive lacks and how that is handled.
 */
public final class XArchiveSource extends AbstractSource {
  /** tweets.js and its parts (tweets-part1.js: part1), and tweet.js of archives before 2022. */
  private static final Pattern PREFIX = Pattern.compile("\\s*window\\.YTD\\.tweets?\\.part\\d+\\s*");
  private static final Pattern HEAD = Pattern.compile("\\A\\s*window\\.YTD\\.tweets?\\.part\\d+\\s*=\\s*\\[");

  private final JsonRecords json = new JsonRecords();
  private final ArchiveTweetMapper tweets = new ArchiveTweetMapper();

  public XArchiveSource() {
    super("x-archive",
        "X/Twitter account archive: data/tweets.js (window.YTD.tweets.part0 = [...]) and its parts");
  }

  @Override
  public int detect(FileSniff sniff) {
    return !sniff.binary() && HEAD.matcher(sniff.head()).lookingAt() ? 95 : 0;
  }

  @Override
  public void read(SourceInput input, RecordSink sink) throws IOException, UnreadableInputException {
    checkPrefix(input);
    json.checkWellFormedAfterAssignment(input);
    try (InputStream raw = input.open();
        JsonParser p = json.parser(JsonInput.skipToAfterEquals(raw, input.name()))) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw new UnreadableInputException(input.name() + ": expected an array of tweets after '='");
      }
      json.forEachElement(p, sink, tweets::map);
    }
  }

  /** Other archive files (likes, direct messages, ...) share the wrapper; only the tweets files are ours. */
  private static void checkPrefix(SourceInput input) throws IOException, UnreadableInputException {
    String text;
    try (InputStream in = input.open()) {
      text = TextEncodings.decode(in.readNBytes(4096));
    }
    int eq = text.indexOf('=');
    if (eq < 0 || !PREFIX.matcher(text.substring(0, eq)).matches()) {
      throw new UnreadableInputException(input.name()
          + ": not an X archive tweets file: expected it to start with 'window.YTD.tweets.part0 = ['");
    }
  }
}
