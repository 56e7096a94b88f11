package dev.chorus.annotate.stance;

import dev.chorus.annotate.Annotator;
import dev.chorus.annotate.AnnotatorContext;
import dev.chorus.annotate.AnnotatorFactory;
import dev.chorus.classify.TextClassifier;
import dev.chorus.dimension.Dimension;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the {@code stance} annotator from the stance models of the workspace ({@code MODELS/stance/*.model}). */
public final class StanceAnnotatorFactory implements AnnotatorFactory {
  private static final List<Dimension> DIMENSIONS = List.of(
      Dimension.builder("stance", "Stance").order(80).multiValued().perTarget()
          .description("Stance label(s): favor, against, none, uncertain, or target:label.")
          .placeholder("against, target:favor").labelSource("codebook.targets").fromLabels(StanceAnnotator.KEY));

  @Override
  public String id() {
    return StanceAnnotator.ID;
  }

  @Override
  public String description() {
    return "Stance (favor/against/none) toward each debate target with a trained model";
  }

  @Override
  public Optional<Annotator> create(AnnotatorContext context) throws IOException {
    if (context.modelsDir() == null) {
      return Optional.empty();
    }
    Map<String, StanceModelStore.Loaded> loaded = StanceModelStore.in(context.modelsDir()).loadAll();
    if (loaded.isEmpty()) {
      return Optional.empty();
    }
    Map<String, TextClassifier> classifiers = new LinkedHashMap<>();
    loaded.forEach((t, l) -> classifiers.put(t, l.model()));
    StanceModels models = new StanceModels(classifiers);
    Map<String, StanceAnnotator.TargetModel> targets = new LinkedHashMap<>();
    StringBuilder hashes = new StringBuilder();
    loaded.forEach((t, l) -> {
      targets.put(t, new StanceAnnotator.TargetModel(models, t, l.card().threshold()));
      hashes.append(t).append('=').append(l.sha256()).append('\n');
    });
    return Optional.of(new StanceAnnotator(targets, combinedHash(hashes.toString())));
  }

  @Override
  public String unavailableReason(AnnotatorContext context) {
    return "no stance model: run chorus train stance --labels FILE";
  }

  /** SHA-256 of the sorted "target=sha256" lines: one stamp hash for the set of per-target models. */
  private static String combinedHash(String lines) {
    try {
      var d = java.security.MessageDigest.getInstance("SHA-256");
      return java.util.HexFormat.of().formatHex(d.digest(lines.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
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
