package dev.chorus.annotate.stance;

import dev.chorus.annotate.Annotator;
import dev.chorus.annotate.AnnotatorContext;
import dev.chorus.annotate.AnnotatorFactory;
import dev.chorus.classify.TextClassifier;
import dev.chorus.dimension.Dimension;
import dev.chorus.hash.Sha256;
import dev.chorus.models.ModelRegistry;
import dev.chorus.models.ModelStore;
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
    Map<String, ModelStore.Loaded> loaded = new ModelRegistry(context.modelsDir()).stance().loadAll();
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
    // one stamp hash for the set of per-target models: SHA-256 of the sorted "target=sha256" lines
    return Optional.of(new StanceAnnotator(targets, Sha256.hex(hashes.toString())));
  }

  @Override
  public String unavailableReason(AnnotatorContext context) {
    return "no stance model: run chorus train stance --labels FILE";
  }

  /** Declared here once; see {@link dev.chorus.dimension.Dimensions}. */
  @Override
  public List<Dimension> dimensions() {
    return DIMENSIONS;
  }
}
