/**
 * The analysis chain: {@link dev.chorus.annotate.Annotator}s add labels to one post each (thread-safe, no static
 * state, so the same chain runs in the CLI and inside a stream processor), {@link dev.chorus.annotate.AnnotatorFactory}
 * instances are found with {@link java.util.ServiceLoader} under short stable ids, and {@link
 * dev.chorus.annotate.AnnotationChain} orders them by what each requires and produces.
 */
package dev.chorus.annotate;
