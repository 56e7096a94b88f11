package dev.chorus.annotate;

import dev.chorus.codebook.Codebook;
import java.nio.file.Path;

/**
 * What factories build annotators from: the codebook in force and the folder of trained models (null when there is no
 * workspace, as in {@code chorus eval}).
 */
public record AnnotatorContext(Codebook codebook, Path modelsDir) {}
