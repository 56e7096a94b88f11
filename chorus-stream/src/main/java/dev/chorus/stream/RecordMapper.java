package dev.chorus.stream;

import dev.chorus.annotate.AnnotationChain;
import dev.chorus.ingest.PostStamp;
import dev.chorus.post.Post;
import dev.chorus.privacy.Pseudonymizer;
import dev.chorus.privacy.RawRecordScrubber;
import dev.chorus.source.RecordSink;
import dev.chorus.source.Source;
import dev.chorus.source.SourceInput;
import dev.chorus.source.SourceReads;
import dev.chorus.source.SourceRegistry;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps one raw record to annotated posts exactly as file ingest maps a file: the format's {@code Source}, the ingest
 * stamp, the pseudonymiser, the annotation chain. Records and inputs it cannot read become rejects with the reasons
 * file ingest writes (identifiers in them pseudonymised). Not thread-safe: one per operator instance.
 */
public final class RecordMapper {
  /** What one raw record gave. */
  public record Mapped(List<Post> posts, List<String> rejects) {}

  private final SourceRegistry sources;
  private final Pseudonymizer pseudonymizer;
  private final AnnotationChain chain;
  private final RawRecordScrubber scrubber;

  public RecordMapper(SourceRegistry sources, Pseudonymizer pseudonymizer, AnnotationChain chain) {
    this.sources = sources;
    this.pseudonymizer = pseudonymizer;
    this.chain = chain;
    this.scrubber = new RawRecordScrubber(pseudonymizer);
  }

  public Mapped map(RawRecord record, Instant ingestedAt) {
    List<Post> posts = new ArrayList<>();
    List<String> rejects = new ArrayList<>();
    Source source = sources.byId(record.format()).orElse(null);
    if (source == null) {
      rejects.add(record.name() + ": unknown format '" + record.format() + "'; known formats: "
          + String.join(", ", sources.all().stream().map(Source::id).toList()));
      return new Mapped(posts, rejects);
    }
    RecordSink sink = new RecordSink() {
      @Override
      public void post(long recordNumber, Post post) {
        Post stamped = PostStamp.apply(post, record.name(), recordNumber, source.id(), ingestedAt,
            record.synthetic());
        posts.add(chain.annotate(pseudonymizer.apply(stamped)));
      }

      @Override
      public void reject(long recordNumber, String reason, String rawExcerpt) {
        rejects.add(record.name() + " record " + recordNumber + ": " + scrubber.scrubReason(reason));
      }
    };
    try {
      SourceReads.read(source, SourceInput.ofBytes(record.name(), record.body()), sink);
    } catch (IOException | RuntimeException e) {
      // an input the source refuses as a whole: its message is the file-level reason ingest prints
      rejects.add(scrubber.scrubReason(e.getMessage() == null ? record.name() + ": cannot be read" : e.getMessage()));
    } catch (Exception e) {
      rejects.add(scrubber.scrubReason(record.name() + ": " + e.getMessage()));
    }
    return new Mapped(posts, rejects);
  }

  /** Writes the pseudonyms made so far to the workspace's reveal ledger (before the posts are committed). */
  public void flushLedger() throws IOException {
    pseudonymizer.flushLedger();
  }
}
