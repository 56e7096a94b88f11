/**
 * The source contract and what every source shares: {@link dev.chorus.source.Source} maps one platform's raw export
 * format to canonical posts (sources extend {@link dev.chorus.source.AbstractSource}, which holds id and description), {@link dev.chorus.source.SourceRegistry} finds sources by id or by sniffing a file,
 * {@link dev.chorus.source.SourceInput} is one input file and {@link dev.chorus.source.JsonInput} holds the JSON
 * limits that turn hostile input into clear errors. Sources read their records through the input layer,
 * {@link dev.chorus.source.input}.
 *
 * <p>One sub-package per source format. Sources are pure: same bytes in, same posts out, no I/O besides the input.
 */
package dev.chorus.source;
