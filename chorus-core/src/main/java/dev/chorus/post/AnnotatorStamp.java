package dev.chorus.post;

/**
 * Which annotator labelled a post: its id, version, and the hash of its model or codebook (null for pure rules), so
 * every stored label can be traced to what produced it.
 */
public record AnnotatorStamp(String id, String version, String modelHash) {}
