/**
 * Near-duplicate text ("copypasta") detection: texts normalised ({@link
 * dev.chorus.analysis.coordination.textsimilarity.CopypastaText}), MinHash signatures over character shingles, LSH banding to
 * find candidates, b-bit verification and union-find clustering. Each cluster of near-duplicates becomes one shared
 * object for coordinated sharing detection.
 */
package dev.chorus.analysis.coordination.textsimilarity;
