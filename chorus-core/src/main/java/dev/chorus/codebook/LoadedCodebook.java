package dev.chorus.codebook;

/**
 * A codebook with where it came from: the file (or bundled resource) and the SHA-256 of its bytes, for provenance
 * records that must name the exact file. Labels carry {@link Codebook#hash()}, which ignores comments and layout.
 *
 * @param codebook the codebook read
 * @param source the file path or resource name
 * @param fileSha256 SHA-256 (hex) of the file's bytes
 */
public record LoadedCodebook(Codebook codebook, String source, String fileSha256) {}
