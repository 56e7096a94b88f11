/**
 * Generic NDJSON ({@link dev.chorus.source.ndjson.NdjsonSource}, format {@code ndjson}): one JSON object a line
 * (RFC 8259 values, NDJSON/JSON Lines framing), one post each, numbered by line.
 *
 * <p>Fields and their meaning are those of the {@code csv} format ({@link dev.chorus.source.csv.GenericField},
 * mapped by {@link dev.chorus.source.csv.GenericRecordMapper}): by default the keys {@code id}, {@code platform},
 * {@code author}, {@code created_at}, {@code text}, {@code url}, {@code lang}, {@code kind}, {@code title},
 * {@code author_name}, {@code author_handle}, {@code reply_to}, {@code shared_id}, {@code quoted_id},
 * {@code hashtags} (a string or an array), {@code likes}, {@code shares}, {@code replies}, {@code views},
 * {@code synthetic}. Option {@code field.<field>=<path>} maps a field to a JSON pointer ({@code /user/id}) or a
 * dotted path ({@code user.id}); {@code platform=<id>} is the platform of records without one. Numbers may stand for
 * ids and counts; {@code created_at} may be epoch seconds or milliseconds. A line that is not JSON, not an object, or
 * lacks id, author or created_at is rejected naming the field; the other lines are read.
 */
package dev.chorus.source.ndjson;
