package dev.chorus.annotate;

import dev.chorus.dimension.Dimension;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Creates one kind of annotator from the workspace's codebook and models. Registered in
 * {@code META-INF/services/dev.chorus.annotate.AnnotatorFactory}; needs a public no-argument constructor.
 */
public interface AnnotatorFactory {
  /** Short stable id, used in config, CLI, API and provenance. */
  String id();

  /** One line for help texts. */
  String description();

  /**
   * The annotator, or empty when it cannot run in this context (e.g. no stance model trained yet); the reason is then
   * given by {@link #unavailableReason}.
   */
  Optional<Annotator> create(AnnotatorContext context) throws IOException;

  default String unavailableReason(AnnotatorContext context) {
    return "not available";
  }

  /**
   * The label dimensions its annotators produce (filterable, countable, splittable), declared here once; {@link
   * dev.chorus.dimension.Dimensions} collects them from every registered factory. Empty for annotators whose output is
   * not a dimension of its own (language feeds the post's {@code lang}, normalisation adds no label).
   */
  default List<Dimension> dimensions() {
    return List.of();
  }
}
