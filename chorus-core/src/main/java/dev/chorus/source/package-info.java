/**
 * The source contract and what every source shares: {@link dev.chorus.source.Source} maps one platform's raw export
 * format to canonical posts, {@link dev.chorus.source.SourceRegistry} finds sources by id or by sniffing a file, and
 * {@link dev.chorus.source.JsonInput} streams JSON and NDJSON with limits that turn hostile input into clear errors.
 *
 * <p>One sub-package per source format. Sources are pure: same bytes in, same posts out, no I/O besides the input.
 */
package dev.chorus.source;
