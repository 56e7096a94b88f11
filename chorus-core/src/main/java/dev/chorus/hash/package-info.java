/**
 * Content hashes: {@link dev.chorus.hash.Sha256}, the one SHA-256 helper behind model cards, annotator stamps,
 * codebook hashes, stand-in ids and report provenance.
 */
package dev.chorus.hash;
