package dev.chorus.annotate;

import dev.chorus.post.AnnotationKey;
import dev.chorus.post.AnnotatorStamp;
import dev.chorus.post.Annotations;
import dev.chorus.post.Post;
import java.util.Set;

/**
 * Adds labels to one post. Implementations are immutable and thread-safe, hold no static state and do no I/O while
 * annotating (models are loaded by the factory).
 */
public interface Annotator {
  /** What it is, reads and writes, declared once (see {@link AnnotatorInfo}). */
  AnnotatorInfo info();

  /** Short stable id ({@code [a-z0-9-]+}), the same as its factory's. */
  default String id() {
    return info().id();
  }

  /** Version of the annotator's logic; changes when its output for the same input may change. */
  default String version() {
    return info().version();
  }

  /** Hash of the model or codebook it uses, or null for pure rules. */
  default String modelHash() {
    return info().modelHash();
  }

  /**
   * Annotation keys it reads (e.g. {@code lang}); the chain runs their producers first and refuses to start when no
   * annotator of the chain produces one of them.
   */
  default Set<AnnotationKey> requires() {
    return info().requires();
  }

  /**
   * Annotation keys it reads when they are there but can do without (calls name an addressee only when actors were
   * found): their producers run first when the chain has them, and the chain starts without them.
   */
  default Set<AnnotationKey> uses() {
    return info().uses();
  }

  /** Annotation keys it writes (e.g. {@code stance:<target>}). */
  default Set<AnnotationKey> produces() {
    return info().produces();
  }

  /** The annotations after this annotator: {@code current} plus its labels and its stamp. */
  Annotations annotate(Post post, Annotations current);

  default AnnotatorStamp stamp() {
    return new AnnotatorStamp(id(), version(), modelHash());
  }
}
