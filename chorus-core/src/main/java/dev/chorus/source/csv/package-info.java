/**
 * Generic CSV: a header row and one post per row ({@link dev.chorus.source.csv.CsvSource}, format {@code csv}).
 *
 * <p>Parsing follows RFC 4180 (quoted fields, doubled quotes, line breaks inside quotes) through Apache Commons CSV
 * in {@link dev.chorus.source.input.CsvRecords}; a byte-order mark decides the encoding and is skipped, blank lines
 * are ignored, the delimiter may be ',', ';' or tab.
 *
 * <p>Columns, by default named after the {@link dev.chorus.source.csv.GenericField} they hold (header names match
 * without regard to case): {@code id} (required, the native id), {@code platform} (a platform id such as {@code x},
 * {@code twitter}, {@code telegram}; else the {@code platform} option), {@code author} (required account id; falls
 * back to {@code author_handle}), {@code created_at} (required, any form {@link dev.chorus.text.Timestamps} reads),
 * {@code text} (required column, value may be empty), {@code url} (permalink), {@code lang}, and optionally
 * {@code kind} (post, reply, quote, repost, comment, article; also retweet/share/boost/forward), {@code title},
 * {@code author_name}, {@code author_handle}, {@code reply_to}, {@code shared_id}, {@code quoted_id} (native ids on
 * the row's platform), {@code hashtags} (separated by spaces or commas, '#' optional, added after those found in the
 * text), {@code likes}, {@code shares}, {@code replies}, {@code views} (whole numbers; empty means not reported) and
 * {@code synthetic} (true/false). Without a kind column, a row with {@code shared_id} is a repost, with
 * {@code reply_to} a reply, with {@code quoted_id} a quote. Hashtags, mentions and URLs are also taken from the text.
 *
 * <p>A row is rejected, naming its line and column, when a required value is missing or a value is malformed, or
 * when it has more or fewer values than the header. A missing mapped column, a header-less file or broken quoting
 * makes the whole file unreadable. {@link dev.chorus.source.csv.GenericRecordMapper} is shared with the
 * {@code ndjson} source.
 */
package dev.chorus.source.csv;
