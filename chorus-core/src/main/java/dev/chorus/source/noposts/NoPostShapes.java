package dev.chorus.source.noposts;

import dev.chorus.source.FileSniff;
import dev.chorus.source.SourceInput;
import dev.chorus.source.UnreadableInputException;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** The registry of file shapes that hold no posts; see the package documentation. */
public final class NoPostShapes {
  /** One shape: what the file is, in words, and how to tell it from its head. */
  record Shape(String what, Predicate<Head> test) {}

  /** The sniffed file and its JSON head (parsed once, when the text starts like JSON). */
  record Head(FileSniff sniff, JsonHead json) {}

  /** Fields that carry a post's text in the formats Chorus reads; a shape never matches a record with one. */
  private static final String[] POST_FIELDS = {"text", "full_text", "content", "body", "selftext", "record", "post",
      "message", "messages", "title", "commit"};
  private static final Pattern XML_WITHOUT_ELEMENTS =
      Pattern.compile("(?:\\s*(?:<\\?[^>]*>|<!--(?s:.*?)-->))+\\s*");

  static final List<Shape> SHAPES = List.of(
      new Shape("an empty file", h -> h.sniff().head().isBlank()),
      new Shape("an XML document without any element (only a declaration or comments)",
          h -> XML_WITHOUT_ELEMENTS.matcher(h.sniff().head()).matches()),
      new Shape("an X API tweet counts response (numbers of posts per period)",
          h -> h.json().topKeys().contains("data") && h.json().firstHas("tweet_count")
              && h.json().firstHasNone(POST_FIELDS)
              || h.json().topKeys().contains("meta") && h.sniff().head().contains("\"total_tweet_count\"")
              && !h.sniff().head().contains("\"text\"")),
      new Shape("an X API user lookup (accounts, not posts)",
          h -> h.json().topKeys().contains("data") && h.json().firstHas("id", "username", "name")
              && h.json().firstHasNone(POST_FIELDS)
              && h.json().firstHasNone("acct", "author_id")),
      new Shape("an X API list lookup (lists of accounts, not posts)",
          h -> h.json().topKeys().contains("data") && h.json().firstHas("id", "name")
              && (h.json().firstHas("member_count")
              || h.json().firstHas("follower_count") && h.json().firstHas("private"))
              && h.json().firstHasNone(POST_FIELDS) && h.json().firstHasNone("username")),
      new Shape("X API compliance job output (ids of deleted, protected or suspended posts or accounts)",
          h -> h.json().firstHas("id", "action") && h.json().firstHasNone(POST_FIELDS)
              && (h.json().firstHas("redacted_at") || h.json().firstHas("reason"))),
      new Shape("an X API compliance job description (upload and download addresses)",
          h -> h.json().topKeys().contains("data") && h.json().firstHas("id", "type", "status")
              && (h.json().firstHas("download_url")
              || h.json().firstHas("upload_url")) && h.json().firstHasNone(POST_FIELDS)),
      new Shape("a list of Mastodon accounts, not statuses",
          h -> h.json().firstHas("id", "username", "acct", "display_name") && h.json().firstHasNone(POST_FIELDS)),
      new Shape("a Bluesky profile or list of profiles (accounts, not posts)",
          h -> (h.json().firstHas("did", "handle") && h.json().firstHasNone(POST_FIELDS)
              && h.json().firstHasNone("uri", "cid"))
              || h.json().topKeys().contains("actors") && !h.json().topKeys().contains("feed")
              && !h.json().topKeys().contains("posts")));

  private NoPostShapes() {}

  /** What the file is when it holds no posts by its shape, else empty. Never throws. */
  public static Optional<String> recognise(FileSniff sniff) {
    if (sniff.binary()) {
      return Optional.empty();
    }
    String start = sniff.trimmedHead();
    JsonHead json = start.startsWith("{") || start.startsWith("[") ? JsonHead.of(start)
        : new JsonHead(java.util.Set.of(), null);
    if (json.topKeys().contains("source_platform")) {
      return Optional.empty(); // a Zeeschuimer capture: its "data" is a platform's own item
    }
    Head head = new Head(sniff, json);
    for (Shape s : SHAPES) {
      try {
        if (s.test().test(head)) {
          return Optional.of(s.what());
        }
      } catch (RuntimeException e) {
        // a recogniser must never break ingest; one that fails does not claim the file
      }
    }
    return Optional.empty();
  }

  /** Refuses a file that holds no posts, saying what it is. */
  public static void refuseIfKnown(SourceInput input, FileSniff sniff) throws UnreadableInputException {
    Optional<String> what = recognise(sniff);
    if (what.isPresent()) {
      throw new UnreadableInputException(input.name() + " is " + what.get() + ": no posts");
    }
  }

  /** As {@link #refuseIfKnown(SourceInput, FileSniff)}, sniffing the input. */
  public static void refuseIfKnown(SourceInput input) throws IOException, UnreadableInputException {
    refuseIfKnown(input, FileSniff.of(input));
  }
}
