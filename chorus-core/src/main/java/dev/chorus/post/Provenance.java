package dev.chorus.post;

import java.time.Instant;

/**
 * Where a post came from: the file, the record's number in it (1-based: line for line-oriented formats, element for
 * JSON arrays), the source format id and when it was ingested.
 */
public record Provenance(String sourceFile, long recordNumber, String format, Instant ingestedAt) {}
