package dev.chorus.collect;

import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Receives a Jetstream WebSocket's messages on the client's threads and queues them whole for the collector's thread:
 * a text message arrives in parts and is joined, up to {@code maxBytes}; a longer one is dropped (its size queued, so
 * the collector can say what was left out), as is a binary one (Jetstream sends JSON text unless asked to compress).
 * The end of the stream (a close by the server or a broken connection) is queued last.
 */
final class JetstreamFrames implements WebSocket.Listener {
  /** One thing the stream delivered: an event's text, a frame that was left out, or the end. */
  record Frame(String text, String leftOut, String end, boolean broken) {}

  private final BlockingQueue<Frame> queue = new LinkedBlockingQueue<>();
  private final int maxChars;
  private StringBuilder partial = new StringBuilder();
  private long partialChars;
  private boolean oversize;

  JetstreamFrames(int maxChars) {
    this.maxChars = maxChars;
  }

  /** The next frame, or null when none came within the wait. */
  Frame next(long millis) throws InterruptedException {
    return queue.poll(Math.max(0, millis), TimeUnit.MILLISECONDS);
  }

  @Override
  public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
    partialChars += data.length();
    if (partialChars > maxChars) {
      oversize = true;
      partial = new StringBuilder(); // keep no more of it in memory
    } else {
      partial.append(data);
    }
    if (last) {
      queue.add(oversize ? new Frame(null, "a message of " + partialChars + " characters (more than the limit of "
          + maxChars + ")", null, false) : new Frame(partial.toString(), null, null, false));
      partial = new StringBuilder();
      partialChars = 0;
      oversize = false;
    }
    ws.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
    if (last) {
      queue.add(new Frame(null, "a binary message (Jetstream sends JSON text unless asked to compress)", null, false));
    }
    ws.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
    queue.add(new Frame(null, null, "the server closed the stream (code " + statusCode
        + (reason == null || reason.isBlank() ? "" : ", '" + reason + "'") + ")", false));
    return null;
  }

  @Override
  public void onError(WebSocket ws, Throwable error) {
    queue.add(new Frame(null, null, "the connection broke (" + error.getClass().getSimpleName() + ")", true));
  }
}
