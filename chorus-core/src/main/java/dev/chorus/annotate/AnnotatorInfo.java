package dev.chorus.annotate;

import dev.chorus.post.AnnotationKey;
import java.util.Set;

/**
 * What an annotator is, for the chain and for provenance: declared once per annotator, in one value, instead of one
 * getter each.
 *
 * @param id short stable id ({@code [a-z0-9-]+}), the same as its factory's
 * @param version version of its logic; changes when its output for the same input may change
 * @param modelHash hash of the model or codebook it uses, or null for pure rules
 * @param requires keys it reads; the chain runs their producers first and refuses to start without them
 * @param uses keys it reads when present; their producers run first when the chain has them
 * @param produces keys it writes
 */
public record AnnotatorInfo(String id, String version, String modelHash, Set<AnnotationKey> requires,
    Set<AnnotationKey> uses, Set<AnnotationKey> produces) {
  public AnnotatorInfo {
    requires = Set.copyOf(requires);
    uses = Set.copyOf(uses);
    produces = Set.copyOf(produces);
  }
}
