package dev.chorus.source.coortweet;

import dev.chorus.post.Post;
import dev.chorus.post.PostBuilder;
import dev.chorus.source.RecordSink;

/**
 * Joins consecutive rows that describe the same post (same id, author and time) into one post holding all their
 * hashtags, URLs and media, numbered by its first row. Posts repeated on rows further apart stay separate copies.
 * Call {@link #flush()} after the last row. Not thread-safe: one per read.
 */
final class AdjacentPostMerger implements RecordSink {
  private final RecordSink target;
  private Post pending;
  private long pendingRecord;

  AdjacentPostMerger(RecordSink target) {
    this.target = target;
  }

  @Override
  public void post(long recordNumber, Post post) {
    if (pending != null && samePost(pending, post)) {
      PostBuilder b = pending.toBuilder();
      post.hashtags().forEach(b::addHashtag);
      post.urls().forEach(b::addUrl);
      post.media().forEach(b::addMedia);
      pending = b.build();
      return;
    }
    flush();
    pending = post;
    pendingRecord = recordNumber;
  }

  @Override
  public void reject(long recordNumber, String reason, String rawExcerpt) {
    target.reject(recordNumber, reason, rawExcerpt);
  }

  @Override
  public void undecodableBytes(long recordNumber, long line) {
    target.undecodableBytes(recordNumber, line);
  }

  void flush() {
    if (pending != null) {
      target.post(pendingRecord, pending);
      pending = null;
    }
  }

  private static boolean samePost(Post a, Post b) {
    return a.id().equals(b.id()) && a.author().equals(b.author()) && a.createdAt().equals(b.createdAt())
        && a.kind() == b.kind() && a.sharedPostId() == null && b.sharedPostId() == null;
  }
}
