/**
 * Sentence embedders for the optional embedding block of Chorus's classifiers ({@link dev.chorus.classify.SentenceEmbedder},
 * found by {@link java.util.ServiceLoader}): quantised e5-small-v2 run in process by onnxruntime through langchain4j
 * ({@link dev.chorus.embeddings.E5SmallV2Embedder}). A module of its own so that Chorus without it carries none of
 * its ~136 MB of jars; English only.
 */
package dev.chorus.embeddings;
