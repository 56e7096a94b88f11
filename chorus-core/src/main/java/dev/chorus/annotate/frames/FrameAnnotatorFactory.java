package dev.chorus.annotate.frames;

import dev.chorus.annotate.Annotator;
import dev.chorus.annotate.AnnotatorContext;
import dev.chorus.annotate.AnnotatorFactory;
import dev.chorus.dimension.Dimension;
import dev.chorus.hash.Sha256;
import dev.chorus.models.ModelRegistry;
import dev.chorus.models.ModelStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the {@code frames} annotator from the frame models of the workspace ({@code MODELS/frames/*.model}). */
public final class FrameAnnotatorFactory implements AnnotatorFactory {
  private static final List<Dimension> DIMENSIONS = List.of(
      Dimension.builder("frame", "Frame").order(90).multiValued()
          .description("Frame id(s) from the codebook.").labelSource("codebook.frames").fromLabels(FrameAnnotator.KEY));

  @Override
  public String id() {
    return FrameAnnotator.ID;
  }

  @Override
  public String description() {
    return "Frames (multi-label, codebook frame ids) with one calibrated model and threshold per frame";
  }

  @Override
  public Optional<Annotator> create(AnnotatorContext context) throws IOException {
    if (context.modelsDir() == null) {
      return Optional.empty();
    }
    Map<String, ModelStore.Loaded> loaded = new ModelRegistry(context.modelsDir()).frames().loadAll();
    if (loaded.isEmpty()) {
      return Optional.empty();
    }
    Map<String, FrameModel.FrameClassifier> classifiers = new LinkedHashMap<>();
    StringBuilder lines = new StringBuilder();
    loaded.forEach((frame, l) -> {
      classifiers.put(frame, new FrameModel.FrameClassifier(l.model(), l.card().threshold()));
      lines.append(frame).append('=').append(l.sha256()).append('@').append(l.card().threshold()).append('\n');
    });
    // one stamp hash for the set: SHA-256 of the sorted "frame=sha256@threshold" lines
    return Optional.of(new FrameAnnotator(new FrameModel(classifiers), Sha256.hex(lines.toString())));
  }

  @Override
  public String unavailableReason(AnnotatorContext context) {
    return "no frame model: run chorus train frames --labels FILE";
  }

  /** Declared here once; see {@link dev.chorus.dimension.Dimensions}. */
  @Override
  public List<Dimension> dimensions() {
    return DIMENSIONS;
  }
}
