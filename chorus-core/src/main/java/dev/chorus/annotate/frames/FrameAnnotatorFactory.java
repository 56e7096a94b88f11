package dev.chorus.annotate.frames;

import dev.chorus.annotate.Annotator;
import dev.chorus.annotate.AnnotatorContext;
import dev.chorus.annotate.AnnotatorFactory;
import dev.chorus.dimension.Dimension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
    FrameModelStore store = FrameModelStore.in(context.modelsDir());
    if (store.frames().isEmpty()) {
      return Optional.empty();
    }
    FrameModelStore.Loaded loaded = store.load();
    StringBuilder lines = new StringBuilder();
    loaded.sha256().forEach((f, h) -> lines.append(f).append('=').append(h).append('@')
          .append(loaded.cards().get(f).threshold()).append('\n'));
    return Optional.of(new FrameAnnotator(loaded.model(), sha256(lines.toString())));
  }

  @Override
  public String unavailableReason(AnnotatorContext context) {
    return "no frame model: run chorus train frames --labels FILE";
  }

  /** One stamp hash for the set: SHA-256 of the sorted "frame=sha256@threshold" lines. */
  private static String sha256(String lines) {
    try {
      var d = java.security.MessageDigest.getInstance("SHA-256");
      return java.util.HexFormat.of().formatHex(d.digest(lines.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Declared here once; see {@link dev.chorus.dimension.Dimensions}. */
  @Override
  public List<Dimension> dimensions() {
    return DIMENSIONS;
  }
}
