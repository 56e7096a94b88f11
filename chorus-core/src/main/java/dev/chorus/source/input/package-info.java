/**
 * The input layer every source and labelled-file reader reads through, so that bytes become records in one place:
 *
 * <ul>
 *   <li>{@link dev.chorus.source.input.Compression}: transparent, streaming decompression (gzip, bzip2, xz, Zstandard
 *       with long windows) told by the first bytes, behind {@link dev.chorus.source.input.ExpansionGuard} (a
 *       decompression bomb is refused in words); {@link dev.chorus.source.input.ZipEntries}: a zip archive's files read
 *       like a folder's.
 *   <li>{@link dev.chorus.source.input.InputLimits}: the record-size and expansion limits, from the environment, each
 *       refused naming the file, the limit and how to raise it
 *       ({@link dev.chorus.source.input.InputLimitException}).
 *   <li>{@link dev.chorus.source.input.TextEncodings}: the character set from the byte-order mark (UTF-8, UTF-16,
 *       UTF-32), UTF-8 without one; the mark itself never reaches a parser.
 *   <li>{@link dev.chorus.source.input.JsonRecords}: one JSON document or NDJSON, each record with the line or element
 *       number that messages and provenance name; NDJSON in UTF-8 is split and checked as bytes ({@code Utf8Lines}),
 *       so that its valid lines are parsed without being decoded first.
 *   <li>{@link dev.chorus.source.input.CsvRecords} (streaming, for sources) and
 *       {@link dev.chorus.source.input.CsvTable} (in memory, for labelled files) over one
 *       {@link dev.chorus.source.input.CsvHeader}: columns matched without regard to case, a missing required column
 *       refused naming the file, the header's line, the column and the columns found.
 * </ul>
 */
package dev.chorus.source.input;
