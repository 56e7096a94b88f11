package dev.chorus.source.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.hash.Sha256;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import dev.chorus.source.JsonFields;

/**
 * Where a forwarded message came from, and the id under which forwards of one original meet.
 *
 * <p>Telegram Desktop writes {@code forwarded_from} (the original sender's name, or null when hidden) and, in newer
 * exports, {@code forwarded_from_id} ({@code channel<n>}/{@code user<n>}), but not the original message's id. Coordination
 * analyses need "the same object shared by many", so the shared post id is, in order of preference:
 *
 * <ol>
 *   <li>{@code telegram:<sender bare id>/<message id>} when the file also has {@code forwarded_from_message_id} (some
 *       exporters add it): the original's own native id, as it would be read from the sender's channel export;
 *   <li>else a stand-in {@code telegram:fwd:<digest>}, a SHA-256 digest (128 bits, hex) of the sender
 *       ({@code forwarded_from_id}, or the name when the id is missing) and the visible text. A forward carries the
 *       original's text unchanged, so every forward of one original gets the same stand-in, in every export. It is
 *       not the id of a stored post; the {@code fwd:} prefix keeps it apart from real {@code <chat>/<msg>} ids. Two
 *       different originals with the same sender and the same text merge, which for analyses of amplification is the
 *       same message anyway;
 *   <li>else (no sender known, or no text, e.g. a forwarded photo: media file names are per export) null.
 * </ol>
 *
 * <p>The original sender's id is also recorded as a mention of the forward, as X does for the "RT @user" of a
 * retweet, so that account networks see whom a forward amplifies even when the shared id is a stand-in.
 *
 * @param accountId the original sender's {@code forwarded_from_id}, or null
 * @param sharedPostId the shared post id as above, or null
 */
record ForwardOrigin(String accountId, String sharedPostId) {
  static final String STAND_IN_PREFIX = "fwd:";

  /** The origin of {@code message}, or null when it is not a forward (neither key is present). */
  static ForwardOrigin of(JsonNode message, String visibleText) {
    if (!message.has("forwarded_from") && !message.has("forwarded_from_id")) {
      return null;
    }
    String accountId = blankToNull(JsonFields.text(message, "forwarded_from_id"));
    String bare = PeerIds.bare(accountId);
    Long originalId = JsonFields.number(message, "forwarded_from_message_id");
    if (bare != null && originalId != null) {
      return new ForwardOrigin(accountId, Post.stableId(Platform.TELEGRAM, bare + "/" + originalId));
    }
    String sender = accountId != null ? accountId : blankToNull(JsonFields.text(message, "forwarded_from"));
    if (sender == null || visibleText.isBlank()) {
      return new ForwardOrigin(accountId, null);
    }
    return new ForwardOrigin(accountId,
        Post.stableId(Platform.TELEGRAM, STAND_IN_PREFIX + Sha256.halfHex(sender + "\n" + visibleText.strip())));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
