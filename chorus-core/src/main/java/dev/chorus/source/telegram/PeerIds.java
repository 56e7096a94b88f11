package dev.chorus.source.telegram;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Peer ids as the export writes them: {@code "user123"}, {@code "channel456"}, {@code "chat789"} in
 * {@code from_id}/{@code forwarded_from_id}/{@code reply_to_peer_id}, and bare numbers in a chat's {@code "id"}.
 * Native post ids use the bare number, so that a reply or forward pointing at a chat meets that chat's own messages.
 */
final class PeerIds {
  /** A typed peer id, a bare number, or the Bot API form {@code -100<n>} that some other exporters write. */
  private static final Pattern PEER = Pattern.compile("(?:user|channel|chat)?(?:-100)?-?(\\d{1,20})");

  private PeerIds() {}

  /** The bare number of a peer id, or null when {@code peer} is not a peer id. */
  static String bare(String peer) {
    if (peer == null) {
      return null;
    }
    Matcher m = PEER.matcher(peer.trim());
    return m.matches() ? m.group(1) : null;
  }
}
