package dev.chorus.source.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.post.Author;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import dev.chorus.post.PostKind;
import dev.chorus.source.AbstractSource;
import dev.chorus.source.FileSniff;
import dev.chorus.source.JsonFields;
import dev.chorus.source.JsonInput;
import dev.chorus.source.RecordRejectedException;
import dev.chorus.source.RecordSink;
import dev.chorus.source.SourceInput;
import dev.chorus.source.UnreadableInputException;
import dev.chorus.source.input.JsonRecords;
import java.io.IOException;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Bluesky Jetstream events, one JSON object a line. Creates of {@code app.bsky.feed.post} are posts, updates are new
 * versions of them ({@code editedAt} = the event's {@code time_us}), creates of {@code app.bsky.feed.repost} are
 * REPOSTs (they link accounts to what they amplify, which coordination analyses need). Every other event (deletes,
 * likes, follows, identity and account events) is not a post and is skipped without a reject.
 */
public final class BlueskyJetstreamSource extends AbstractSource {
  private static final Pattern TIME_US = Pattern.compile("\"time_us\"\\s*:\\s*\\d");
  private static final Pattern KIND = Pattern.compile("\"kind\"\\s*:\\s*\"(commit|identity|account)\"");
  private static final Pattern DID = Pattern.compile("\"did\"\\s*:\\s*\"did:");

  private final JsonRecords json = new JsonRecords();

  public BlueskyJetstreamSource() {
    super("bluesky-jetstream",
        "Bluesky Jetstream events (NDJSON): post creates and updates, reposts");
  }

  @Override
  public int detect(FileSniff sniff) {
    String line = sniff.firstLine();
    if (sniff.binary() || !line.startsWith("{")) {
      return 0;
    }
    return TIME_US.matcher(line).find() && KIND.matcher(line).find() && DID.matcher(line).find() ? 95 : 0;
  }

  @Override
  public void read(SourceInput input, RecordSink sink) throws IOException, UnreadableInputException {
    json.forEachLine(input, sink, this::mapEvent);
  }

  private void mapEvent(long lineNo, JsonNode event, RecordSink sink) {
    if (!event.isObject()) {
      throw new RecordRejectedException("not a Jetstream event object");
    }
    String kind = JsonFields.requireText(event, "kind");
    if (!"commit".equals(kind)) {
      return;
    }
    String collection = JsonFields.text(event, "commit/collection");
    String operation = JsonFields.text(event, "commit/operation");
    if (AtUri.POST.equals(collection) && ("create".equals(operation) || "update".equals(operation))) {
      sink.post(lineNo, post(event, "update".equals(operation)));
    } else if (AtUri.REPOST.equals(collection) && "create".equals(operation)) {
      sink.post(lineNo, repost(event));
    }
  }

  private Post post(JsonNode event, boolean update) {
    String did = JsonFields.requireText(event, "did");
    AtUri uri = new AtUri(did, AtUri.POST, JsonFields.requireText(event, "commit/rkey"));
    JsonNode record = JsonFields.at(event, "commit/record");
    // Jetstream has no handles: the author is the DID alone, as the ingest's account id.
    return BlueskyRecordMapper.map(uri, record, "commit/record", Author.of(did, null, null))
        .editedAt(update ? eventTime(event) : null)
        .build();
  }

  private Post repost(JsonNode event) {
    String did = JsonFields.requireText(event, "did");
    AtUri uri = new AtUri(did, AtUri.REPOST, JsonFields.requireText(event, "commit/rkey"));
    String subject = JsonFields.requireText(event, "commit/record/subject/uri");
    AtUri original = AtUri.parse(subject);
    if (original == null) {
      throw RecordRejectedException.field("commit/record/subject/uri",
          "not an at:// uri: '" + JsonInput.excerpt(subject) + "'");
    }
    return Post.builder(Platform.BLUESKY, uri.toString()).kind(PostKind.REPOST).author(Author.of(did, null, null))
        .createdAt(BlueskyRecordMapper.time(JsonFields.at(event, "commit/record"), "createdAt", "commit/record"))
        .text("").sharedPostId(Post.stableId(Platform.BLUESKY, original.toString()))
        .build();
  }

  /** {@code time_us}: microseconds since the epoch, when the relay saw the event. */
  private static Instant eventTime(JsonNode event) {
    Long micros = JsonFields.number(event, "time_us");
    if (micros == null || micros < 0) {
      throw RecordRejectedException.field("time_us", "missing (needed to order an update)");
    }
    return Instant.ofEpochSecond(micros / 1_000_000, (micros % 1_000_000) * 1_000);
  }
}
